import { matchAcceptLanguage, requestLocale } from './request-locale';

describe('matchAcceptLanguage', () => {
  it.each([
    ['es-MX,es;q=0.9,en;q=0.8', 'es'],
    ['en-US,en;q=0.9,es;q=0.8', 'en'],
    ['fr-FR,es;q=0.5,en;q=0.4', 'es'],
    ['en;q=0.2, es-419;q=0.7', 'es'],
    ['de, fr', undefined],
    ['es;q=0', undefined],
    ['', undefined],
  ])('%s → %s', (header, expected) => {
    expect(matchAcceptLanguage(header)).toBe(expected);
  });
});

describe('requestLocale', () => {
  it('prefers the locale cookie over Accept-Language', () => {
    expect(requestLocale({ cookies: { trp_locale: 'es' }, headers: { 'accept-language': 'en' } })).toBe('es');
  });
  it('ignores a cookie naming no locale of ours', () => {
    expect(requestLocale({ cookies: { trp_locale: 'xx' }, headers: { 'accept-language': 'es' } })).toBe('es');
  });
  it('falls back to English', () => {
    expect(requestLocale({ headers: {} })).toBe('en');
  });
});
