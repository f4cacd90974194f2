import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { SeededPractice, seedPractice, signIn } from '../test/seed-staff';

// Reads and attempts the log used to miss (issue 13): role denials, unknown invite tokens, reading the log itself.
describe('audit: denials, unknown links and reading the log are recorded', () => {
  let testApp: TestApp;
  let practice: SeededPractice;

  beforeAll(async () => {
    testApp = await createTestApp({ authRateLimit: { limit: 1000, windowMs: 60_000 } });
    practice = await seedPractice(testApp.dataSource, 'gaps', { counselor: { roles: ['counselor'] } });
  });
  afterAll(() => testApp.close());

  const events = (action: string): Promise<{ practice_id: string | null; actor_id: string | null; outcome: string; details: Record<string, unknown> }[]> =>
    testApp.dataSource.query(`SELECT practice_id, actor_id, outcome, details FROM audit_event WHERE action = $1 ORDER BY id`, [action]);

  it('records a counselor trying an admin route as access.denied in their practice', async () => {
    const counselor = new TestClient(testApp.app);
    await signIn(counselor, practice.users['counselor']?.email ?? '');
    expect((await counselor.get('/api/admin/users')).status).toBe(403);
    expect(await events('access.denied')).toEqual([
      { practice_id: practice.practiceId, actor_id: practice.users['counselor']?.id, outcome: 'denied', details: { method: 'GET', route: '/api/admin/users' } },
    ]);
  });

  it('records an unknown invite token, with no practice and nothing of the token', async () => {
    const response = await new TestClient(testApp.app).post('/api/portal/session', { token: 'never-issued-token-value' });
    expect(response.status).toBe(401);
    const unknown = await events('invite_link.unknown');
    expect(unknown).toEqual([{ practice_id: null, actor_id: null, outcome: 'denied', details: {} }]);
    expect(JSON.stringify(unknown)).not.toContain('never-issued');
  });

  it('records each read of the audit log by an admin, after the read', async () => {
    const admin = new TestClient(testApp.app);
    await signIn(admin, practice.admin.email);
    const first = await admin.get('/api/admin/audit');
    expect(first.status).toBe(200);
    expect(first.body.items.map((e: { action: string }) => e.action)).not.toContain('audit.viewed');
    const second = await admin.get('/api/admin/audit?action=auth.sign_in');
    expect(second.status).toBe(200);
    expect(await events('audit.viewed')).toEqual([
      { practice_id: practice.practiceId, actor_id: practice.admin.id, outcome: 'success', details: { filtered: false, nextPage: false } },
      { practice_id: practice.practiceId, actor_id: practice.admin.id, outcome: 'success', details: { filtered: true, nextPage: false } },
    ]);
    expect((await admin.get('/api/admin/audit')).body.items[0].action).toBe('audit.viewed');
  });
});
