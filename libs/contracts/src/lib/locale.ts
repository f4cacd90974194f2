/** The languages people can read the product in (staff app, portal, exercise content, mails, error messages). */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/**
 * Readable cookie naming the language of the pages the API serves (`<html lang>` and which translated build):
 * set by the API when someone signs in, opens their invite link or changes their language. Says nothing else.
 */
export const LOCALE_COOKIE = 'trp_locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
