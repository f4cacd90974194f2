import { Clock } from '../common/clock';
import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { SeededPractice, seedPractice, signIn, TEST_PASSWORD, totpCode } from '../test/seed-staff';

// A stolen session must not become a way to guess the password or the second factor: the current-password check
// of a password change and the code check of MFA disable allow 5 wrong answers per user in 15 minutes, then 429
// with Retry-After; every wrong answer and every refusal is in the audit log.
describe('limits on the secrets checked behind a session (password change, MFA disable)', () => {
  let testApp: TestApp;
  let riverside: SeededPractice;
  let now: number;

  beforeAll(async () => {
    testApp = await createTestApp({ authRateLimit: { limit: 10_000, windowMs: 60_000 } });
    riverside = await seedPractice(testApp.dataSource, 'riverside', {
      changer: { roles: ['counselor'] },
      neighbour: { roles: ['counselor'] },
      enrolled: { roles: ['counselor'] },
    });
  });
  beforeEach(() => {
    now = Date.now();
    jest.spyOn(testApp.app.get(Clock), 'now').mockImplementation(() => new Date(now));
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => testApp.close());

  async function signedIn(name: string): Promise<TestClient> {
    const c = new TestClient(testApp.app);
    await signIn(c, `${name}@riverside.test`);
    return c;
  }
  const auditOf = async (action: string, name: string): Promise<{ outcome: string; details: Record<string, unknown> }[]> =>
    testApp.dataSource.query(`SELECT outcome, details FROM audit_event WHERE action = $1 AND target_id = $2 ORDER BY id`, [action, riverside.users[name]?.id]);

  it('answers the 6th wrong current password with 429 and Retry-After, audits each one, and lets the right one through after 15 minutes', async () => {
    const c = await signedIn('changer');
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      statuses.push((await c.post('/api/auth/password', { currentPassword: `a wrong guess number ${i}`, newPassword: 'a brand new passphrase' })).status);
    }
    expect(statuses).toEqual([400, 400, 400, 400, 400]);
    const sixth = await c.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' });
    expect(sixth.status).toBe(429);
    expect(sixth.headers['retry-after']).toBe('900');
    expect(sixth.body).toMatchObject({
      statusCode: 429,
      error: 'Too Many Requests',
      code: 'auth.tooManyAttempts',
      message: 'Too many wrong attempts at your current password. Please wait 15 minutes and try again.',
      retryAfterSeconds: 900,
    });

    const events = await auditOf('auth.password_change_failed', 'changer');
    expect(events.map((e) => e.outcome)).toEqual(['failure', 'failure', 'failure', 'failure', 'failure', 'denied']);
    expect(events[4]?.details).toMatchObject({ reason: 'wrong_current_password', lockedUntil: expect.any(String) });
    expect(JSON.stringify(events)).not.toContain('wrong guess');
    expect(await auditOf('auth.password_changed', 'changer')).toHaveLength(0);

    // Another user's check is not affected.
    const neighbour = await signedIn('neighbour');
    expect((await neighbour.post('/api/auth/password', { currentPassword: 'not mine at all', newPassword: 'a brand new passphrase' })).status).toBe(400);

    now += 15 * 60_000;
    expect((await c.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' })).status).toBe(204);
    expect(await auditOf('auth.password_changed', 'changer')).toHaveLength(1);
    // Success forgets the failures: the next wrong answer is a plain 400 again.
    expect((await c.post('/api/auth/password', { currentPassword: 'a wrong guess again', newPassword: 'another new passphrase' })).status).toBe(400);
  });

  it('answers the 6th wrong code of MFA disable with 429 and Retry-After, audits each one, and lets a right one through after 15 minutes', async () => {
    const c = await signedIn('enrolled');
    const setup = await c.post('/api/auth/mfa/setup');
    const enabled = await c.post('/api/auth/mfa/enable', { code: totpCode(setup.body.secret, new Date(now)) });
    expect(enabled.status).toBe(200);
    const recoveryCodes: string[] = enabled.body.recoveryCodes;

    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await c.post('/api/auth/mfa/disable', { code: `00000${i}` })).status);
    expect(statuses).toEqual([400, 400, 400, 400, 400]);
    const sixth = await c.post('/api/auth/mfa/disable', { code: recoveryCodes[0] });
    expect(sixth.status).toBe(429);
    expect(sixth.headers['retry-after']).toBe('900');
    expect(sixth.body.message).toBe('Too many wrong attempts at your code. Please wait 15 minutes and try again.');
    expect((await c.get('/api/auth/me')).body.mfaEnabled).toBe(true);

    const events = await auditOf('mfa.disable_failed', 'enrolled');
    expect(events.map((e) => e.outcome)).toEqual(['failure', 'failure', 'failure', 'failure', 'failure', 'denied']);
    expect(events[0]?.details).toEqual({ reason: 'wrong_code' });
    expect(JSON.stringify(events)).not.toContain('00000');

    now += 15 * 60_000;
    expect((await c.post('/api/auth/mfa/disable', { code: recoveryCodes[0] })).status).toBe(204);
    expect(await auditOf('mfa.disabled', 'enrolled')).toHaveLength(1);
  });
});
