import { Clock } from '../common/clock';
import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { SeededPractice, seedPractice, signIn, TEST_PASSWORD } from '../test/seed-staff';

describe('sign-in, sessions, CSRF and lockout', () => {
  let testApp: TestApp;
  let riverside: SeededPractice;
  let clock: Clock;

  beforeAll(async () => {
    testApp = await createTestApp({ authRateLimit: { limit: 1000, windowMs: 60_000 } });
    riverside = await seedPractice(testApp.dataSource, 'riverside', {
      counselor: { roles: ['counselor'] },
      both: { roles: ['admin', 'counselor'] },
      gone: { roles: ['counselor'], status: 'deactivated' },
    });
    clock = testApp.app.get(Clock);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => testApp.close());

  const client = () => new TestClient(testApp.app);

  it('signs in with email and password, sets an httpOnly SameSite=Lax session cookie, and answers the user', async () => {
    const c = client();
    const response = await c.post('/api/auth/login', { email: 'COUNSELOR@riverside.test ', password: TEST_PASSWORD });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      id: riverside.users['counselor']?.id,
      email: 'counselor@riverside.test',
      displayName: 'Counselor riverside',
      roles: ['counselor'],
      status: 'active',
      practice: { id: riverside.practiceId, name: 'Practice riverside' },
      mfaEnabled: false,
      mfaEnrollmentRequired: false,
      sessionPolicy: { idleTimeoutMinutes: 30, absoluteTimeoutHours: 12 },
      timezone: 'UTC',
      partnerReminders: true,
      createdAt: expect.any(String),
      lastSignInAt: expect.any(String),
    });
    const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
    const session = cookies.find((line) => line.startsWith('trp_session='));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(session).toMatch(/Path=\//);
    expect(session).not.toMatch(/Secure/i);
    const xsrf = cookies.find((line) => line.startsWith('XSRF-TOKEN='));
    expect(xsrf).toBeDefined();
    expect(xsrf).not.toMatch(/HttpOnly/i);
    expect((await c.get('/api/auth/me')).status).toBe(200);
  });

  it('answers the same 401 for an unknown email and a wrong password', async () => {
    const unknown = await client().post('/api/auth/login', { email: 'nobody@riverside.test', password: TEST_PASSWORD });
    const wrong = await client().post('/api/auth/login', { email: 'both@riverside.test', password: 'not the password at all' });
    const deactivated = await client().post('/api/auth/login', { email: 'gone@riverside.test', password: TEST_PASSWORD });
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(deactivated.body).toEqual(unknown.body);
    expect(unknown.body.message).toBe('The email or password is not correct.');
  });

  it('names the failing field for bad input and refuses unknown fields (400)', async () => {
    const missing = await client().post('/api/auth/login', { email: 'both@riverside.test' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'password' })]));
    const extra = await client().post('/api/auth/login', { email: 'both@riverside.test', password: TEST_PASSWORD, admin: true });
    expect(extra.status).toBe(400);
    expect(extra.body.message).toContain('unknown field "admin"');
    const notEmail = await client().post('/api/auth/login', { email: 'not-an-email', password: TEST_PASSWORD });
    expect(notEmail.status).toBe(400);
    expect(notEmail.body.errors[0].field).toBe('email');
  });

  it('logout ends the session: the next request is 401 and the cookie is cleared', async () => {
    const c = client();
    await signIn(c, 'both@riverside.test');
    expect((await c.post('/api/auth/logout')).status).toBe(204);
    expect(c.cookies.has('trp_session')).toBe(false);
    expect((await c.get('/api/auth/me')).status).toBe(401);
  });

  it('refuses a state-changing request without the CSRF header (403), and lets it through with it', async () => {
    const c = client();
    await signIn(c, 'both@riverside.test');
    const refused = await c.post('/api/auth/logout', undefined, { withoutCsrf: true });
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({ statusCode: 403, message: 'Missing or invalid CSRF token', error: 'Forbidden' });
    const wrong = await c.post('/api/auth/logout', undefined, { withoutCsrf: true, headers: { 'x-xsrf-token': 'guess' } });
    expect(wrong.status).toBe(403);
    expect((await c.get('/api/auth/me')).status).toBe(200);
  });

  it('lets a client without any cookie sign in, but not cross-site or from another origin', async () => {
    const crossSite = await client().post('/api/auth/login', { email: 'both@riverside.test', password: TEST_PASSWORD }, { headers: { 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.status).toBe(403);
    const otherOrigin = await client().post('/api/auth/login', { email: 'both@riverside.test', password: TEST_PASSWORD }, { headers: { origin: 'https://evil.example' } });
    expect(otherOrigin.status).toBe(403);
    const sameOrigin = await client().post('/api/auth/login', { email: 'both@riverside.test', password: TEST_PASSWORD }, { headers: { origin: testApp.config.publicUrl } });
    expect(sameOrigin.status).toBe(200);
  });

  it('does not extend the no-cookie exception to authenticated routes: anonymous logout is 401', async () => {
    const c = client();
    expect((await c.post('/api/auth/logout')).status).toBe(401);
  });

  it('locks this address out of an account after 5 failures (429 with Retry-After, audited), even for the right password, and recovers after a minute', async () => {
    const email = 'counselor@riverside.test';
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await client().post('/api/auth/login', { email, password: `wrong password ${i}!` })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const locked = await client().post('/api/auth/login', { email, password: TEST_PASSWORD });
    expect(locked.status).toBe(429);
    expect(locked.body.message).toBe('Too many failed sign-in attempts. Please wait 1 minute and try again.');
    expect(locked.body.retryAfterSeconds).toBe(60);
    expect(locked.headers['retry-after']).toBe('60');

    // Other accounts are not affected. (Other addresses neither: sign-in-lockout.integration-spec.ts.)
    await signIn(client(), 'both@riverside.test');

    const later = new Date(Date.now() + 61_000);
    jest.spyOn(clock, 'now').mockReturnValue(later);
    await signIn(client(), email);

    const events: { action: string; outcome: string }[] = await testApp.dataSource.query(
      `SELECT action, outcome FROM audit_event WHERE target_id = $1 AND action IN ('auth.locked_out', 'auth.sign_in_failed') ORDER BY id`,
      [riverside.users['counselor']?.id],
    );
    expect(events.filter((e) => e.action === 'auth.locked_out')).toEqual([{ action: 'auth.locked_out', outcome: 'denied' }]);
    expect(events.filter((e) => e.action === 'auth.sign_in_failed').length).toBeGreaterThanOrEqual(6);
  });

  it('locks out unknown emails the same way, so a lockout reveals nothing', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await client().post('/api/auth/login', { email: 'ghost@riverside.test', password: `wrong password ${i}!` })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
  });

  it('ends an idle session after the practice idle timeout (30 minutes by default)', async () => {
    const c = client();
    await signIn(c, 'both@riverside.test');
    const start = Date.now();
    jest.spyOn(clock, 'now').mockReturnValue(new Date(start + 29 * 60_000));
    expect((await c.get('/api/auth/me')).status).toBe(200);
    jest.spyOn(clock, 'now').mockReturnValue(new Date(start + 58 * 60_000));
    expect((await c.get('/api/auth/me')).status).toBe(200);
    jest.spyOn(clock, 'now').mockReturnValue(new Date(start + 89 * 60_000));
    expect((await c.get('/api/auth/me')).status).toBe(401);
  });

  it('follows a shorter idle policy set by the admin (moving last_seen_at back in the database)', async () => {
    const c = client();
    await signIn(c, 'both@riverside.test');
    await testApp.dataSource.query(`UPDATE practice SET settings = settings || '{"idleTimeoutMinutes": 5}' WHERE id = $1`, [riverside.practiceId]);
    await testApp.dataSource.query(`UPDATE staff_session SET last_seen_at = now() - interval '6 minutes' WHERE user_id = $1 AND revoked_at IS NULL`, [
      riverside.users['both']?.id,
    ]);
    expect((await c.get('/api/auth/me')).status).toBe(401);
    await testApp.dataSource.query(`UPDATE practice SET settings = settings - 'idleTimeoutMinutes' WHERE id = $1`, [riverside.practiceId]);
  });

  it('ends a session at its absolute lifetime even while in use', async () => {
    const c = client();
    await signIn(c, 'both@riverside.test');
    const start = Date.now();
    for (let minute = 25; minute < 12 * 60; minute += 25) {
      jest.spyOn(clock, 'now').mockReturnValue(new Date(start + minute * 60_000));
      expect((await c.get('/api/auth/me')).status).toBe(200);
    }
    jest.spyOn(clock, 'now').mockReturnValue(new Date(start + 12 * 3_600_000 + 1_000));
    expect((await c.get('/api/auth/me')).status).toBe(401);
  });

  it('updates last_seen_at at most once a minute', async () => {
    const c = client();
    await signIn(c, 'both@riverside.test');
    const seen = async () =>
      (
        await testApp.dataSource.query(`SELECT last_seen_at FROM staff_session WHERE user_id = $1 AND revoked_at IS NULL ORDER BY created_at DESC LIMIT 1`, [
          riverside.users['both']?.id,
        ])
      )[0].last_seen_at.getTime();
    const first = await seen();
    await c.get('/api/auth/me');
    expect(await seen()).toBe(first);
    jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.now() + 61_000));
    await c.get('/api/auth/me');
    expect(await seen()).toBeGreaterThan(first);
  });

  it('stores only a sha256 of the session token', async () => {
    const c = client();
    await signIn(c, 'both@riverside.test');
    const token = c.cookies.get('trp_session') ?? '';
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(32);
    const rows = await testApp.dataSource.query(`SELECT 1 FROM staff_session WHERE token_hash = $1`, [token]);
    expect(rows).toHaveLength(0);
  });

  it('records sign-in successes and failures in the audit log with the request id and address, never the password', async () => {
    const rows: { action: string; request_id: string | null; ip: string | null; details: object }[] = await testApp.dataSource.query(
      `SELECT action, request_id, ip, details FROM audit_event WHERE action IN ('auth.sign_in', 'auth.sign_in_failed')`,
    );
    expect(rows.some((r) => r.action === 'auth.sign_in')).toBe(true);
    expect(rows.every((r) => r.request_id && r.ip)).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(TEST_PASSWORD);
    expect(JSON.stringify(rows)).not.toContain('wrong password');
  });

  it('changes the own password, ends the other sessions and keeps this one', async () => {
    const here = client();
    const elsewhere = client();
    await signIn(here, 'admin@riverside.test');
    await signIn(elsewhere, 'admin@riverside.test');
    const weak = await here.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'password1234' });
    expect(weak.status).toBe(400);
    expect(weak.body.errors).toEqual([{ field: 'newPassword', message: expect.stringMatching(/too common/) }]);
    const wrongCurrent = await here.post('/api/auth/password', { currentPassword: 'not my password at all', newPassword: 'a brand new passphrase' });
    expect(wrongCurrent.status).toBe(400);
    expect(wrongCurrent.body.errors[0].field).toBe('currentPassword');
    expect((await here.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' })).status).toBe(204);
    expect((await here.get('/api/auth/me')).status).toBe(200);
    expect((await elsewhere.get('/api/auth/me')).status).toBe(401);
    await signIn(client(), 'admin@riverside.test', 'a brand new passphrase');
    const events = await testApp.dataSource.query(`SELECT details FROM audit_event WHERE action = 'auth.password_changed'`);
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events)).not.toContain('passphrase');
  });
});
