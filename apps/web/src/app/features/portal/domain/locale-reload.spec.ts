import { LOCALE_RELOAD_KEY, needsLocaleReload, pageLocale } from './locale-reload';

describe('locale reload after opening the link', () => {
  afterEach(() => {
    document.documentElement.lang = '';
    sessionStorage.clear();
  });

  it('reads the copy’s language from <html lang>', () => {
    document.documentElement.lang = 'es';
    expect(pageLocale(document)).toBe('es');
    document.documentElement.lang = 'en-US';
    expect(pageLocale(document)).toBe('en');
    document.documentElement.lang = '';
    expect(pageLocale(document)).toBeNull();
  });

  it('reloads once into the partner’s language, never twice for the same one', () => {
    document.documentElement.lang = 'en';
    expect(needsLocaleReload(document, 'es', sessionStorage)).toBe(true);
    expect(sessionStorage.getItem(LOCALE_RELOAD_KEY)).toBe('es');
    // The copy did not change (the cookie was not taken): no loop.
    expect(needsLocaleReload(document, 'es', sessionStorage)).toBe(false);
  });

  it('does nothing when the copy already matches (and forgets an earlier try)', () => {
    document.documentElement.lang = 'es';
    sessionStorage.setItem(LOCALE_RELOAD_KEY, 'es');
    expect(needsLocaleReload(document, 'es', sessionStorage)).toBe(false);
    expect(sessionStorage.getItem(LOCALE_RELOAD_KEY)).toBeNull();
  });

  it('does nothing when the page says no language', () => {
    expect(needsLocaleReload(document, 'es', sessionStorage)).toBe(false);
  });
});
