import { Clock } from '../common/clock';
import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { seedPractice } from '../test/seed-staff';

const LIMIT = 6;

// The per-address limits of the unauthenticated routes are counted in PostgreSQL (table rate_limit), so two
// instances behind one balancer allow the limit once, not twice.
describe('per-address rate limit shared by instances (PostgreSQL)', () => {
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    const settings = { trustProxy: ['127.0.0.1'], authRateLimit: { limit: LIMIT, windowMs: 60_000 } };
    first = await createTestApp(settings);
    second = await createTestApp(settings, { sharedDatabase: first.database });
    await seedPractice(first.dataSource, 'riverside', { counselor: { roles: ['counselor'] } });
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  // Unknown emails, so the account lockout never answers first: only the rate limit can give 429.
  const attempt = (testApp: TestApp, address: string, i: number) =>
    new TestClient(testApp.app).post(
      '/api/auth/login',
      { email: `nobody-${i}@riverside.test`, password: 'not the password' },
      { headers: { 'x-forwarded-for': address } },
    );

  it('counts N/2 attempts on each instance against one limit: the (limit+1)th overall is 429 with Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT; i += 1) statuses.push((await attempt(i % 2 === 0 ? first : second, '198.51.100.10', i)).status);
    expect(statuses).toEqual(Array(LIMIT).fill(401));
    const blockedOnFirst = await attempt(first, '198.51.100.10', 100);
    const blockedOnSecond = await attempt(second, '198.51.100.10', 101);
    for (const blocked of [blockedOnFirst, blockedOnSecond]) {
      expect(blocked.status).toBe(429);
      expect(blocked.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests', message: expect.stringMatching(/Too many requests from this address/) });
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(50);
      expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(60);
    }
    // Another address is not affected, on either instance.
    expect((await attempt(second, '198.51.100.11', 200)).status).toBe(401);
  });

  it('counts concurrent requests exactly (one atomic statement per hit)', async () => {
    const responses = await Promise.all(
      Array.from({ length: LIMIT * 2 }, (_, i) => attempt(i % 2 === 0 ? first : second, '198.51.100.20', 300 + i)),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(LIMIT);
    expect(statuses.filter((s) => s === 429)).toHaveLength(LIMIT);
  });

  it('ends the block after its duration (the Clock), on both instances, and forgets expired rows', async () => {
    const address = '198.51.100.30';
    for (let i = 0; i <= LIMIT; i += 1) await attempt(i % 2 === 0 ? first : second, address, 400 + i);
    expect((await attempt(first, address, 500)).status).toBe(429);
    const later = new Date(Date.now() + 61_000);
    for (const testApp of [first, second]) jest.spyOn(testApp.app.get(Clock), 'now').mockReturnValue(later);
    expect((await attempt(second, address, 501)).status).toBe(401);
    expect((await attempt(first, address, 502)).status).toBe(401);

    // Much later every earlier row has expired; the next hit's sweep deletes them.
    const muchLater = new Date(Date.now() + 10 * 60_000);
    for (const testApp of [first, second]) jest.spyOn(testApp.app.get(Clock), 'now').mockReturnValue(muchLater);
    await attempt(first, '198.51.100.40', 600);
    const rows: { expired: number }[] = await first.dataSource.query(`SELECT count(*)::int AS expired FROM rate_limit WHERE expires_at < $1`, [muchLater]);
    expect(rows[0]?.expired).toBe(0);
  });
});
