import { aUser } from '../session.testing';
import { idleDeadlines, idleTimeoutMinutes } from './idle-policy';

describe('idle policy', () => {
  it("uses the practice's idle timeout from the signed-in user", () => {
    expect(idleTimeoutMinutes(aUser({ sessionPolicy: { idleTimeoutMinutes: 10, absoluteTimeoutHours: 12 } }))).toBe(10);
  });

  it('falls back to 30 minutes when the policy is missing or nonsense', () => {
    const withoutPolicy = { ...aUser(), sessionPolicy: undefined } as unknown as ReturnType<typeof aUser>;
    expect(idleTimeoutMinutes(withoutPolicy)).toBe(30);
    expect(idleTimeoutMinutes(aUser({ sessionPolicy: { idleTimeoutMinutes: -1, absoluteTimeoutHours: 12 } }))).toBe(30);
  });

  it('warns a minute before signing out, a minute early for the server’s last-seen resolution', () => {
    expect(idleDeadlines(0, 10)).toEqual({ warnAt: 8 * 60_000, signOutAt: 9 * 60_000 });
  });
});
