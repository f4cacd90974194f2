import { ARCHIVED_RETENTION_DAYS, isTimeZone, CRISIS_RESOURCES_MAX_LENGTH, DEFAULT_PRACTICE_SETTINGS, PRACTICE_SETTING_LIMITS, PracticeSettings } from '@trp/contracts';

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
  };
}

function crisisResourcesOf(value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : '';
  return text.length >= 1 && text.length <= CRISIS_RESOURCES_MAX_LENGTH ? text : DEFAULT_PRACTICE_SETTINGS.crisisResources;
}

function retentionOf(value: unknown): number | null {
  const { min, max } = ARCHIVED_RETENTION_DAYS;
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : DEFAULT_PRACTICE_SETTINGS.archivedRetentionDays;
}
