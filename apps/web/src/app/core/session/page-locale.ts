import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from '@trp/contracts';

const TRIED_KEY = 'trp_locale_reload';

/** The language of the copy this page was built in (`<html lang>`, set by the build; none in unit tests: the source). */
export function pageLocale(doc: Document): string {
  return doc.documentElement.lang.slice(0, 2).toLowerCase() || DEFAULT_LOCALE;
}

/** The language the API chose for this person (the readable `trp_locale` cookie, set on sign-in and on a change). */
export function cookieLocale(doc: Document): Locale | null {
  for (const part of doc.cookie.split(';')) {
    const [name, value] = part.trim().split('=');
    if (name === LOCALE_COOKIE && isLocale(value)) return value;
  }
  return null;
}

/**
 * After signing in: does this person read the other copy? Then the next page must be a full load, not a router
 * navigation. Asked once per language per tab, so a server that keeps answering the same copy cannot cause a loop.
 */
export function needsOtherCopy(doc: Document, wanted: string | null = cookieLocale(doc)): boolean {
  const storage = doc.defaultView?.sessionStorage;
  if (!wanted || wanted === pageLocale(doc)) {
    storage?.removeItem(TRIED_KEY);
    return false;
  }
  if (storage?.getItem(TRIED_KEY) === wanted) return false;
  storage?.setItem(TRIED_KEY, wanted);
  return true;
}
