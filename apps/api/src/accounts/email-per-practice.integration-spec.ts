import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { SeededPractice, seedPractice, signIn, TEST_PASSWORD } from '../test/seed-staff';

/**
 * Cross-practice enumeration and squatting (issue 13): inviting an email answers the same whatever other practices
 * hold, and the same email may have one account per practice. Sign-in picks the account whose password matches.
 */
describe('staff emails are per practice', () => {
  let testApp: TestApp;
  let riverside: SeededPractice;
  let harbour: SeededPractice;
  const riversideAdmin = () => new TestClient(testApp.app);
  let rAdmin: TestClient;
  let hAdmin: TestClient;

  beforeAll(async () => {
    testApp = await createTestApp({ authRateLimit: { limit: 1000, windowMs: 60_000 } });
    riverside = await seedPractice(testApp.dataSource, 'riverside', { taken: { roles: ['counselor'] } });
    harbour = await seedPractice(testApp.dataSource, 'harbour');
    rAdmin = riversideAdmin();
    hAdmin = riversideAdmin();
    await signIn(rAdmin, riverside.admin.email);
    await signIn(hAdmin, harbour.admin.email);
  });
  afterAll(() => testApp.close());

  const shape = (body: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(body).map(([key, value]) => [key, key === 'email' ? '<email>' : typeof value === 'string' && /^[0-9a-f-]{36}$/.test(value) ? '<id>' : typeof value]));

  it('inviting an email that has an account in another practice answers exactly like inviting a fresh one', async () => {
    const fresh = await hAdmin.post('/api/admin/invitations', { email: 'nobody-yet@example.org', roles: ['counselor'] });
    const elsewhere = await hAdmin.post('/api/admin/invitations', { email: 'TAKEN@riverside.test', roles: ['counselor'] });
    expect(fresh.status).toBe(201);
    expect(elsewhere.status).toBe(201);
    expect(shape(elsewhere.body)).toEqual(shape(fresh.body));
    expect(Object.keys(elsewhere.headers).sort()).toEqual(Object.keys(fresh.headers).sort());
    // An account of the own practice is still a 409 (the admin sees it in their list anyway).
    const own = await rAdmin.post('/api/admin/invitations', { email: 'taken@riverside.test', roles: ['counselor'] });
    expect(own.status).toBe(409);
    expect(own.body.message).toMatch(/in your practice/);
  });

  it('cannot be blocked by another practice: both practices hold the email, each account signs in with its own password', async () => {
    // Riverside invites first (and the invitee is still pending there); Harbour's invitation is not blocked by it.
    const inRiverside = await rAdmin.post('/api/admin/invitations', { email: 'sam@example.org', roles: ['counselor'] });
    const inHarbour = await hAdmin.post('/api/admin/invitations', { email: 'sam@example.org', roles: ['counselor'] });
    expect([inRiverside.status, inHarbour.status]).toEqual([201, 201]);
    const accept = (url: string, password: string) =>
      new TestClient(testApp.app).post(`/api/auth/invitations/${url.split('/').pop()}/accept`, { displayName: 'Sam', password });
    expect((await accept(inRiverside.body.inviteUrl, 'riverside long passphrase')).status).toBe(200);
    expect((await accept(inHarbour.body.inviteUrl, 'harbour long passphrase')).status).toBe(200);
    const rows: { practice_id: string }[] = await testApp.dataSource.query(`SELECT practice_id FROM user_account WHERE email = 'sam@example.org' ORDER BY created_at`);
    expect(rows.map((r) => r.practice_id)).toEqual([riverside.practiceId, harbour.practiceId]);

    const toRiverside = await new TestClient(testApp.app).post('/api/auth/login', { email: 'sam@example.org', password: 'riverside long passphrase' });
    expect(toRiverside.status).toBe(200);
    expect(toRiverside.body.practice.id).toBe(riverside.practiceId);
    const toHarbour = await new TestClient(testApp.app).post('/api/auth/login', { email: 'Sam@Example.org', password: 'harbour long passphrase' });
    expect(toHarbour.status).toBe(200);
    expect(toHarbour.body.practice.id).toBe(harbour.practiceId);
    const wrong = await new TestClient(testApp.app).post('/api/auth/login', { email: 'sam@example.org', password: 'neither of the two' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.message).toBe('The email or password is not correct.');
  });

  it('with the same password at two practices, sign-in asks for the practice (409) and then signs in to the chosen one', async () => {
    const a = await rAdmin.post('/api/admin/invitations', { email: 'kim@example.org', roles: ['counselor'] });
    const b = await hAdmin.post('/api/admin/invitations', { email: 'kim@example.org', roles: ['counselor'] });
    for (const invitation of [a, b]) {
      const accepted = await new TestClient(testApp.app).post(`/api/auth/invitations/${invitation.body.inviteUrl.split('/').pop()}/accept`, { displayName: 'Kim', password: TEST_PASSWORD });
      expect(accepted.status).toBe(200);
    }
    const ask = await new TestClient(testApp.app).post('/api/auth/login', { email: 'kim@example.org', password: TEST_PASSWORD });
    expect(ask.status).toBe(409);
    expect(ask.body).toMatchObject({ statusCode: 409, error: 'Conflict', code: 'auth.choosePractice' });
    expect([...ask.body.practices].sort((x: { name: string }, y: { name: string }) => x.name.localeCompare(y.name))).toEqual([
      { id: harbour.practiceId, name: 'Practice harbour' },
      { id: riverside.practiceId, name: 'Practice riverside' },
    ]);
    const chosen = await new TestClient(testApp.app).post('/api/auth/login', { email: 'kim@example.org', password: TEST_PASSWORD, practiceId: harbour.practiceId });
    expect(chosen.status).toBe(200);
    expect(chosen.body.practice.id).toBe(harbour.practiceId);
    // A wrong password never reveals the practices.
    const wrong = await new TestClient(testApp.app).post('/api/auth/login', { email: 'kim@example.org', password: 'not the password at all' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.practices).toBeUndefined();
  });

  it('a self-service password reset mails each practice’s account, with the same answer as for an unknown email', async () => {
    const known = await new TestClient(testApp.app).post('/api/auth/password-reset', { email: 'sam@example.org' });
    const unknown = await new TestClient(testApp.app).post('/api/auth/password-reset', { email: 'no-such-person@example.org' });
    expect(known.status).toBe(202);
    expect(known.body).toEqual(unknown.body);
    const [{ count }] = await testApp.dataSource.query(
      `SELECT count(*)::int FROM password_reset r JOIN user_account u ON u.id = r.user_id WHERE u.email = 'sam@example.org'`,
    );
    expect(count).toBe(2);
  });
});
