import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatRadioButtonHarness } from '@angular/material/radio/testing';
import { MatSlideToggleHarness } from '@angular/material/slide-toggle/testing';
import type { CurrentUser, StaffPreferences } from '@trp/contracts';
import { PageNavigation } from '../../../core/i18n/page-navigation';
import { SessionStore } from '../../../core/session/session.store';
import { aUser } from '../../../core/session/session.testing';
import { PreferencesPage } from './preferences-page';

const URL = '/api/auth/me/preferences';
const DEFAULTS: StaffPreferences = { safetyAlerts: true, dailySummary: false, locale: 'en' };

describe('PreferencesPage', () => {
  let fixture: ComponentFixture<PreferencesPage>;
  let http: HttpTestingController;
  const user = signal<CurrentUser | null>(aUser({ timezone: 'Europe/Madrid' }));

  async function render(answer: StaffPreferences | 'fail' = DEFAULTS): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: SessionStore, useValue: { user } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PreferencesPage);
    fixture.detectChanges();
    const request = http.expectOne(URL);
    if (answer === 'fail') request.flush({ statusCode: 500, message: 'boom', error: 'x' }, { status: 500, statusText: 'x' });
    else request.flush(answer);
    await fixture.whenStable();
  }
  afterEach(() => http.verify());

  const el = () => fixture.nativeElement as HTMLElement;
  const toggle = (label: string) => TestbedHarnessEnvironment.loader(fixture).getHarness(MatSlideToggleHarness.with({ label }));
  const alerts = () => toggle('Email me when a safety check raises a concern');
  const summary = () => toggle('Email me a summary every morning');

  it('shows safety alerts on and the morning summary off by default, with 07:00 in the practice’s zone', async () => {
    await render();
    expect(el().querySelector('h1')?.textContent).toBe('Email preferences');
    expect(await (await alerts()).isChecked()).toBe(true);
    expect(await (await summary()).isChecked()).toBe(false);
    expect(el().textContent).toContain('At 07:00 practice time (Europe/Madrid)');
    expect(el().textContent).toContain('names no one and holds no answers');
  });

  it('saves one switch at once with PATCH of that field only, and says so', async () => {
    await render();
    await (await summary()).toggle();
    const request = http.expectOne(URL);
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ dailySummary: true });
    request.flush({ ...DEFAULTS, dailySummary: true });
    await fixture.whenStable();
    expect(el().querySelector('[role="status"]')?.textContent).toBe('The morning summary is on.');
    await (await alerts()).toggle();
    const off = http.expectOne(URL);
    expect(off.request.body).toEqual({ safetyAlerts: false });
    off.flush({ ...DEFAULTS, dailySummary: true, safetyAlerts: false });
    await fixture.whenStable();
    expect(el().querySelector('[role="status"]')?.textContent).toBe('Safety alerts are off.');
  });

  it('puts the switch back and says why when the save fails', async () => {
    await render();
    await (await alerts()).toggle();
    http.expectOne(URL).flush({ statusCode: 400, message: 'safetyAlerts must be true or false', error: 'Bad Request' }, { status: 400, statusText: 'Bad Request' });
    await fixture.whenStable();
    expect(await (await alerts()).isChecked()).toBe(true);
    expect(el().querySelector('[role="alert"]')?.textContent).toContain('SafetyAlerts must be true or false.');
  });

  it('shows an error with a way to try again when the preferences do not load', async () => {
    await render('fail');
    expect(el().querySelector('[role="alert"]')?.textContent).toContain('We could not load your preferences.');
    (el().querySelector('app-error-state button') as HTMLButtonElement).click();
    http.expectOne(URL).flush(DEFAULTS);
    await fixture.whenStable();
    expect(await (await alerts()).isChecked()).toBe(true);
  });

  describe('language', () => {
    const language = (name: string) =>
      TestbedHarnessEnvironment.loader(fixture).getHarness(MatRadioButtonHarness.with({ label: name }));
    const reload = jest.fn();
    beforeEach(() => {
      reload.mockClear();
      TestBed.overrideProvider(PageNavigation, { useValue: { reload, assign: jest.fn() } });
    });
    afterEach(() => {
      document.documentElement.lang = '';
    });

    it('offers each language in its own words, the stored one chosen', async () => {
      await render();
      expect(await (await language('English')).isChecked()).toBe(true);
      expect(await (await language('Español')).isChecked()).toBe(false);
      expect(await (await language('Español')).getLabelText()).toBe('Español');
    });

    it('saves a new language with PATCH of that field only, then loads the page again in it', async () => {
      document.documentElement.lang = 'en';
      await render();
      await (await language('Español')).check();
      const request = http.expectOne(URL);
      expect(request.request.body).toEqual({ locale: 'es' });
      request.flush({ ...DEFAULTS, locale: 'es' });
      await fixture.whenStable();
      expect(reload).toHaveBeenCalledTimes(1);
    });

    it('goes back to the stored language and says why when the save fails', async () => {
      await render();
      await (await language('Español')).check();
      http.expectOne(URL).flush({ statusCode: 500, message: 'boom', error: 'x' }, { status: 500, statusText: 'x' });
      await fixture.whenStable();
      expect(reload).not.toHaveBeenCalled();
      expect(await (await language('English')).isChecked()).toBe(true);
      expect(el().querySelector('[role="alert"]')?.textContent).toContain('We could not save your choice just now.');
    });
  });

  it('tells someone without the counselor role that these emails are about couples they counsel', async () => {
    user.set(aUser({ roles: ['admin'] }));
    await render();
    expect(el().textContent).toContain('Without the counselor role you get none');
    user.set(aUser({ timezone: 'Europe/Madrid' }));
  });
});
