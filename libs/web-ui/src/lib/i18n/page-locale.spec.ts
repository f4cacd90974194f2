import { pageLocale } from './page-locale';

describe('pageLocale', () => {
  const global = globalThis as { $localize?: { locale?: string } };
  let saved: string | undefined;
  beforeEach(() => (saved = global.$localize?.locale));
  afterEach(() => {
    if (global.$localize) global.$localize.locale = saved;
  });

  it.each([
    ['es', 'es'],
    ['es-MX', 'es'],
    ['en-US', 'en'],
    ['fr', 'en'],
    [undefined, 'en'],
  ])('$localize.locale %s → %s', (locale, expected) => {
    if (global.$localize) global.$localize.locale = locale;
    expect(pageLocale()).toBe(expected);
  });
});
