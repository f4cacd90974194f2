import { Clock } from '../common/clock';
import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { SeededPractice, seedPractice, signIn, TEST_PASSWORD, totpCode } from '../test/seed-staff';

describe('MFA (TOTP)', () => {
  let testApp: TestApp;
  let riverside: SeededPractice;
  let clock: Clock;
  let admin: TestClient;
  const client = () => new TestClient(testApp.app);
  const login = (c: TestClient, email: string, totp?: string) => c.post('/api/auth/login', { email, password: TEST_PASSWORD, ...(totp !== undefined && { totp }) });

  beforeAll(async () => {
    testApp = await createTestApp({ authRateLimit: { limit: 1000, windowMs: 60_000 } });
    clock = testApp.app.get(Clock);
    riverside = await seedPractice(testApp.dataSource, 'riverside', { counselor: { roles: ['counselor'] }, other: { roles: ['counselor'] } });
    admin = client();
    await signIn(admin, 'admin@riverside.test');
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => testApp.close());

  async function enrol(c: TestClient): Promise<{ secret: string; recoveryCodes: string[] }> {
    const setup = await c.post('/api/auth/mfa/setup');
    expect(setup.status).toBe(200);
    const enabled = await c.post('/api/auth/mfa/enable', { code: totpCode(setup.body.secret) });
    expect(enabled.status).toBe(200);
    return { secret: setup.body.secret, recoveryCodes: enabled.body.recoveryCodes };
  }

  it('enrols with a QR code, is not on until a code confirms it, stores the secret encrypted, and answers 10 recovery codes', async () => {
    const c = client();
    await signIn(c, 'counselor@riverside.test');
    const setup = await c.post('/api/auth/mfa/setup');
    expect(setup.body).toEqual({
      secret: expect.stringMatching(/^[A-Z2-7]{32}$/),
      otpauthUrl: expect.stringMatching(/^otpauth:\/\/totp\/Trust%20Repair%20Practice:counselor%40riverside\.test\?secret=[A-Z2-7]+&issuer=Trust%20Repair%20Practice/),
      qrCodeDataUrl: expect.stringMatching(/^data:image\/png;base64,/),
    });
    expect((await c.get('/api/auth/me')).body.mfaEnabled).toBe(false);
    expect((await login(client(), 'counselor@riverside.test')).status).toBe(200);

    const wrong = await c.post('/api/auth/mfa/enable', { code: '000000' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].field).toBe('code');

    const enabled = await c.post('/api/auth/mfa/enable', { code: totpCode(setup.body.secret) });
    expect(enabled.status).toBe(200);
    expect(enabled.body.recoveryCodes).toHaveLength(10);
    expect((await c.get('/api/auth/me')).body.mfaEnabled).toBe(true);
    expect((await c.post('/api/auth/mfa/setup')).status).toBe(409);

    const [row] = await testApp.dataSource.query(`SELECT totp_secret_encrypted FROM user_account WHERE id = $1`, [riverside.users['counselor']?.id]);
    expect(row.totp_secret_encrypted).toMatch(/^v1\./);
    expect(row.totp_secret_encrypted).not.toContain(setup.body.secret);
    const codes = await testApp.dataSource.query(`SELECT code_hash FROM mfa_recovery_code WHERE user_id = $1`, [riverside.users['counselor']?.id]);
    expect(codes).toHaveLength(10);
    expect(JSON.stringify(codes)).not.toContain(enabled.body.recoveryCodes[0]);
  });

  it('asks for the code at sign-in (401 mfaRequired), accepts a valid code once, and a recovery code only once', async () => {
    const c = client();
    await signIn(c, 'other@riverside.test');
    const { secret, recoveryCodes } = await enrol(c);

    const noCode = await login(client(), 'other@riverside.test');
    expect(noCode.status).toBe(401);
    expect(noCode.body).toMatchObject({ statusCode: 401, mfaRequired: true });
    const wrongPasswordNoCode = await client().post('/api/auth/login', { email: 'other@riverside.test', password: 'not the password at all' });
    expect(wrongPasswordNoCode.body.mfaRequired).toBeUndefined();
    const badCode = await login(client(), 'other@riverside.test', '123456');
    expect(badCode.status).toBe(401);
    expect(badCode.body.mfaRequired).toBe(true);

    const later = new Date(Date.now() + 90_000);
    jest.spyOn(clock, 'now').mockReturnValue(later);
    const code = totpCode(secret, later);
    expect((await login(client(), 'other@riverside.test', code)).status).toBe(200);
    expect((await login(client(), 'other@riverside.test', code)).status).toBe(401); // never the same code twice
    jest.restoreAllMocks();

    const recovery = recoveryCodes[0] ?? '';
    expect((await login(client(), 'other@riverside.test', recovery.toLowerCase())).status).toBe(200);
    expect((await login(client(), 'other@riverside.test', recovery)).status).toBe(401);
    const used = await testApp.dataSource.query(`SELECT details FROM audit_event WHERE action = 'mfa.recovery_code_used'`);
    expect(used).toEqual([{ details: { remaining: 9 } }]);
    expect(JSON.stringify(await testApp.dataSource.query(`SELECT details FROM audit_event`))).not.toContain(recovery);
  });

  it('disables with a code, after which the password alone signs in', async () => {
    const solo = await seedPractice(testApp.dataSource, 'solo-mfa', {});
    const s = client();
    await signIn(s, solo.admin.email);
    const { recoveryCodes } = await enrol(s);
    expect((await s.post('/api/auth/mfa/disable', { code: '999999' })).status).toBe(400);
    expect((await s.post('/api/auth/mfa/disable', { code: recoveryCodes[3] })).status).toBe(204);
    expect((await s.post('/api/auth/mfa/disable', { code: recoveryCodes[4] })).status).toBe(409);
    expect((await login(client(), solo.admin.email)).status).toBe(200);
  });

  it('an admin reset clears MFA and ends the user’s sessions (404 for another practice’s admin)', async () => {
    const foreign = await seedPractice(testApp.dataSource, 'harbour-mfa', {});
    const foreignAdmin = client();
    await signIn(foreignAdmin, foreign.admin.email);
    expect((await foreignAdmin.post(`/api/admin/users/${riverside.users['counselor']?.id}/reset-mfa`)).status).toBe(404);

    const session = client();
    const [row] = await testApp.dataSource.query(`SELECT 1 FROM user_account WHERE id = $1 AND mfa_enabled_at IS NOT NULL`, [riverside.users['counselor']?.id]);
    expect(row).toBeDefined();
    expect((await login(client(), 'counselor@riverside.test')).body.mfaRequired).toBe(true);
    expect((await admin.post(`/api/admin/users/${riverside.users['counselor']?.id}/reset-mfa`)).status).toBe(204);
    await signIn(session, 'counselor@riverside.test');
    expect((await session.get('/api/auth/me')).body.mfaEnabled).toBe(false);
    expect((await admin.post(`/api/admin/users/${riverside.users['counselor']?.id}/reset-mfa`)).status).toBe(204);
    expect((await session.get('/api/auth/me')).status).toBe(401);
    expect(await testApp.dataSource.query(`SELECT 1 FROM mfa_recovery_code WHERE user_id = $1`, [riverside.users['counselor']?.id])).toHaveLength(0);
  });

  it('a practice that requires MFA lets an unenrolled user reach only their own account pages until they enrol', async () => {
    expect((await admin.patch('/api/admin/practice', { mfaRequired: true })).status).toBe(200);
    const c = client();
    const signedIn = await signIn(c, 'admin@riverside.test');
    expect(signedIn.body.mfaEnrollmentRequired).toBe(true);
    expect((await c.get('/api/auth/me')).body.mfaEnrollmentRequired).toBe(true);
    const blocked = await c.get('/api/admin/users');
    expect(blocked.status).toBe(403);
    expect(blocked.body).toMatchObject({ statusCode: 403, mfaEnrollmentRequired: true });
    expect((await c.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'another long phrase' })).status).toBe(403);

    await enrol(c);
    expect((await c.get('/api/auth/me')).body.mfaEnrollmentRequired).toBe(false);
    expect((await c.get('/api/admin/users')).status).toBe(200);
    expect((await c.patch('/api/admin/practice', { mfaRequired: false })).status).toBe(200);
    expect((await c.post('/api/auth/logout')).status).toBe(204);
  });

  it('uses a key generated once and kept in app_secret when MFA_ENCRYPTION_KEY is unset', async () => {
    const rows = await testApp.dataSource.query(`SELECT name, length(value) AS length FROM app_secret`);
    expect(rows).toEqual([{ name: 'mfa_encryption_key', length: 44 }]);
  });
});

describe('MFA with MFA_ENCRYPTION_KEY', () => {
  it('uses the configured key and stores none in the database', async () => {
    const testApp = await createTestApp({ mfaEncryptionKey: Buffer.alloc(32, 9) });
    try {
      await seedPractice(testApp.dataSource, 'keyed', {});
      const c = new TestClient(testApp.app);
      await signIn(c, 'admin@keyed.test');
      const setup = await c.post('/api/auth/mfa/setup');
      expect((await c.post('/api/auth/mfa/enable', { code: totpCode(setup.body.secret) })).status).toBe(200);
      expect(await testApp.dataSource.query(`SELECT 1 FROM app_secret`)).toHaveLength(0);
    } finally {
      await testApp.close();
    }
  });
});
