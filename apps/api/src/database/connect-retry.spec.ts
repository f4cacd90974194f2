import { connectWithRetry, ConnectRetryPolicy, currentConnectRetry, DEFAULT_CONNECT_RETRY, RetryTiming, withoutConnectRetry } from './connect-retry';
import { DatabaseUnavailableError } from './database-unavailable';

const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
const startingUp = () => Object.assign(new Error('the database system is starting up'), { code: '57P03' });

/** A clock that only moves when connectWithRetry sleeps (or an attempt takes time); records the pauses. */
function fakeTiming(random = 0.5): RetryTiming & { readonly sleeps: number[]; advance(ms: number): void } {
  let now = 1_000_000;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
    random: () => random,
    advance: (ms) => {
      now += ms;
    },
  };
}

/** An attempt that fails with the given errors in turn, then succeeds. */
function attempts(...failures: Error[]) {
  const connect = jest.fn(async () => {
    const failure = failures[connect.mock.calls.length - 1];
    if (failure) throw failure;
    return 'client';
  });
  return connect;
}

const policy: ConnectRetryPolicy = { budgetMs: 3_000, initialDelayMs: 50, maxDelayMs: 500 };

describe('connectWithRetry', () => {
  it('answers the first attempt that succeeds, after pauses that double from 50 ms up to 500 ms (jitter: half to all of each)', async () => {
    const timing = fakeTiming(0.5);
    const connect = attempts(refused(), refused(), startingUp(), refused(), refused(), refused());
    await expect(connectWithRetry(connect, policy, timing)).resolves.toBe('client');
    expect(connect).toHaveBeenCalledTimes(7);
    expect(timing.sleeps).toEqual([37.5, 75, 150, 300, 375, 375]);

    const low = fakeTiming(0);
    await connectWithRetry(attempts(refused(), refused(), refused(), refused(), refused()), policy, low);
    expect(low.sleeps).toEqual([25, 50, 100, 200, 250]);
  });

  it('gives up once the budget is spent: no attempt starts later than budgetMs after the first; DatabaseUnavailableError with the last failure', async () => {
    const timing = fakeTiming(0.999);
    const last = startingUp();
    const connect = jest.fn(async () => {
      throw connect.mock.calls.length < 5 ? refused() : last;
    });
    const failure = await connectWithRetry(connect, policy, timing).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DatabaseUnavailableError);
    expect((failure as DatabaseUnavailableError).cause).toBe(last);
    expect((failure as DatabaseUnavailableError).waitedMs).toBeCloseTo(3_000, 6);
    expect((failure as DatabaseUnavailableError).attempts).toBe(connect.mock.calls.length);
    // The pauses add up to the budget exactly: the last one is cut short so the last attempt starts at the deadline.
    expect(timing.sleeps.reduce((sum, ms) => sum + ms, 0)).toBeCloseTo(3_000, 6);
    expect(Math.max(...timing.sleeps)).toBeLessThanOrEqual(500);
  });

  it('counts the time attempts take (a slow refusal) against the budget', async () => {
    const timing = fakeTiming(0.5);
    const connect = jest.fn(async () => {
      timing.advance(1_400);
      throw refused();
    });
    await expect(connectWithRetry(connect, policy, timing)).rejects.toBeInstanceOf(DatabaseUnavailableError);
    expect(connect).toHaveBeenCalledTimes(3); // at 0, ~1.44 s, ~2.9 s; a fourth would start after 3 s
  });

  it('with a budget of 0 makes a single attempt', async () => {
    const timing = fakeTiming();
    const connect = attempts(refused());
    const failure = await connectWithRetry(connect, { ...policy, budgetMs: 0 }, timing).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DatabaseUnavailableError);
    expect((failure as DatabaseUnavailableError).attempts).toBe(1);
    expect(connect).toHaveBeenCalledTimes(1);
    expect(timing.sleeps).toEqual([]);
  });

  it.each([
    ['a wrong password', Object.assign(new Error('password authentication failed for user "app"'), { code: '28P01' })],
    ['a missing database', Object.assign(new Error('database "trp" does not exist'), { code: '3D000' })],
    ['a bug', new TypeError('x is not a function')],
  ])('does not retry %s: the error goes up at once, unchanged', async (_, error) => {
    const timing = fakeTiming();
    const connect = attempts(error);
    await expect(connectWithRetry(connect, policy, timing)).rejects.toBe(error);
    expect(connect).toHaveBeenCalledTimes(1);
    expect(timing.sleeps).toEqual([]);
  });

  it('waits for real when given no timing', async () => {
    const started = Date.now();
    await expect(connectWithRetry(attempts(refused()), { budgetMs: 1_000, initialDelayMs: 40, maxDelayMs: 40 })).resolves.toBe('client');
    expect(Date.now() - started).toBeGreaterThanOrEqual(15);
  });
});

describe('withoutConnectRetry', () => {
  it('sets the budget to 0 for connections acquired inside it, across awaits, and only there', async () => {
    expect(currentConnectRetry(DEFAULT_CONNECT_RETRY)).toBe(DEFAULT_CONNECT_RETRY);
    const inside = await withoutConnectRetry(async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return currentConnectRetry(DEFAULT_CONNECT_RETRY);
    });
    expect(inside).toEqual({ ...DEFAULT_CONNECT_RETRY, budgetMs: 0 });
    expect(currentConnectRetry(DEFAULT_CONNECT_RETRY).budgetMs).toBe(3_000);
  });
});
