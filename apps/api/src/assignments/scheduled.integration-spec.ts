import { Clock } from '../common/clock';
import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { SeededPractice, seedPractice, signIn } from '../test/seed-staff';
import { openLink, SeededCouple, seedCouple } from '../portal/testing/seed-portal';

/** Scheduled assignments (`opensAt`): partners see nothing of one before it opens, on every portal route. */
describe('scheduled assignments (opensAt)', () => {
  let testApp: TestApp;
  let clock: Clock;
  let practice: SeededPractice;
  let counselor: TestClient;
  let couple: SeededCouple;
  let alex: TestClient;
  let sam: TestClient;
  const now = new Date(Math.floor(Date.now() / 60_000) * 60_000);
  const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000).toISOString();

  beforeAll(async () => {
    testApp = await createTestApp({ authRateLimit: { limit: 1000, windowMs: 60_000 } });
    clock = testApp.app.get(Clock);
    practice = await seedPractice(testApp.dataSource, 'scheduled', { counselor: { roles: ['counselor'] } });
    counselor = new TestClient(testApp.app);
    await signIn(counselor, practice.users['counselor']?.email ?? '');
    couple = await seedCouple(testApp.dataSource, { practiceId: practice.practiceId, counselorId: practice.users['counselor']?.id ?? '' });
    alex = new TestClient(testApp.app);
    sam = new TestClient(testApp.app);
    await openLink(alex, couple.partners[0]);
    await openLink(sam, couple.partners[1]);
    await alex.get('/api/portal/me');
    await sam.get('/api/portal/me');
  });
  beforeEach(() => jest.spyOn(clock, 'now').mockReturnValue(now));
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => testApp.close());

  const routes = (id: string) =>
    [
      ['GET', `/api/portal/assignments/${id}`, undefined],
      ['PUT', `/api/portal/assignments/${id}/draft`, { answers: { whatHappened: 'x' }, version: 0 }],
      ['POST', `/api/portal/assignments/${id}/submit`, { answers: { safetyCheck: 'yes' } }],
    ] as const;
  const listed = async (c: TestClient) => ((await c.get('/api/portal/assignments')).body.items as { id: string }[]).map((i) => i.id);

  it('hides an assignment from both partners on every portal route until it opens, then shows it', async () => {
    const created = await counselor.post(`/api/couples/${couple.coupleId}/assignments`, { exerciseKey: 'acknowledge-the-breach', opensAt: at(10), dueAt: at(3 * 24 * 60) });
    expect(created.status).toBe(201);
    expect(created.body.opensAt).toBe(at(10));
    // The counselor sees it at once, with when it opens.
    expect((await counselor.get(`/api/assignments/${created.body.id}`)).body.opensAt).toBe(at(10));
    const listForCounselor = await counselor.get(`/api/couples/${couple.coupleId}/assignments`);
    expect(listForCounselor.body.items.map((a: { id: string }) => a.id)).toContain(created.body.id);

    for (const partner of [alex, sam]) {
      expect(await listed(partner)).not.toContain(created.body.id);
      for (const [method, url, body] of routes(created.body.id)) {
        const response = await partner.request(method, url, body);
        expect(`${method} ${url} → ${response.status}`).toBe(`${method} ${url} → 404`);
        expect(response.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
      }
    }
    expect((await testApp.dataSource.query(`SELECT count(*)::int AS n FROM response WHERE assignment_id = $1`, [created.body.id]))[0].n).toBe(0);

    // A second before: still hidden. At the minute: open to both.
    jest.spyOn(clock, 'now').mockReturnValue(new Date(new Date(at(10)).getTime() - 1000));
    expect(await listed(alex)).not.toContain(created.body.id);
    jest.spyOn(clock, 'now').mockReturnValue(new Date(at(10)));
    for (const partner of [alex, sam]) {
      expect(await listed(partner)).toContain(created.body.id);
      expect((await partner.get(`/api/portal/assignments/${created.body.id}`)).status).toBe(200);
    }
    expect((await alex.put(`/api/portal/assignments/${created.body.id}/draft`, { answers: { whatHappened: 'x' }, version: 0 })).status).toBe(200);
  });

  it('opens at once without opensAt, and does not count an unopened assignment as overdue', async () => {
    const plain = await counselor.post(`/api/couples/${couple.coupleId}/assignments`, { exerciseKey: 'set-boundaries' });
    expect(plain.body.opensAt).toBe(now.toISOString());
    expect(await listed(alex)).toContain(plain.body.id);
    const later = await counselor.post(`/api/couples/${couple.coupleId}/assignments`, { exerciseKey: 'set-boundaries', opensAt: at(7 * 24 * 60), dueAt: at(8 * 24 * 60) });
    expect(later.status).toBe(201);
    const dashboard = await counselor.get('/api/dashboard');
    expect(dashboard.body.overdue.map((i: { assignmentId: string }) => i.assignmentId)).not.toContain(later.body.id);
  });

  it('refuses an opening more than a year ahead, a due date before the opening, or a malformed date (400 naming the field)', async () => {
    const before = (await testApp.dataSource.query(`SELECT count(*)::int AS n FROM assignment`))[0].n;
    for (const [body, field] of [
      [{ exerciseKey: 'set-boundaries', opensAt: 'soon' }, 'opensAt'],
      [{ exerciseKey: 'set-boundaries', opensAt: at(400 * 24 * 60) }, 'opensAt'],
      [{ exerciseKey: 'set-boundaries', opensAt: at(60), dueAt: at(30) }, 'dueAt'],
    ] as const) {
      const refused = await counselor.post(`/api/couples/${couple.coupleId}/assignments`, body);
      expect(refused.status).toBe(400);
      expect(refused.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect((await testApp.dataSource.query(`SELECT count(*)::int AS n FROM assignment`))[0].n).toBe(before);
  });
});
