import { DOCUMENT } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { PortalMe } from '@trp/contracts';
import { of, throwError } from 'rxjs';
import { PortalApi } from '../data/portal-api';
import { PortalSessionStore } from '../data/portal-session.store';
import { LanguageSwitch } from './language-switch';

const ME: PortalMe = {
  crisisResources: '',
  partner: { id: 'p', displayName: 'Alex', perspective: 'hurt', locale: 'en' },
  counselor: { displayName: 'Robin' },
  remindersEnabled: true,
  hasEmail: true,
};

describe('LanguageSwitch', () => {
  let updateMe: jest.Mock;
  let reload: jest.Mock;

  async function render() {
    reload = jest.fn();
    const page = document.implementation.createHTMLDocument('portal');
    page.documentElement.lang = 'en';
    Object.defineProperty(page, 'defaultView', { value: { location: { reload } } });
    TestBed.configureTestingModule({
      providers: [
        { provide: DOCUMENT, useValue: page },
        { provide: PortalApi, useValue: { updateMe } },
        { provide: PortalSessionStore, useValue: { me: signal(ME), ended: jest.fn() } },
      ],
    });
    const fixture = TestBed.createComponent(LanguageSwitch);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const button = (name: string) => [...element.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) as HTMLButtonElement;
    return { fixture, element, button };
  }

  it('names each language in its own words and language, and marks the one in use', async () => {
    updateMe = jest.fn();
    const { element, button } = await render();
    expect(element.querySelector('[role="group"]')?.getAttribute('aria-labelledby')).toBe('language-label');
    expect(button('English').getAttribute('lang')).toBe('en');
    expect(button('Español').getAttribute('lang')).toBe('es');
    expect(button('English').getAttribute('aria-pressed')).toBe('true');
    expect(button('Español').getAttribute('aria-pressed')).toBe('false');
  });

  it('saves the choice, then reloads the page into that language', async () => {
    updateMe = jest.fn(() => of({ ...ME, partner: { ...ME.partner, locale: 'es' } }));
    const { button } = await render();
    button('Español').click();
    expect(updateMe).toHaveBeenCalledWith({ locale: 'es' });
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('does nothing for the language already in use', async () => {
    updateMe = jest.fn();
    const { button } = await render();
    button('English').click();
    expect(updateMe).not.toHaveBeenCalled();
  });

  it('says so when the choice could not be saved, and stays', async () => {
    updateMe = jest.fn(() => throwError(() => new HttpErrorResponse({ status: 500 })));
    const { fixture, element, button } = await render();
    button('Español').click();
    await fixture.whenStable();
    expect(reload).not.toHaveBeenCalled();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('The language was not changed');
  });
});
