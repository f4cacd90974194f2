import type { PracticeSettings } from '@trp/contracts';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export type ReminderPolicy = Pick<
  PracticeSettings,
  'remindersEnabled' | 'reminderHoursBeforeDue' | 'reminderEveryDaysOverdue' | 'remindersPerAssignment' | 'quietHoursStart' | 'quietHoursEnd'
>;

/** What is known of one open assignment for one partner who has not submitted it. */
export interface ReminderCandidate {
  readonly dueAt: Date;
  /** Reminders already sent for this assignment to this partner. */
  readonly sent: number;
  /** When the last of them went out. */
  readonly lastSentAt: Date | null;
}

/**
 * Whether this assignment is due a reminder now: once `reminderHoursBeforeDue` before the due date, then every
 * `reminderEveryDaysOverdue` days once it is overdue (counted from the due date and from the last reminder), at
 * most `remindersPerAssignment` times.
 */
export function assignmentDue(policy: ReminderPolicy, candidate: ReminderCandidate, now: Date): boolean {
  if (!policy.remindersEnabled || candidate.sent >= policy.remindersPerAssignment) return false;
  const due = candidate.dueAt.getTime();
  const at = now.getTime();
  if (candidate.sent === 0 || !candidate.lastSentAt) return at >= due - policy.reminderHoursBeforeDue * HOUR_MS;
  const every = policy.reminderEveryDaysOverdue * DAY_MS;
  return at >= Math.max(candidate.lastSentAt.getTime() + every, due + every);
}

/** "HH:MM" of `at` in `timeZone`. */
export function localTime(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const hour = parts.find((p) => p.type === 'hour')?.value ?? '00';
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '00';
  return `${hour}:${minute}`;
}

/** The calendar day (YYYY-MM-DD) of `at` in `timeZone`. */
export function localDay(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** Whether `at` falls inside the quiet hours in `timeZone` (start inclusive, end exclusive, across midnight too). */
export function inQuietHours(policy: ReminderPolicy, at: Date, timeZone: string): boolean {
  const { quietHoursStart: start, quietHoursEnd: end } = policy;
  if (!start || !end) return false;
  const time = localTime(at, timeZone);
  return start < end ? time >= start && time < end : time >= start || time < end;
}

/** At most one reminder mail per partner per calendar day in their zone. */
export function remindedToday(lastReminderAt: Date | null, now: Date, timeZone: string): boolean {
  return lastReminderAt !== null && localDay(lastReminderAt, timeZone) === localDay(now, timeZone);
}
