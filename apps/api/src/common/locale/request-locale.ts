import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, LOCALES, type Locale } from '@trp/contracts';

/** The parts of a request that say which language its reader wants. */
export interface LocaleHints {
  readonly cookies?: Readonly<Record<string, string | undefined>>;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

/**
 * The best of our locales for an `Accept-Language` header (`es-MX,es;q=0.9,en;q=0.8` → `es`), by quality then
 * order; `undefined` when it names none of them.
 */
export function matchAcceptLanguage(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { language: tag.trim().toLowerCase().split('-')[0] ?? '', quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.map((entry) => entry.language).find((language): language is Locale => (LOCALES as readonly string[]).includes(language));
}

/** The language of a request's reader: the locale cookie the API set, else `Accept-Language`, else English. */
export function requestLocale(request: LocaleHints): Locale {
  const cookie = request.cookies?.[LOCALE_COOKIE];
  if (isLocale(cookie)) return cookie;
  const accept = request.headers['accept-language'];
  return matchAcceptLanguage(Array.isArray(accept) ? accept.join(',') : accept) ?? DEFAULT_LOCALE;
}
