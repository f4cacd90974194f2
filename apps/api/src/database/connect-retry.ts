import { AsyncLocalStorage } from 'node:async_hooks';
import { DatabaseUnavailableError, isDatabaseUnavailable } from './database-unavailable';

/** How long acquiring a connection keeps trying while PostgreSQL is unreachable. */
export interface ConnectRetryPolicy {
  /** No attempt starts later than this many milliseconds after the first one; 0: a single attempt. */
  readonly budgetMs: number;
  /** Pause after the first failed attempt; it doubles after each further one, up to `maxDelayMs`. */
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
}

/**
 * 3 s covers a fast restart of PostgreSQL (`pg_ctl restart -m fast`: 1–2 s) and a failover of a local standby,
 * and stays far below the clients' own timeouts. Pauses of 50, 100, 200, 400, 500, 500… ms (each with jitter, so
 * waiting requests do not all knock at once) notice the server's return within half a second.
 */
export const DEFAULT_CONNECT_RETRY: ConnectRetryPolicy = { budgetMs: 3_000, initialDelayMs: 50, maxDelayMs: 500 };

/** Time as connectWithRetry sees it (tests pass their own). */
export interface RetryTiming {
  now(): number;
  sleep(ms: number): Promise<void>;
  /** In [0, 1). */
  random(): number;
}

const realTiming: RetryTiming = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: () => Math.random(),
};

/**
 * Calls `connect` until it succeeds, retrying only while the failure says the database is unreachable
 * (isDatabaseUnavailable) and the budget lasts; then throws DatabaseUnavailableError (its `cause` is the last
 * failure). Any other error is thrown at once, unchanged.
 *
 * Only for acquiring a connection: a failed attempt has sent no statement, so trying again can never repeat a write.
 */
export async function connectWithRetry<T>(connect: () => Promise<T>, policy: ConnectRetryPolicy, timing: RetryTiming = realTiming): Promise<T> {
  const started = timing.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await connect();
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      const elapsed = timing.now() - started;
      const remaining = policy.budgetMs - elapsed;
      if (remaining <= 0) throw new DatabaseUnavailableError(attempt, elapsed, error);
      const step = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** (attempt - 1));
      await timing.sleep(Math.min(remaining, step / 2 + (step / 2) * timing.random()));
    }
  }
}

const singleAttempt = new AsyncLocalStorage<true>();

/**
 * Runs `work` with connections acquired in a single attempt: for a caller that must answer at once whether the
 * database is there (the health check), rather than wait for it.
 */
export function withoutConnectRetry<T>(work: () => Promise<T>): Promise<T> {
  return singleAttempt.run(true, work);
}

/** The policy in force for a connection acquired now (budget 0 inside withoutConnectRetry). */
export function currentConnectRetry(policy: ConnectRetryPolicy): ConnectRetryPolicy {
  return singleAttempt.getStore() ? { ...policy, budgetMs: 0 } : policy;
}
