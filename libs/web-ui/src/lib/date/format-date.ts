import { formatDate as angularFormatDate } from '@angular/common';

/**
 * The app's date styles. Every date on every page is one of these, so a date looks the same everywhere:
 * - `date`: the day (en: "5 Dec 2026", es: "5 dic 2026");
 * - `dateTime`: the day and the time of day (en: "5 Dec 2026, 18:30");
 * - `relative`: near today in words ("today", "yesterday", "in 3 days"), else as `date`.
 */
export type DateStyle = 'date' | 'dateTime' | 'relative';

/** Angular date patterns per language (the part of the locale before `-`). Add a language here with its locale data. */
const PATTERNS: Readonly<
  Record<string, { readonly date: string; readonly dateTime: string }>
> = {
  en: { date: 'd MMM y', dateTime: 'd MMM y, HH:mm' },
  es: { date: 'd MMM y', dateTime: 'd MMM y, HH:mm' },
};
const FALLBACK_LANGUAGE = 'en';
/** Within this many days of today, `relative` answers in words. */
const RELATIVE_DAYS = 6;
const DAY_MS = 86_400_000;

function patternsOf(locale: string): {
  readonly date: string;
  readonly dateTime: string;
  readonly locale: string;
} {
  const language = locale.split(/[-_]/)[0]?.toLowerCase() ?? '';
  const patterns = PATTERNS[language];
  return patterns
    ? { ...patterns, locale }
    : {
        ...(PATTERNS[FALLBACK_LANGUAGE] as { date: string; dateTime: string }),
        locale: 'en-US',
      };
}

/** Whole calendar days from `now` to `date` in the browser's time zone (negative: in the past). */
function calendarDaysBetween(now: Date, date: Date): number {
  const startOf = (d: Date) =>
    new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  return Math.round((startOf(date) - startOf(now)) / DAY_MS);
}

/**
 * Formats an ISO string or a Date in one of the app's styles for `locale` (Angular's `LOCALE_ID`; a language
 * without patterns yet falls back to English). Empty and unreadable values answer ''.
 */
export function formatDate(
  value: string | Date | null | undefined,
  style: DateStyle,
  locale: string,
  now: Date = new Date(),
): string {
  if (value === null || value === undefined || value === '') return '';
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const patterns = patternsOf(locale);
  if (style === 'relative') {
    const days = calendarDaysBetween(now, date);
    if (Math.abs(days) > RELATIVE_DAYS)
      return angularFormatDate(date, patterns.date, patterns.locale);
    return new Intl.RelativeTimeFormat(patterns.locale, {
      numeric: 'auto',
    }).format(days, 'day');
  }
  return angularFormatDate(date, patterns[style], patterns.locale);
}
