import { DEFAULT_PRACTICE_SETTINGS } from '@trp/contracts';
import { resolvePracticeSettings } from './practice-settings';

describe('resolvePracticeSettings', () => {
  it('answers the defaults for an empty settings object: 30 minutes idle, 12 hours, 30 days, MFA optional', () => {
    expect(resolvePracticeSettings({})).toEqual({
      idleTimeoutMinutes: 30,
      absoluteTimeoutHours: 12,
      inviteLinkDays: 30,
      mfaRequired: false,
      crisisResources: 'If you are in danger or thinking of harming yourself, call your local emergency number now.',
      timezone: 'UTC',
      archivedRetentionDays: null,
      remindersEnabled: true,
      reminderHoursBeforeDue: 24,
      reminderEveryDaysOverdue: 2,
      remindersPerAssignment: 3,
      quietHoursStart: '21:00',
      quietHoursEnd: '08:00',
      defaultLocale: 'en',
    });
    expect(resolvePracticeSettings(null)).toEqual(DEFAULT_PRACTICE_SETTINGS);
  });

  it('keeps stored values in range and replaces anything else by the default', () => {
    expect(
      resolvePracticeSettings({ idleTimeoutMinutes: 5, absoluteTimeoutHours: 72, inviteLinkDays: 90, mfaRequired: true, crisisResources: 'Call 999.', timezone: 'America/New_York' }),
    ).toEqual({
      idleTimeoutMinutes: 5,
      absoluteTimeoutHours: 72,
      inviteLinkDays: 90,
      mfaRequired: true,
      crisisResources: 'Call 999.',
      timezone: 'America/New_York',
      archivedRetentionDays: null,
      remindersEnabled: true,
      reminderHoursBeforeDue: 24,
      reminderEveryDaysOverdue: 2,
      remindersPerAssignment: 3,
      quietHoursStart: '21:00',
      quietHoursEnd: '08:00',
      defaultLocale: 'en',
    });
    expect(
      resolvePracticeSettings({ idleTimeoutMinutes: 4, absoluteTimeoutHours: '3', inviteLinkDays: 1.5, mfaRequired: 'yes', crisisResources: ' ', timezone: 'Mars/Olympus' }),
    ).toEqual(
      DEFAULT_PRACTICE_SETTINGS,
    );
    expect(resolvePracticeSettings({ crisisResources: 'x'.repeat(1001) }).crisisResources).toBe(DEFAULT_PRACTICE_SETTINGS.crisisResources);
  });

  it('keeps a known default language, else English', () => {
    expect(['es', 'en', 'fr', 'ES', null, 1].map((value) => resolvePracticeSettings({ defaultLocale: value }).defaultLocale)).toEqual(['es', 'en', 'en', 'en', 'en', 'en']);
  });

  it('keeps archived couples (null) unless a retention of 30 to 3650 whole days is stored', () => {
    expect([30, 3650, 29, 3651, 90.5, '90', null].map((value) => resolvePracticeSettings({ archivedRetentionDays: value }).archivedRetentionDays)).toEqual([30, 3650, null, null, null, null, null]);
  });

  it('keeps the reminder policy in range, and quiet hours as a pair or none', () => {
    expect(
      resolvePracticeSettings({ remindersEnabled: false, reminderHoursBeforeDue: 168, reminderEveryDaysOverdue: 14, remindersPerAssignment: 0, quietHoursStart: null, quietHoursEnd: null }),
    ).toMatchObject({ remindersEnabled: false, reminderHoursBeforeDue: 168, reminderEveryDaysOverdue: 14, remindersPerAssignment: 0, quietHoursStart: null, quietHoursEnd: null });
    expect(resolvePracticeSettings({ reminderHoursBeforeDue: 169, remindersPerAssignment: 11, quietHoursStart: '22:00', quietHoursEnd: null })).toMatchObject({
      reminderHoursBeforeDue: 24,
      remindersPerAssignment: 3,
      quietHoursStart: '21:00',
      quietHoursEnd: '08:00',
      defaultLocale: 'en',
    });
  });
});
