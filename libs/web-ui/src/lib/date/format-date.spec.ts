import { registerLocaleData } from '@angular/common';
import localeEs from '@angular/common/locales/es';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { AppDatePipe } from './date.pipe';
import { formatDate } from './format-date';

describe('formatDate (TZ=UTC)', () => {
  const at = '2026-12-05T18:30:00.000Z';
  beforeAll(() => registerLocaleData(localeEs));

  it('formats a day and a day with its time the same way for every English locale', () => {
    for (const locale of ['en-US', 'en', 'en-GB']) {
      expect(formatDate(at, 'date', locale)).toBe('5 Dec 2026');
      expect(formatDate(new Date(at), 'dateTime', locale)).toBe(
        '5 Dec 2026, 18:30',
      );
    }
  });

  it('formats Spanish days and times with Spanish month names', () => {
    for (const locale of ['es', 'es-MX']) {
      expect(formatDate(at, 'date', locale)).toBe('5 dic 2026');
      expect(formatDate(at, 'dateTime', locale)).toBe('5 dic 2026, 18:30');
    }
    expect(formatDate('2026-09-01T08:05:00Z', 'dateTime', 'es')).toBe('1 sept 2026, 08:05');
  });

  it('says near days in Spanish words', () => {
    const now = new Date('2026-12-05T09:00:00Z');
    expect(formatDate(at, 'relative', 'es', now)).toBe('hoy');
    expect(formatDate('2026-12-04T23:59:00Z', 'relative', 'es', now)).toBe('ayer');
    expect(formatDate('2026-12-08T12:00:00Z', 'relative', 'es', now)).toBe('dentro de 3 días');
    expect(formatDate('2026-11-20T12:00:00Z', 'relative', 'es', now)).toBe('20 nov 2026');
  });

  it('the pipe formats in Spanish when LOCALE_ID is es', () => {
    TestBed.configureTestingModule({ providers: [{ provide: LOCALE_ID, useValue: 'es' }] });
    const pipe = TestBed.runInInjectionContext(() => new AppDatePipe());
    expect(pipe.transform(at, 'dateTime')).toBe('5 dic 2026, 18:30');
  });

  it('falls back to English for a language without patterns yet', () => {
    expect(formatDate(at, 'date', 'fr-FR')).toBe('5 Dec 2026');
  });

  it('says near days in words and farther ones as a date', () => {
    const now = new Date('2026-12-05T09:00:00Z');
    expect(formatDate(at, 'relative', 'en-US', now)).toBe('today');
    expect(formatDate('2026-12-04T23:59:00Z', 'relative', 'en-US', now)).toBe(
      'yesterday',
    );
    expect(formatDate('2026-12-06T00:00:00Z', 'relative', 'en-US', now)).toBe(
      'tomorrow',
    );
    expect(formatDate('2026-12-08T12:00:00Z', 'relative', 'en-US', now)).toBe(
      'in 3 days',
    );
    expect(formatDate('2026-11-30T12:00:00Z', 'relative', 'en-US', now)).toBe(
      '5 days ago',
    );
    expect(formatDate('2026-11-20T12:00:00Z', 'relative', 'en-US', now)).toBe(
      '20 Nov 2026',
    );
  });

  it('answers nothing for no value or an unreadable one', () => {
    expect(formatDate(null, 'date', 'en-US')).toBe('');
    expect(formatDate(undefined, 'dateTime', 'en-US')).toBe('');
    expect(formatDate('', 'date', 'en-US')).toBe('');
    expect(formatDate('not a date', 'date', 'en-US')).toBe('');
  });

  it('the pipe uses the app’s LOCALE_ID and the `date` style by default', () => {
    TestBed.configureTestingModule({
      providers: [{ provide: LOCALE_ID, useValue: 'en-US' }],
    });
    const pipe = TestBed.runInInjectionContext(() => new AppDatePipe());
    expect(pipe.transform(at)).toBe('5 Dec 2026');
    expect(pipe.transform(at, 'dateTime')).toBe('5 Dec 2026, 18:30');
    expect(pipe.transform(null)).toBe('');
  });
});
