import { ACCOUNT_LOCKOUT, afterFailure, lockedUntil, LockoutState } from './sign-in-lockout';

const t0 = new Date('2025-03-01T08:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

function fail(times: number, start: LockoutState | undefined, minute = 0) {
  let state = start;
  let lockedNow = false;
  for (let i = 0; i < times; i++) ({ lockedNow, ...state } = afterFailure(state, ACCOUNT_LOCKOUT, at(minute)));
  return { state: state as LockoutState, lockedNow };
}

describe('sign-in lockout', () => {
  it('locks for 15 minutes on the 5th failure within the window', () => {
    expect(fail(4, undefined).lockedNow).toBe(false);
    const { state, lockedNow } = fail(5, undefined);
    expect(lockedNow).toBe(true);
    expect(lockedUntil(state, at(14))).toEqual(at(15));
    expect(lockedUntil(state, at(15))).toBeUndefined();
  });

  it('starts a new window once the old one has passed', () => {
    const { state } = fail(4, undefined);
    const next = afterFailure(state, ACCOUNT_LOCKOUT, at(16));
    expect(next.failureCount).toBe(1);
    expect(next.lockedNow).toBe(false);
  });

  it('counts afresh after a lockout ends', () => {
    const { state } = fail(5, undefined);
    const next = afterFailure(state, ACCOUNT_LOCKOUT, at(15));
    expect(next).toMatchObject({ failureCount: 1, lockedUntil: null, lockedNow: false });
  });

  it('is not locked without a state', () => {
    expect(lockedUntil(undefined, t0)).toBeUndefined();
  });
});
