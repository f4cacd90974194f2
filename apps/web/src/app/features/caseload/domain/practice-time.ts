/**
 * Dates and times in the practice's time zone (a practice setting): sessions are stored as instants and shown, and
 * entered, as the practice's wall-clock time, whatever the zone of the browser.
 */

interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallTime(date: Date, zone: string): WallTime {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
    formatters.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
  return { year: Number(parts['year']), month: Number(parts['month']), day: Number(parts['day']), hour: Number(parts['hour']) % 24, minute: Number(parts['minute']) };
}

/** How far the zone's wall clock is ahead of UTC at that instant, in minutes. */
function offsetMinutes(date: Date, zone: string): number {
  const wall = wallTime(date, zone);
  return Math.round((Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute) - Math.floor(date.getTime() / 60_000) * 60_000) / 60_000);
}

const pad = (n: number) => String(n).padStart(2, '0');
const DAY_MS = 24 * 60 * 60_000;

/** The value of an `<input type="datetime-local">` showing `instant` in `zone` (`2026-12-10T16:00`). */
export function toZonedInput(instant: Date | string, zone: string): string {
  const wall = wallTime(new Date(instant), zone);
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}`;
}

/**
 * The instant a `datetime-local` value means in `zone`, or null when it is not a date-time. A wall time skipped by
 * a clock change (spring forward) lands just after it; a repeated one (fall back) is its first occurrence.
 */
export function fromZonedInput(value: string, zone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  // The zone's offset a day before and a day after: a wall time that exists under either is that instant.
  const offsets = [offsetMinutes(new Date(asUtc - DAY_MS), zone), offsetMinutes(new Date(asUtc + DAY_MS), zone)];
  const wanted = toZonedInput(new Date(asUtc), 'UTC');
  const matches = offsets.map((offset) => asUtc - offset * 60_000).filter((t) => toZonedInput(new Date(t), zone) === wanted);
  return new Date(matches.length > 0 ? Math.min(...matches) : asUtc - (offsets[0] ?? 0) * 60_000);
}

/** "Thu 10 Dec, 16:00" in the reader's locale, as the practice's clock shows it. */
export function formatInZone(instant: Date | string, zone: string, locale: string, withYear = false): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: zone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(withYear && { year: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(instant));
}

/** Just the time: "16:00". */
export function formatTimeInZone(instant: Date | string, zone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: zone, hour: '2-digit', minute: '2-digit' }).format(new Date(instant));
}

/** Whether both instants fall on the same calendar day in `zone`. */
export function sameDayInZone(a: Date | string, b: Date | string, zone: string): boolean {
  const x = wallTime(new Date(a), zone);
  const y = wallTime(new Date(b), zone);
  return x.year === y.year && x.month === y.month && x.day === y.day;
}
