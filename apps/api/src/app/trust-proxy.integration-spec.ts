import type { TrustProxy } from '../config/trust-proxy';
import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { seedPractice } from '../test/seed-staff';

// Requests from app.inject come from the peer 127.0.0.1. Whether X-Forwarded-For is believed decides the address
// that the per-address limits count, and that sessions and the audit log record.
describe('TRUST_PROXY: whose X-Forwarded-For is believed', () => {
  const apps: TestApp[] = [];
  afterAll(() => Promise.all(apps.map((a) => a.close())));

  async function appTrusting(trustProxy: TrustProxy): Promise<TestApp> {
    // production: as `npm start` runs it (NODE_ENV=production used to switch every proxy header on).
    const testApp = await createTestApp({ production: true, trustProxy, authRateLimit: { limit: 3, windowMs: 60_000 } });
    apps.push(testApp);
    await seedPractice(testApp.dataSource, 'riverside', { counselor: { roles: ['counselor'] } });
    return testApp;
  }

  const failedSignIn = (testApp: TestApp, forwardedFor: string) =>
    new TestClient(testApp.app).post(
      '/api/auth/login',
      { email: 'counselor@riverside.test', password: 'not the password' },
      { headers: { 'x-forwarded-for': forwardedFor } },
    );

  async function auditedAddresses(testApp: TestApp): Promise<string[]> {
    const rows: { ip: string | null }[] = await testApp.dataSource.query(
      `SELECT ip FROM audit_event WHERE action = 'auth.sign_in_failed' ORDER BY id`,
    );
    return rows.map((row) => row.ip ?? 'none');
  }

  it('by default trusts no proxy: a rotated X-Forwarded-For is ignored, limited as one address, and never recorded', async () => {
    const testApp = await appTrusting(false);
    const statuses: number[] = [];
    for (let i = 1; i <= 4; i += 1) statuses.push((await failedSignIn(testApp, `203.0.113.${i}`)).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect(new Set(await auditedAddresses(testApp))).toEqual(new Set(['127.0.0.1']));
  });

  it('ignores the header from a peer outside the trusted ranges', async () => {
    const testApp = await appTrusting(['10.0.0.0/8']);
    expect((await failedSignIn(testApp, '203.0.113.7')).status).toBe(401);
    expect(await auditedAddresses(testApp)).toEqual(['127.0.0.1']);
  });

  it('believes a trusted proxy: the forwarded client address is counted and recorded', async () => {
    const testApp = await appTrusting(['127.0.0.1']);
    const statuses: number[] = [];
    // Four clients behind the proxy, one attempt each: past the per-address limit of 3, under the account's lockout.
    for (let i = 1; i <= 4; i += 1) statuses.push((await failedSignIn(testApp, `203.0.113.${i}`)).status);
    expect(statuses).toEqual([401, 401, 401, 401]);
    expect(await auditedAddresses(testApp)).toEqual(['203.0.113.1', '203.0.113.2', '203.0.113.3', '203.0.113.4']);
  });

  it('believes the nearest hop only with a hop count of 1', async () => {
    const testApp = await appTrusting(1);
    expect((await failedSignIn(testApp, '198.51.100.1, 203.0.113.9')).status).toBe(401);
    expect(await auditedAddresses(testApp)).toEqual(['203.0.113.9']);
  });
});
