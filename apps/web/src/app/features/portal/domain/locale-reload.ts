import { isLocale, type Locale } from '@trp/contracts';

/** Remembers, for this tab, the language a reload was already asked for (so a copy that does not change cannot loop). */
export const LOCALE_RELOAD_KEY = 'trp.portal.localeReload';

/** The language of the copy this page was loaded from (`<html lang>`), or null when it does not say. */
export function pageLocale(document: Document): Locale | null {
  const language = document.documentElement.lang.split('-')[0]?.toLowerCase() ?? '';
  return isLocale(language) ? language : null;
}

/**
 * After the personal link is opened: true when the partner reads another language than this copy's, and this tab
 * has not already reloaded for it (the API sets the cookie with the exchange; if the copy still does not change,
 * the page stays as it is rather than reloading again).
 */
export function needsLocaleReload(document: Document, wanted: Locale, storage: Storage | null): boolean {
  const current = pageLocale(document);
  if (current === null || current === wanted) {
    storage?.removeItem(LOCALE_RELOAD_KEY);
    return false;
  }
  if (storage?.getItem(LOCALE_RELOAD_KEY) === wanted) return false;
  storage?.setItem(LOCALE_RELOAD_KEY, wanted);
  return true;
}

/** sessionStorage, or null where it is not allowed (private modes, blocked storage). */
export function tabStorage(document: Document): Storage | null {
  try {
    return document.defaultView?.sessionStorage ?? null;
  } catch {
    return null;
  }
}
