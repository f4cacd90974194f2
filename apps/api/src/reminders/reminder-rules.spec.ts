import { DEFAULT_PRACTICE_SETTINGS } from '@trp/contracts';
import { assignmentDue, inQuietHours, localTime, remindedToday } from './reminder-rules';

const policy = DEFAULT_PRACTICE_SETTINGS;
const due = new Date('2026-12-10T12:00:00Z');
const at = (iso: string) => new Date(iso);

describe('reminder rules', () => {
  it('first reminds reminderHoursBeforeDue before the due date', () => {
    expect(assignmentDue(policy, { dueAt: due, sent: 0, lastSentAt: null }, at('2026-12-09T11:59:00Z'))).toBe(false);
    expect(assignmentDue(policy, { dueAt: due, sent: 0, lastSentAt: null }, at('2026-12-09T12:00:00Z'))).toBe(true);
  });

  it('then every reminderEveryDaysOverdue days once overdue, up to remindersPerAssignment', () => {
    const first = at('2026-12-09T12:00:00Z');
    expect(assignmentDue(policy, { dueAt: due, sent: 1, lastSentAt: first }, at('2026-12-11T12:00:00Z'))).toBe(false);
    expect(assignmentDue(policy, { dueAt: due, sent: 1, lastSentAt: first }, at('2026-12-12T12:00:00Z'))).toBe(true);
    const second = at('2026-12-12T12:00:00Z');
    expect(assignmentDue(policy, { dueAt: due, sent: 2, lastSentAt: second }, at('2026-12-14T11:00:00Z'))).toBe(false);
    expect(assignmentDue(policy, { dueAt: due, sent: 2, lastSentAt: second }, at('2026-12-14T12:00:00Z'))).toBe(true);
    expect(assignmentDue(policy, { dueAt: due, sent: 3, lastSentAt: second }, at('2026-12-30T12:00:00Z'))).toBe(false);
    expect(assignmentDue({ ...policy, remindersPerAssignment: 0 }, { dueAt: due, sent: 0, lastSentAt: null }, at('2026-12-30T12:00:00Z'))).toBe(false);
    expect(assignmentDue({ ...policy, remindersEnabled: false }, { dueAt: due, sent: 0, lastSentAt: null }, at('2026-12-30T12:00:00Z'))).toBe(false);
  });

  it('keeps quiet hours in the given zone, across midnight', () => {
    expect(localTime(at('2026-12-09T21:30:00Z'), 'Europe/Madrid')).toBe('22:30');
    expect(inQuietHours(policy, at('2026-12-09T21:30:00Z'), 'Europe/Madrid')).toBe(true);
    expect(inQuietHours(policy, at('2026-12-09T06:59:00Z'), 'Europe/Madrid')).toBe(true);
    expect(inQuietHours(policy, at('2026-12-09T07:00:00Z'), 'Europe/Madrid')).toBe(false);
    expect(inQuietHours(policy, at('2026-12-09T21:30:00Z'), 'America/New_York')).toBe(false);
    expect(inQuietHours({ ...policy, quietHoursStart: '12:00', quietHoursEnd: '14:00' }, at('2026-12-09T13:00:00Z'), 'UTC')).toBe(true);
    expect(inQuietHours({ ...policy, quietHoursStart: null, quietHoursEnd: null }, at('2026-12-09T23:00:00Z'), 'UTC')).toBe(false);
  });

  it('allows one reminder per local calendar day', () => {
    expect(remindedToday(null, at('2026-12-09T10:00:00Z'), 'UTC')).toBe(false);
    expect(remindedToday(at('2026-12-09T08:00:00Z'), at('2026-12-09T20:00:00Z'), 'UTC')).toBe(true);
    expect(remindedToday(at('2026-12-09T20:00:00Z'), at('2026-12-10T08:00:00Z'), 'UTC')).toBe(false);
    // 23:30 and 00:30 the next day in New York are two days there.
    expect(remindedToday(at('2026-12-10T04:30:00Z'), at('2026-12-10T05:30:00Z'), 'America/New_York')).toBe(false);
  });
});
