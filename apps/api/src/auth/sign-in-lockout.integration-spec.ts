import { Clock } from '../common/clock';
import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient, TestResponse } from '../test/http-client';
import { seedPractice, TEST_PASSWORD } from '../test/seed-staff';
import { SignInLockoutService } from './sign-in-lockout.service';

// The lockout policy (issue 13): failures are counted per (account, address), per account from all addresses,
// and per address across accounts. A stranger failing from one address locks only that address out of the
// account; the owner elsewhere still gets in. Addresses are simulated with X-Forwarded-For from a trusted proxy.
describe('sign-in lockout per (account, address) and per account, with growing delays', () => {
  let testApp: TestApp;
  let now: number;

  beforeAll(async () => {
    testApp = await createTestApp({ trustProxy: ['127.0.0.1'], authRateLimit: { limit: 10_000, windowMs: 60_000 } });
    await seedPractice(testApp.dataSource, 'riverside', {
      owner: { roles: ['counselor'] },
      target: { roles: ['counselor'] },
      sprayed: { roles: ['counselor'] },
      reset: { roles: ['counselor'] },
    });
  });
  beforeEach(() => {
    now = Date.now();
    jest.spyOn(testApp.app.get(Clock), 'now').mockImplementation(() => new Date(now));
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => testApp.close());

  const advance = (ms: number) => {
    now += ms;
  };
  const login = (email: string, address: string, password = TEST_PASSWORD): Promise<TestResponse> =>
    new TestClient(testApp.app).post('/api/auth/login', { email, password }, { headers: { 'x-forwarded-for': address } });
  const wrong = (email: string, address: string) => login(email, address, 'not the password at all');
  const retryAfter = (response: TestResponse) => Number(response.headers['retry-after']);

  async function failTimes(email: string, address: string, times: number): Promise<number[]> {
    const statuses: number[] = [];
    for (let i = 0; i < times; i += 1) statuses.push((await wrong(email, address)).status);
    return statuses;
  }

  it('locks only the failing address out of the account: the owner signs in from another address meanwhile', async () => {
    const email = 'owner@riverside.test';
    expect(await failTimes(email, '203.0.113.1', 5)).toEqual([401, 401, 401, 401, 401]);

    // Address A is locked out of this account, even with the right password: 429, Retry-After about a minute.
    const locked = await login(email, '203.0.113.1');
    expect(locked.status).toBe(429);
    expect(locked.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests', message: 'Too many failed sign-in attempts. Please wait 1 minute and try again.' });
    expect(retryAfter(locked)).toBe(60);
    expect(locked.body.retryAfterSeconds).toBe(60);

    // The owner, from address B, gets in.
    expect((await login(email, '198.51.100.7')).status).toBe(200);
    // A is still locked (the owner's success forgets B's failures and the account's, not A's).
    expect((await login(email, '203.0.113.1')).status).toBe(429);

    const audit: { details: { scope: string[] } }[] = await testApp.dataSource.query(
      `SELECT details FROM audit_event WHERE action = 'auth.locked_out' AND target_id = (SELECT id::text FROM user_account WHERE email = $1)`,
      [email],
    );
    expect(audit.map((e) => e.details.scope)).toEqual([['account_from_address']]);
  });

  it("grows the failing pair's lock: 1, 2, 4 … minutes", async () => {
    const email = 'target@riverside.test';
    const address = '203.0.113.2';
    await failTimes(email, address, 5);
    expect(retryAfter(await wrong(email, address))).toBe(60);
    for (const minutes of [2, 4, 8, 15, 15]) {
      advance(retryAfter(await wrong(email, address)) * 1000);
      expect((await wrong(email, address)).status).toBe(401); // counted: the lock had ended
      const refused = await login(email, address);
      expect(refused.status).toBe(429);
      expect(retryAfter(refused)).toBe(minutes * 60);
    }
    // The same answer for an unknown email: a lockout reveals nothing.
    await failTimes('nobody@riverside.test', address, 5);
    const unknown = await wrong('nobody@riverside.test', address);
    expect(unknown.status).toBe(429);
    expect(unknown.body.message).toBe('Too many failed sign-in attempts. Please wait 1 minute and try again.');
  });

  it('slows the account briefly from 20 failures from many addresses on, but never locks out the right password from a clean address', async () => {
    const email = 'sprayed@riverside.test';
    // 20 failures from 5 addresses, 4 each: no pair reaches its lock.
    for (let a = 1; a <= 5; a += 1) expect(await failTimes(email, `192.0.2.${a}`, 4)).toEqual([401, 401, 401, 401]);

    // The account is held back 2 seconds, from every address, the owner's clean one too.
    const slowed = await login(email, '198.51.100.50');
    expect(slowed.status).toBe(429);
    expect(retryAfter(slowed)).toBe(2);
    expect(slowed.body.message).toBe('Too many failed sign-in attempts. Please wait 2 seconds and try again.');

    // Each further failure (once the delay is over) doubles it, up to 30 seconds: never a long lock.
    let wait = retryAfter(slowed);
    for (const [i, expected] of [4, 8, 16, 30, 30].entries()) {
      advance(wait * 1000);
      expect((await wrong(email, `192.0.2.${20 + i}`)).status).toBe(401);
      const held = await login(email, '198.51.100.50');
      expect(held.status).toBe(429);
      wait = retryAfter(held);
      expect(wait).toBe(expected);
    }

    // After the short wait the owner's right password gets in from a clean address.
    advance(wait * 1000);
    expect((await login(email, '198.51.100.50')).status).toBe(200);
    // The success cleared the account-wide count: another clean address is not slowed now.
    expect((await wrong(email, '198.51.100.51')).status).toBe(401);
    const rows: { subject: string }[] = await testApp.dataSource.query(`SELECT subject FROM sign_in_lockout WHERE subject = $1`, [`email:${email}`]);
    expect(rows).toEqual([{ subject: `email:${email}` }]); // only the new failure
    const count: { failure_count: number }[] = await testApp.dataSource.query(`SELECT failure_count FROM sign_in_lockout WHERE subject = $1`, [`email:${email}`]);
    expect(count[0]?.failure_count).toBe(1);
  });

  it('clears the pair on success and every pair of the account on password reset', async () => {
    const email = 'reset@riverside.test';
    await failTimes(email, '203.0.113.3', 4);
    expect((await login(email, '203.0.113.3')).status).toBe(200); // 4 failures, then the right password: forgotten
    expect(await failTimes(email, '203.0.113.3', 4)).toEqual([401, 401, 401, 401]);
    expect((await login(email, '203.0.113.3')).status).toBe(200);

    await failTimes(email, '203.0.113.4', 5);
    expect((await login(email, '203.0.113.4')).status).toBe(429);
    // What a password reset calls (the route itself: password-reset.integration-spec.ts): every address's failures go.
    await testApp.app.get(SignInLockoutService).clearAccount(email);
    expect((await login(email, '203.0.113.4')).status).toBe(200);
  });

  it('keeps the limit against spraying: one address failing on many accounts is locked after 50 failures', async () => {
    const address = '203.0.113.99';
    const statuses: number[] = [];
    for (let i = 0; i < 50; i += 1) statuses.push((await wrong(`spray-${i}@riverside.test`, address)).status);
    expect(statuses.every((s) => s === 401)).toBe(true);
    const locked = await login('owner@riverside.test', address);
    expect(locked.status).toBe(429);
    expect(retryAfter(locked)).toBe(15 * 60);
  });
});
