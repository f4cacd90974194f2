import { ARCHIVED_RETENTION_DAYS, isLocale, isTimeZone, TIME_OF_DAY, CRISIS_RESOURCES_MAX_LENGTH, DEFAULT_PRACTICE_SETTINGS, PRACTICE_SETTING_LIMITS, PracticeSettings } from '@trp/contracts';

type NumericSetting = keyof typeof PRACTICE_SETTING_LIMITS;

function numberIn(value: unknown, key: NumericSetting): number {
  const { min, max } = PRACTICE_SETTING_LIMITS[key];
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : DEFAULT_PRACTICE_SETTINGS[key];
}

/** The practice's policies from its `settings` column: every missing or out-of-range value falls back to the default. */
export function resolvePracticeSettings(raw: Record<string, unknown> | null | undefined): PracticeSettings {
  const stored = raw ?? {};
  return {
    idleTimeoutMinutes: numberIn(stored['idleTimeoutMinutes'], 'idleTimeoutMinutes'),
    absoluteTimeoutHours: numberIn(stored['absoluteTimeoutHours'], 'absoluteTimeoutHours'),
    inviteLinkDays: numberIn(stored['inviteLinkDays'], 'inviteLinkDays'),
    mfaRequired: typeof stored['mfaRequired'] === 'boolean' ? stored['mfaRequired'] : DEFAULT_PRACTICE_SETTINGS.mfaRequired,
    crisisResources: crisisResourcesOf(stored['crisisResources']),
    timezone: isTimeZone(stored['timezone']) ? stored['timezone'] : DEFAULT_PRACTICE_SETTINGS.timezone,
    archivedRetentionDays: retentionOf(stored['archivedRetentionDays']),
    remindersEnabled: typeof stored['remindersEnabled'] === 'boolean' ? stored['remindersEnabled'] : DEFAULT_PRACTICE_SETTINGS.remindersEnabled,
    reminderHoursBeforeDue: numberIn(stored['reminderHoursBeforeDue'], 'reminderHoursBeforeDue'),
    reminderEveryDaysOverdue: numberIn(stored['reminderEveryDaysOverdue'], 'reminderEveryDaysOverdue'),
    remindersPerAssignment: numberIn(stored['remindersPerAssignment'], 'remindersPerAssignment'),
    ...quietHoursOf(stored['quietHoursStart'], stored['quietHoursEnd']),
    defaultLocale: isLocale(stored['defaultLocale']) ? stored['defaultLocale'] : DEFAULT_PRACTICE_SETTINGS.defaultLocale,
  };
}

/** Both times, or both null (no quiet hours); anything else falls back to the default pair. */
function quietHoursOf(start: unknown, end: unknown): Pick<PracticeSettings, 'quietHoursStart' | 'quietHoursEnd'> {
  if (start === null && end === null) return { quietHoursStart: null, quietHoursEnd: null };
  if (typeof start === 'string' && typeof end === 'string' && TIME_OF_DAY.test(start) && TIME_OF_DAY.test(end) && start !== end) {
    return { quietHoursStart: start, quietHoursEnd: end };
  }
  return { quietHoursStart: DEFAULT_PRACTICE_SETTINGS.quietHoursStart, quietHoursEnd: DEFAULT_PRACTICE_SETTINGS.quietHoursEnd };
}

function crisisResourcesOf(value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : '';
  return text.length >= 1 && text.length <= CRISIS_RESOURCES_MAX_LENGTH ? text : DEFAULT_PRACTICE_SETTINGS.crisisResources;
}

function retentionOf(value: unknown): number | null {
  const { min, max } = ARCHIVED_RETENTION_DAYS;
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : DEFAULT_PRACTICE_SETTINGS.archivedRetentionDays;
}
