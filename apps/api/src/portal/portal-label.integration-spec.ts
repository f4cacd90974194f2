import { randomUUID } from 'node:crypto';
import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient, TestResponse } from '../test/http-client';
import { SeededPractice, seedPractice } from '../test/seed-staff';
import { openLink, reissueLink, SeededCouple, seedAssignment, seedCouple } from './testing/seed-portal';

/**
 * The couple's label is the counselor's private note ("Case 114 - …"): it never reaches a partner. A unique
 * label is planted on the couple, then every portal route is called — successes and 4xx answers — and no
 * answer carries the label, in its body or in any header.
 */
describe('partner portal: the couple label never reaches a partner', () => {
  let testApp: TestApp;
  let practice: SeededPractice;
  let couple: SeededCouple;
  const secret = randomUUID();
  const label = `Case 114 - Omar affair w/ coworker ${secret}`;
  const answers: { route: string; status: number; response: TestResponse }[] = [];

  /** Calls a route and keeps the answer for the final check. */
  const call = async (route: string, request: Promise<TestResponse>): Promise<TestResponse> => {
    const response = await request;
    answers.push({ route, status: response.status, response });
    return response;
  };

  beforeAll(async () => {
    testApp = await createTestApp({ authRateLimit: { limit: 1000, windowMs: 60_000 } });
    practice = await seedPractice(testApp.dataSource, 'harbour', { counselor: { roles: ['counselor'] } });
    couple = await seedCouple(testApp.dataSource, { practiceId: practice.practiceId, counselorId: practice.users['counselor']?.id ?? '', label });
  });
  afterAll(() => testApp.close());

  it('is in no answer of any portal route, success or failure', async () => {
    const [alexPartner, samPartner] = couple.partners;
    const shared = await seedAssignment(testApp.dataSource, couple, { visibility: 'after_both_submit', instructions: 'Take your time.' });
    const closed = await seedAssignment(testApp.dataSource, couple, { status: 'reviewed' });
    const alex = new TestClient(testApp.app);
    const sam = new TestClient(testApp.app);

    // POST /api/portal/session: unknown (401), then valid (200).
    await call('POST /api/portal/session', alex.post('/api/portal/session', { token: 'not-a-real-token' }));
    await call('POST /api/portal/session', alex.post('/api/portal/session', {}));
    expect((await call('POST /api/portal/session', alex.post('/api/portal/session', { token: alexPartner.token }))).status).toBe(200);
    expect((await call('POST /api/portal/session', sam.post('/api/portal/session', { token: samPartner.token }))).status).toBe(200);

    // GET /api/portal/me
    const me = await call('GET /api/portal/me', alex.get('/api/portal/me'));
    expect(me.status).toBe(200);
    expect(me.body).toEqual({
      crisisResources: expect.any(String),
      partner: { id: alexPartner.id, displayName: 'Alex', perspective: 'hurt', locale: 'en' },
      counselor: { displayName: expect.any(String) },
      remindersEnabled: true,
      hasEmail: false,
    });
    await call('GET /api/portal/me', sam.get('/api/portal/me'));
    await call('GET /api/portal/me', new TestClient(testApp.app).get('/api/portal/me')); // 401
    // PATCH /api/portal/me
    expect((await call('PATCH /api/portal/me', alex.patch('/api/portal/me', { timezone: 'Europe/Madrid' }))).status).toBe(200);
    await call('PATCH /api/portal/me', alex.patch('/api/portal/me', { timezone: 'nowhere' })); // 400

    // GET /api/portal/assignments
    expect((await call('GET /api/portal/assignments', alex.get('/api/portal/assignments'))).status).toBe(200);

    // GET /api/portal/agreements: 200, 401.
    expect((await call('GET /api/portal/agreements', alex.get('/api/portal/agreements'))).status).toBe(200);
    await call('GET /api/portal/agreements', new TestClient(testApp.app).get('/api/portal/agreements'));

    // GET /api/portal/assignments/{id}: 200, 404, 400.
    const one = await call('GET /api/portal/assignments/{id}', alex.get(`/api/portal/assignments/${shared.id}`));
    expect(one.status).toBe(200);
    expect(one.body.partnerDisplayName).toBe('Sam');
    await call('GET /api/portal/assignments/{id}', alex.get(`/api/portal/assignments/${randomUUID()}`));
    await call('GET /api/portal/assignments/{id}', alex.get('/api/portal/assignments/not-a-uuid'));

    // PUT /api/portal/assignments/{id}/draft: 200, stale 409, 422, 400, 403 (no CSRF), closed 409.
    const draft = (c: TestClient, id: string, body: unknown, options?: { withoutCsrf: boolean }) =>
      call('PUT /api/portal/assignments/{id}/draft', c.put(`/api/portal/assignments/${id}/draft`, body, options));
    expect((await draft(alex, shared.id, { answers: { whatHappened: 'Draft words' }, version: 0 })).status).toBe(200);
    expect((await draft(alex, shared.id, { answers: { whatHappened: 'Old phone' }, version: 0 })).status).toBe(409);
    expect((await draft(alex, shared.id, { answers: { readiness: 42 }, version: 1 })).status).toBe(422);
    expect((await draft(alex, shared.id, { answers: {}, version: 1, sneaky: true })).status).toBe(400);
    expect((await draft(alex, shared.id, { answers: {}, version: 1 }, { withoutCsrf: true })).status).toBe(403);
    expect((await draft(alex, closed.id, { answers: {}, version: 0 })).status).toBe(409);

    // POST /api/portal/assignments/{id}/submit: 422, 200 for both (released), repeat 200, closed 409, 404.
    const submit = (c: TestClient, id: string, body: unknown) => call('POST /api/portal/assignments/{id}/submit', c.post(`/api/portal/assignments/${id}/submit`, body));
    expect((await submit(alex, shared.id, { answers: { whatHappened: 'No safety answer' } })).status).toBe(422);
    expect((await submit(alex, shared.id, { answers: { whatHappened: 'I found the messages.', safetyCheck: 'yes' } })).status).toBe(200);
    expect((await submit(sam, shared.id, { answers: { whatHappened: 'I kept a secret.', safetyCheck: 'yes' } })).status).toBe(200);
    expect((await submit(sam, shared.id, { answers: { safetyCheck: 'yes' } })).status).toBe(200);
    expect((await submit(alex, closed.id, { answers: { safetyCheck: 'yes' } })).status).toBe(409);
    expect((await submit(alex, randomUUID(), { answers: { safetyCheck: 'yes' } })).status).toBe(404);
    const released = await call('GET /api/portal/assignments/{id}', alex.get(`/api/portal/assignments/${shared.id}`));
    expect(released.body.partner).toEqual({ displayName: 'Sam', answers: expect.any(Object) });
    expect((await draft(alex, shared.id, { answers: {}, version: 2 })).status).toBe(409); // already submitted

    // GET /api/portal/export: the partner's own records, then 401 without a session.
    expect((await call('GET /api/portal/export', alex.get('/api/portal/export'))).status).toBe(200);
    await call('GET /api/portal/export', new TestClient(testApp.app).get('/api/portal/export'));
    // The PIN routes: state, a bad PIN (400), set, a wrong and a right check, removal.
    expect((await call('GET /api/portal/pin', alex.get('/api/portal/pin'))).status).toBe(200);
    expect((await call('PUT /api/portal/pin', alex.put('/api/portal/pin', { pin: '12' }))).status).toBe(400);
    expect((await call('PUT /api/portal/pin', alex.put('/api/portal/pin', { pin: '2468' }))).status).toBeLessThan(300);
    expect((await call('POST /api/portal/pin/check', alex.post('/api/portal/pin/check', { pin: '1357' }))).status).toBe(403);
    expect((await call('POST /api/portal/pin/check', alex.post('/api/portal/pin/check', { pin: '2468' }))).status).toBeLessThan(300);
    expect((await call('PUT /api/portal/pin', alex.put('/api/portal/pin', { pin: null, currentPin: '2468' }))).status).toBeLessThan(300);

    // POST /api/portal/logout: 204, then the session is gone (401 everywhere).
    expect((await call('POST /api/portal/logout', sam.post('/api/portal/logout'))).status).toBe(204);
    expect((await call('POST /api/portal/logout', sam.post('/api/portal/logout'))).status).toBe(401);
    await call('GET /api/portal/assignments', sam.get('/api/portal/assignments'));

    // A re-issued link (410 for the old one), and an archived couple (410).
    const oldToken = samPartner.token;
    await reissueLink(testApp.dataSource, couple, samPartner);
    expect((await call('POST /api/portal/session', new TestClient(testApp.app).post('/api/portal/session', { token: oldToken }))).status).toBe(410);
    await openLink(sam, samPartner);
    await testApp.dataSource.query(`UPDATE couple SET status = 'archived' WHERE id = $1`, [couple.coupleId]);
    expect((await call('POST /api/portal/session', new TestClient(testApp.app).post('/api/portal/session', { token: samPartner.token }))).status).toBe(410);
    await call('GET /api/portal/me', sam.get('/api/portal/me')); // the session ended with the couple
    await call('GET /api/portal/assignments/{id}', alex.get(`/api/portal/assignments/${shared.id}`));

    // Failures were reached as well as successes.
    const statuses = new Set(answers.map((a) => a.status));
    for (const status of [200, 204, 400, 401, 403, 404, 409, 410, 422]) expect(statuses).toContain(status);

    // Every portal route the API documents was called.
    const document = (await new TestClient(testApp.app).get('/api/docs-json')).body as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(document.paths)
      .filter(([path]) => path.startsWith('/api/portal'))
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`));
    const called = new Set(answers.map((a) => a.route));
    expect(documented.filter((route) => !called.has(route))).toEqual([]);

    // And the label is in none of them.
    const leaks = answers
      .filter(({ response }) => {
        const seen = `${response.text} ${JSON.stringify(response.headers)}`.toLowerCase();
        return seen.includes(secret) || seen.includes('omar affair');
      })
      .map((a) => `${a.route} → ${a.status}`);
    expect(leaks).toEqual([]);
    // The check itself would see a leak: the label is where the counselor keeps it.
    expect((await testApp.dataSource.query(`SELECT label FROM couple WHERE id = $1`, [couple.coupleId]))[0].label).toBe(label);
  });
});
