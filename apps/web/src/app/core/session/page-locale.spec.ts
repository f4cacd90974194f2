import { cookieLocale, needsOtherCopy, pageLocale } from './page-locale';

describe('page locale', () => {
  afterEach(() => {
    document.documentElement.lang = '';
    document.cookie = 'trp_locale=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
    sessionStorage.clear();
  });

  it('reads the copy’s language from <html lang> (the source language when none) and the person’s from the cookie', () => {
    expect(pageLocale(document)).toBe('en');
    document.documentElement.lang = 'es-419';
    expect(pageLocale(document)).toBe('es');
    expect(cookieLocale(document)).toBeNull();
    document.cookie = 'trp_locale=es';
    expect(cookieLocale(document)).toBe('es');
    document.cookie = 'trp_locale=fr';
    expect(cookieLocale(document)).toBeNull();
  });

  it('asks for the other copy once per language, and never when this copy is the right one', () => {
    document.documentElement.lang = 'en';
    expect(needsOtherCopy(document, 'en')).toBe(false);
    expect(needsOtherCopy(document, null)).toBe(false);
    expect(needsOtherCopy(document, 'es')).toBe(true);
    // The server answered the English copy again: no second full load (no loop).
    expect(needsOtherCopy(document, 'es')).toBe(false);
    // Once the right copy is shown, a later change may ask again.
    document.documentElement.lang = 'es';
    expect(needsOtherCopy(document, 'es')).toBe(false);
    document.documentElement.lang = 'en';
    expect(needsOtherCopy(document, 'es')).toBe(true);
  });

  it('takes the language from the cookie the API set on sign-in when none is given', () => {
    document.documentElement.lang = 'en';
    document.cookie = 'trp_locale=es';
    expect(needsOtherCopy(document)).toBe(true);
  });
});
