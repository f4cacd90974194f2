/** How many failures within a window lock a subject out, and for how long. */
export interface LockoutRule {
  readonly maxFailures: number;
  readonly windowMs: number;
  readonly lockMs: number;
}

const MINUTES_15 = 15 * 60_000;

/** Per account (normalized email, known or not): 5 failures within 15 minutes lock it for 15 minutes. */
export const ACCOUNT_LOCKOUT: LockoutRule = { maxFailures: 5, windowMs: MINUTES_15, lockMs: MINUTES_15 };
/** Per client address: 50 failures within 15 minutes lock the address for 15 minutes. */
export const ADDRESS_LOCKOUT: LockoutRule = { maxFailures: 50, windowMs: MINUTES_15, lockMs: MINUTES_15 };

/** The lockout subject of one account: its normalized email (so unknown emails are counted too). */
export function accountLockoutKey(normalizedEmail: string): string {
  return `email:${normalizedEmail}`;
}

export interface LockoutState {
  readonly failureCount: number;
  readonly windowStartedAt: Date;
  readonly lockedUntil: Date | null;
}

export function lockedUntil(state: LockoutState | undefined, now: Date): Date | undefined {
  return state?.lockedUntil && state.lockedUntil.getTime() > now.getTime() ? state.lockedUntil : undefined;
}

/** The state after one more failure; `lockedNow` when this failure starts a lockout. */
export function afterFailure(state: LockoutState | undefined, rule: LockoutRule, now: Date): LockoutState & { lockedNow: boolean } {
  const fresh =
    !state ||
    now.getTime() - state.windowStartedAt.getTime() >= rule.windowMs ||
    (state.lockedUntil !== null && state.lockedUntil.getTime() <= now.getTime());
  const failureCount = fresh ? 1 : state.failureCount + 1;
  const windowStartedAt = fresh ? now : state.windowStartedAt;
  if (failureCount >= rule.maxFailures) {
    return { failureCount, windowStartedAt, lockedUntil: new Date(now.getTime() + rule.lockMs), lockedNow: true };
  }
  return { failureCount, windowStartedAt, lockedUntil: null, lockedNow: false };
}
