import type { Locale } from './locale';

/** Practice policies, kept in `practice.settings`. */
export interface PracticeSettings {
  /** A staff session ends after this long without a request (5–720). */
  readonly idleTimeoutMinutes: number;
  /** A staff session ends this long after sign-in, whatever happens (1–72). */
  readonly absoluteTimeoutHours: number;
  /** Staff invitations and partner invite links expire after this many days (1–90). */
  readonly inviteLinkDays: number;
  /** Every staff member must enrol TOTP before using anything but their own account pages. */
  readonly mfaRequired: boolean;
  /** Shown to partners under the safety question and in the portal (1–1000 characters). */
  readonly crisisResources: string;
  /** IANA time zone the practice's dates and times are shown and scheduled in (sessions, reminders, quiet hours). */
  readonly timezone: string;
  /** Archived couples are erased this many days after archiving (30–3650); `null` keeps them. */
  readonly archivedRetentionDays: number | null;
  /** Partners with an email are reminded of exercises that wait for them. */
  readonly remindersEnabled: boolean;
  /** The first reminder goes this many hours before the due date (1–168). */
  readonly reminderHoursBeforeDue: number;
  /** While overdue, a reminder every this many days (1–14). */
  readonly reminderEveryDaysOverdue: number;
  /** At most this many reminders per assignment and partner (0–10). */
  readonly remindersPerAssignment: number;
  /** No reminder between these local times ("HH:MM", in the partner's zone); both null: no quiet hours. */
  readonly quietHoursStart: string | null;
  readonly quietHoursEnd: string | null;
  /** The language new partners and new staff invitations start in (each person can change their own). */
  readonly defaultLocale: Locale;
}

/**
 * The crisis text a practice starts with, in each language. A practice that keeps it shows each partner the one in
 * their language; a practice that writes its own shows its own words to everyone.
 */
export const DEFAULT_CRISIS_RESOURCES: Readonly<Record<Locale, string>> = {
  en: 'If you are in danger or thinking of harming yourself, call your local emergency number now.',
  es: 'Si estás en peligro o piensas en hacerte daño, llama ahora mismo al número de emergencias de tu zona.',
};

/** The practice's crisis text as `locale` reads it (the starting text is translated; a practice's own is not). */
export function crisisResourcesFor(crisisResources: string, locale: Locale): string {
  return crisisResources === DEFAULT_CRISIS_RESOURCES.en ? DEFAULT_CRISIS_RESOURCES[locale] : crisisResources;
}

export const DEFAULT_PRACTICE_SETTINGS: PracticeSettings = {
  idleTimeoutMinutes: 30,
  absoluteTimeoutHours: 12,
  inviteLinkDays: 30,
  mfaRequired: false,
  crisisResources: DEFAULT_CRISIS_RESOURCES.en,
  timezone: 'UTC',
  archivedRetentionDays: null,
  remindersEnabled: true,
  reminderHoursBeforeDue: 24,
  reminderEveryDaysOverdue: 2,
  remindersPerAssignment: 3,
  quietHoursStart: '21:00',
  quietHoursEnd: '08:00',
  defaultLocale: 'en',
};

/** Inclusive bounds of `archivedRetentionDays` when it is set. */
export const ARCHIVED_RETENTION_DAYS = { min: 30, max: 3650 } as const;

/** "HH:MM", 00:00–23:59. */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Whether `zone` is an IANA time zone this runtime knows (e.g. `Europe/Madrid`, `America/New_York`, `UTC`). */
export function isTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone.length === 0 || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const CRISIS_RESOURCES_MAX_LENGTH = 1000;

/** Inclusive bounds of the numeric settings (the server validates; the web app can show them). */
export const PRACTICE_SETTING_LIMITS = {
  idleTimeoutMinutes: { min: 5, max: 720 },
  absoluteTimeoutHours: { min: 1, max: 72 },
  inviteLinkDays: { min: 1, max: 90 },
  reminderHoursBeforeDue: { min: 1, max: 168 },
  reminderEveryDaysOverdue: { min: 1, max: 14 },
  remindersPerAssignment: { min: 0, max: 10 },
} as const;

export const PRACTICE_NAME_MAX_LENGTH = 200;

/** GET /api/admin/practice */
export interface Practice {
  readonly id: string;
  readonly name: string;
  readonly settings: PracticeSettings;
}

/** PATCH /api/admin/practice: any subset. */
export interface UpdatePracticeRequest extends Partial<PracticeSettings> {
  readonly name?: string;
}
