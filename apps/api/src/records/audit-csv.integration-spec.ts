import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { SeededPractice, seedPractice, signIn } from '../test/seed-staff';

describe('GET /api/admin/audit.csv', () => {
  let testApp: TestApp;
  let practice: SeededPractice;
  let other: SeededPractice;
  let admin: TestClient;

  beforeAll(async () => {
    testApp = await createTestApp();
    practice = await seedPractice(testApp.dataSource, 'csv', { counselor: { roles: ['counselor'] } });
    other = await seedPractice(testApp.dataSource, 'csv-other', {});
    admin = new TestClient(testApp.app);
    await signIn(admin, practice.admin.email);
  });
  afterAll(() => testApp.close());

  const lines = (text: string) => text.split('\r\n').filter(Boolean);

  it('streams a header row and every event of the practice, oldest first, with formula-like cells neutralised', async () => {
    for (const [i, evil] of ['=HYPERLINK("http://evil")', '+1', '-1', '@SUM(A1)'].entries()) {
      await testApp.dataSource.query(
        `INSERT INTO audit_event (occurred_at, practice_id, actor_kind, action, outcome, target_type, target_id, details) VALUES ($1, $2, 'anonymous', 'auth.sign_in_failed', 'failure', 'user', $3, '{}')`,
        [new Date(Date.UTC(2026, 0, 1 + i)), practice.practiceId, evil],
      );
    }
    await testApp.dataSource.query(
      `INSERT INTO audit_event (occurred_at, practice_id, actor_kind, action, outcome, target_type, target_id, details) VALUES (now(), $1, 'anonymous', 'auth.sign_in_failed', 'failure', 'user', 'OTHER-PRACTICE', '{}')`,
      [other.practiceId],
    );
    const response = await admin.get('/api/admin/audit.csv?from=2026-01-01&to=2026-01-04');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="audit-\d{4}-\d{2}-\d{2}\.csv"$/);
    const rows = lines(response.text);
    expect(rows[0]).toBe('"id","occurredAt","actorKind","actorId","actorName","action","targetType","targetId","coupleId","outcome","requestId","ip","details"');
    expect(rows.slice(1).map((r) => r.split('","')[7])).toEqual([`'=HYPERLINK(""http://evil"")`, `'+1`, `'-1`, `'@SUM(A1)`]);
    expect(response.text).not.toContain('OTHER-PRACTICE');
    const [event] = await testApp.dataSource.query(`SELECT details FROM audit_event WHERE action = 'audit.viewed' AND actor_id = $1 ORDER BY id DESC LIMIT 1`, [practice.admin.id]);
    expect(event.details).toEqual({ format: 'csv', filtered: true });
  });

  it('streams a 100k-row log whole, in order, each row once', async () => {
    const big = await seedPractice(testApp.dataSource, 'csv-big', {});
    await testApp.dataSource.query(
      `INSERT INTO audit_event (occurred_at, practice_id, actor_kind, action, outcome, details)
       SELECT timestamptz '2026-03-01' + n * interval '1 second', $1, 'system', 'practice.settings_changed', 'success', jsonb_build_object('n', n)
         FROM generate_series(1, 100000) AS n`,
      [big.practiceId],
    );
    const client = new TestClient(testApp.app);
    await signIn(client, big.admin.email);
    const before = process.memoryUsage().rss;
    const response = await client.get('/api/admin/audit.csv?from=2026-03-01&to=2026-04-30');
    expect(response.status).toBe(200);
    const rows = lines(response.text);
    expect(rows).toHaveLength(100_001);
    expect(rows[1]).toContain('{""n"":1}');
    expect(rows[100_000]).toContain('{""n"":100000}');
    // Loose guard: the server read it in pages, not all at once (the client side holds the whole text).
    expect(process.memoryUsage().rss - before).toBeLessThan(400 * 1024 * 1024);
  }, 120_000);

  it('refuses bad dates with 400 naming the field', async () => {
    for (const field of ['from', 'to']) {
      const refused = await admin.get(`/api/admin/audit.csv?${field}=yesterday`);
      expect(refused.status).toBe(400);
      expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
    }
    expect((await admin.get('/api/admin/audit.csv?limit=5')).status).toBe(400);
  });

  it('is for admins only: 401 anonymous, 403 a counselor', async () => {
    expect((await new TestClient(testApp.app).get('/api/admin/audit.csv')).status).toBe(401);
    const counselor = new TestClient(testApp.app);
    await signIn(counselor, practice.users['counselor']?.email ?? '');
    expect((await counselor.get('/api/admin/audit.csv')).status).toBe(403);
  });
});
