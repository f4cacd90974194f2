import { partner } from '../testing/caseload-fixtures';
import { reminderState } from './reminder-state';

describe('reminderState', () => {
  const withEmail = partner({ displayName: 'Sam', email: 'sam@example.com' });

  it('is on with an email address, the partner’s switch on and the practice sending reminders', () => {
    expect(reminderState(withEmail, true)).toEqual({ on: true, icon: 'notifications_active', text: 'Reminders on' });
  });

  it('says why not: no email address, turned off by the partner, or the practice sends none', () => {
    expect(reminderState(partner({ displayName: 'Alex' }), true)?.text).toBe('No reminders: no email address');
    expect(reminderState({ ...withEmail, remindersEnabled: false }, true)?.text).toBe('Reminders off (turned off by Sam)');
    expect(reminderState(withEmail, false)?.text).toBe('Reminders off for the whole practice');
    expect(reminderState({ ...withEmail, remindersEnabled: false }, false)?.on).toBe(false);
  });

  it('says nothing for an erased partner', () => {
    expect(reminderState({ ...withEmail, erasedAt: '2026-11-01T00:00:00.000Z' }, true)).toBeNull();
  });
});
