import { ACCOUNT_LOCKOUT, afterFailure, lockDurationMs, lockedUntil, LockoutState, PAIR_LOCKOUT, SESSION_CHECK_LOCKOUT } from './sign-in-lockout';

const t0 = new Date('2025-03-01T08:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const MINUTE = 60_000;

function fail(times: number, rule = PAIR_LOCKOUT, start?: LockoutState, minute = 0) {
  let state = start;
  let lockedNow = false;
  for (let i = 0; i < times; i++) ({ lockedNow, ...state } = afterFailure(state, rule, at(minute)));
  return { state: state as LockoutState, lockedNow };
}

describe('lockout rules', () => {
  it('locks an (account, address) pair for 1 minute on the 5th failure, then 2, 4, 8 and at most 15 minutes', () => {
    expect(fail(4).lockedNow).toBe(false);
    expect([5, 6, 7, 8, 9, 10, 30].map((n) => lockDurationMs(PAIR_LOCKOUT, n) / MINUTE)).toEqual([1, 2, 4, 8, 15, 15, 15]);
    const { state, lockedNow } = fail(5);
    expect(lockedNow).toBe(true);
    expect(lockedUntil(state, at(0.5))).toEqual(at(1));
    expect(lockedUntil(state, at(1))).toBeUndefined();
    // The next failure after the lock ended locks twice as long.
    const next = afterFailure(state, PAIR_LOCKOUT, at(1));
    expect(next).toMatchObject({ failureCount: 6, lockedNow: true, lockedUntil: at(3) });
  });

  it('slows an account only briefly from the 20th failure on: 2 s, 4 s … at most 30 s', () => {
    expect(lockDurationMs(ACCOUNT_LOCKOUT, 19)).toBe(0);
    expect([20, 21, 22, 23, 24, 25, 40].map((n) => lockDurationMs(ACCOUNT_LOCKOUT, n) / 1000)).toEqual([2, 4, 8, 16, 30, 30, 30]);
  });

  it('locks a check behind a session for 15 minutes on the 5th wrong answer', () => {
    expect(lockDurationMs(SESSION_CHECK_LOCKOUT, 4)).toBe(0);
    expect(lockDurationMs(SESSION_CHECK_LOCKOUT, 5)).toBe(15 * MINUTE);
  });

  it('forgets the failures after 15 quiet minutes, counted from the later of the last failure and the lock end', () => {
    const { state } = fail(4);
    expect(afterFailure(state, PAIR_LOCKOUT, at(14)).failureCount).toBe(5);
    expect(afterFailure(state, PAIR_LOCKOUT, at(15))).toMatchObject({ failureCount: 1, lockedUntil: null, lockedNow: false });
    const locked = fail(5).state; // locked until minute 1
    expect(afterFailure(locked, PAIR_LOCKOUT, at(15.5)).failureCount).toBe(6);
    expect(afterFailure(locked, PAIR_LOCKOUT, at(16)).failureCount).toBe(1);
  });

  it('is not locked without a state', () => {
    expect(lockedUntil(undefined, t0)).toBeUndefined();
  });
});
