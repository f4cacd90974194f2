import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { SeededPractice, seedPractice } from '../test/seed-staff';
import { openLink, SeededCouple, seedAssignment, seedCouple } from './testing/seed-portal';

const ALEX_ANSWERS = { whatHappened: 'I found the messages.', readiness: 6, privateNote: 'I sleep badly.', safetyCheck: 'unsure' };
const SAM_ANSWERS = { whatHappened: 'I kept a secret.', readiness: 8, privateNote: 'Calmer this week.', safetyCheck: 'yes' };
const ALEX_UNFLAGGED = { ...ALEX_ANSWERS, safetyCheck: 'yes' };

describe('partner portal: assignments, drafts, submission and what the other partner sees', () => {
  let testApp: TestApp;
  let harbour: SeededPractice;
  let couple: SeededCouple;
  let alex: TestClient;
  let sam: TestClient;

  beforeAll(async () => {
    testApp = await createTestApp({ authRateLimit: { limit: 1000, windowMs: 60_000 } });
    harbour = await seedPractice(testApp.dataSource, 'harbour', { counselor: { roles: ['counselor'] } });
    couple = await seedCouple(testApp.dataSource, { practiceId: harbour.practiceId, counselorId: harbour.users['counselor']?.id ?? '' });
    alex = new TestClient(testApp.app);
    sam = new TestClient(testApp.app);
    await openLink(alex, couple.partners[0]);
    await openLink(sam, couple.partners[1]);
    await alex.get('/api/portal/me'); // both now hold the XSRF cookie too
    await sam.get('/api/portal/me');
  });
  afterAll(() => testApp.close());

  const responseRows = (assignmentId: string) =>
    testApp.dataSource.query(`SELECT partner_id, status, version, answers, safety_flagged FROM response WHERE assignment_id = $1`, [assignmentId]) as Promise<
      { partner_id: string; status: string; version: number; answers: Record<string, unknown>; safety_flagged: boolean }[]
    >;
  const draft = (c: TestClient, id: string, answers: unknown, version: number) => c.put(`/api/portal/assignments/${id}/draft`, { answers, version });
  const submit = (c: TestClient, id: string, answers: unknown) => c.post(`/api/portal/assignments/${id}/submit`, { answers });

  it('lists the couple’s assignments that are not cancelled: open ones by due date first, then submitted; own status only', async () => {
    const own = await seedCouple(testApp.dataSource, { practiceId: harbour.practiceId, counselorId: harbour.users['counselor']?.id ?? '', label: 'List pair' });
    const c = new TestClient(testApp.app);
    await openLink(c, own.partners[0]);
    await c.get('/api/portal/me');
    const later = await seedAssignment(testApp.dataSource, own, { exerciseKey: 'set-boundaries', dueAt: new Date('2030-03-10T18:00:00Z') });
    const sooner = await seedAssignment(testApp.dataSource, own, { exerciseKey: 'communicate-openly', dueAt: new Date('2030-03-01T18:00:00Z'), instructions: 'Take it slowly.' });
    const undated = await seedAssignment(testApp.dataSource, own, {});
    const done = await seedAssignment(testApp.dataSource, own, { dueAt: new Date('2030-01-01T00:00:00Z') });
    await seedAssignment(testApp.dataSource, own, { status: 'cancelled' });
    expect((await submit(c, done.id, { safetyCheck: 'yes' })).status).toBe(200);
    // The other partner's progress never shows.
    const other = new TestClient(testApp.app);
    await openLink(other, own.partners[1]);
    await other.get('/api/portal/me');
    expect((await draft(other, later.id, { whatHappened: 'x' }, 0)).status).toBe(422); // not a field of set-boundaries
    expect((await draft(other, undated.id, { whatHappened: 'x' }, 0)).status).toBe(200);

    const list = await c.get('/api/portal/assignments');
    expect(list.status).toBe(200);
    expect(list.body.nextCursor).toBeNull();
    expect(list.body.items.map((i: { id: string; status: string }) => [i.id, i.status])).toEqual([
      [sooner.id, 'not_started'],
      [later.id, 'not_started'],
      [undated.id, 'not_started'],
      [done.id, 'submitted'],
    ]);
    expect(list.body.items[0]).toEqual({
      id: sooner.id,
      exerciseKey: 'communicate-openly',
      title: 'Communicate openly and honestly',
      summary: expect.any(String),
      instructions: 'Take it slowly.',
      dueAt: '2030-03-01T18:00:00.000Z',
      status: 'not_started',
      createdAt: expect.any(String),
    });
    expect(list.body.items[3].submittedAt).toEqual(expect.any(String));
  });

  it('answers 404 for an assignment of another couple, another practice, a cancelled one or an unknown id; 400 for a malformed id', async () => {
    const otherCouple = await seedCouple(testApp.dataSource, { practiceId: harbour.practiceId, counselorId: harbour.users['counselor']?.id ?? '', label: 'Other pair' });
    const foreign = await seedAssignment(testApp.dataSource, otherCouple, { visibility: 'after_both_submit' });
    const elsewhere = await seedPractice(testApp.dataSource, 'elsewhere', { counselor: { roles: ['counselor'] } });
    const farCouple = await seedCouple(testApp.dataSource, { practiceId: elsewhere.practiceId, counselorId: elsewhere.users['counselor']?.id ?? '' });
    const far = await seedAssignment(testApp.dataSource, farCouple, {});
    const cancelled = await seedAssignment(testApp.dataSource, couple, { status: 'cancelled' });
    for (const id of [foreign.id, far.id, cancelled.id, '00000000-0000-4000-8000-000000000000']) {
      expect((await alex.get(`/api/portal/assignments/${id}`)).status).toBe(404);
      expect((await draft(alex, id, { whatHappened: 'x' }, 0)).status).toBe(404);
      expect((await submit(alex, id, { safetyCheck: 'yes' })).status).toBe(404);
    }
    expect((await alex.get('/api/portal/assignments/not-a-uuid')).status).toBe(400);
    expect(await responseRows(foreign.id)).toEqual([]);
    expect(await responseRows(far.id)).toEqual([]);
  });

  it('saves drafts with optimistic versions: a stale version answers 409 with the current draft; each partner only their own', async () => {
    const a = await seedAssignment(testApp.dataSource, couple, {});
    const first = await draft(alex, a.id, { whatHappened: 'First words' }, 0);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ version: 1, savedAt: expect.any(String) });
    const second = await draft(alex, a.id, { whatHappened: 'Second words' }, 1);
    expect(second.body.version).toBe(2);

    const stale = await draft(alex, a.id, { whatHappened: 'From the old phone' }, 1);
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ statusCode: 409, error: 'Conflict', current: { version: 2, answers: { whatHappened: 'Second words' } } });
    const fresh = await draft(alex, a.id, { whatHappened: 'From the old phone' }, 0);
    expect(fresh.status).toBe(409);

    expect((await draft(sam, a.id, { whatHappened: 'Sam writes' }, 0)).body.version).toBe(1);
    const view = await alex.get(`/api/portal/assignments/${a.id}`);
    expect(view.body.mine).toEqual({ status: 'in_progress', version: 2, answers: { whatHappened: 'Second words' } });
    expect(view.body.partner).toBeNull();
    const rows = await responseRows(a.id);
    expect(rows.find((r) => r.partner_id === couple.partners[1].id)?.answers).toEqual({ whatHappened: 'Sam writes' });
  });

  it('refuses bad answers with 422 naming the field (400 for an unknown body field) and writes nothing', async () => {
    const a = await seedAssignment(testApp.dataSource, couple, {});
    const bad = await draft(alex, a.id, { readiness: 42, notAQuestion: 'x' }, 0);
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'answers.readiness', message: expect.any(String) },
        { field: 'answers.notAQuestion', message: expect.any(String) },
      ]),
    );
    expect((await alex.put(`/api/portal/assignments/${a.id}/draft`, { answers: {}, version: 0, sneaky: true })).status).toBe(400);
    expect((await alex.put(`/api/portal/assignments/${a.id}/draft`, { answers: 'text', version: 0 })).status).toBe(400);
    expect((await alex.put(`/api/portal/assignments/${a.id}/draft`, { answers: {}, version: -1 })).status).toBe(400);

    const missing = await submit(alex, a.id, { whatHappened: 'Only this' });
    expect(missing.status).toBe(422);
    expect(missing.body.errors).toEqual([{ field: 'answers.safetyCheck', message: expect.any(String) }]);
    expect(missing.body.message).toContain('answers.safetyCheck');
    expect(await responseRows(a.id)).toEqual([]);
  });

  it('stores a feeling named without a strength as it was sent (no intensity), and refuses a null or out-of-range one', async () => {
    const a = await seedAssignment(testApp.dataSource, couple, {});
    const unset = await draft(alex, a.id, { feelingsNow: [{ emotion: 'hurt' }, { emotion: 'anger', intensity: 4 }] }, 0);
    expect(unset.status).toBe(200);
    const nulled = await draft(alex, a.id, { feelingsNow: [{ emotion: 'hurt', intensity: null }] }, 1);
    expect(nulled.status).toBe(422);
    expect(nulled.body.errors).toEqual([{ field: 'answers.feelingsNow[0].intensity', message: expect.any(String) }]);
    expect((await draft(alex, a.id, { feelingsNow: [{ emotion: 'hurt', intensity: 11 }] }, 1)).status).toBe(422);
    const done = await submit(alex, a.id, { feelingsNow: [{ emotion: 'hurt' }, { emotion: 'anger', intensity: 4 }], safetyCheck: 'yes' });
    expect(done.status).toBe(200);
    const [row] = await responseRows(a.id);
    expect(row.answers['feelingsNow']).toEqual([{ emotion: 'hurt' }, { emotion: 'anger', intensity: 4 }]);
    expect(Object.keys((row.answers['feelingsNow'] as Record<string, unknown>[])[0])).toEqual(['emotion']);
  });

  it('requires the CSRF header on draft saves and submissions (403)', async () => {
    const a = await seedAssignment(testApp.dataSource, couple, {});
    expect((await alex.put(`/api/portal/assignments/${a.id}/draft`, { answers: {}, version: 0 }, { withoutCsrf: true })).status).toBe(403);
    expect((await alex.post(`/api/portal/assignments/${a.id}/submit`, { answers: { safetyCheck: 'yes' } }, { withoutCsrf: true })).status).toBe(403);
    expect(await responseRows(a.id)).toEqual([]);
  });

  it('submits once: a repeat answers the same 200, drafts are refused afterwards, and the safety flag is computed', async () => {
    const a = await seedAssignment(testApp.dataSource, couple, {});
    expect((await draft(alex, a.id, { whatHappened: 'Draft' }, 0)).status).toBe(200);
    const done = await submit(alex, a.id, ALEX_ANSWERS);
    expect(done.status).toBe(200);
    expect(done.body).toEqual({ status: 'submitted', version: 2, answers: ALEX_ANSWERS, submittedAt: expect.any(String) });
    const repeat = await submit(alex, a.id, { safetyCheck: 'yes' });
    expect(repeat.status).toBe(200);
    expect(repeat.body).toEqual(done.body);
    const late = await draft(alex, a.id, { whatHappened: 'Changed my mind' }, 2);
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('portal.alreadySubmitted');
    const [row] = await responseRows(a.id);
    expect(row).toMatchObject({ status: 'submitted', version: 2, safety_flagged: true, answers: ALEX_ANSWERS });
    const audit = await testApp.dataSource.query(`SELECT count(*) FROM audit_event WHERE action = 'response.submitted' AND target_id = $1`, [a.id]);
    expect(audit[0].count).toBe('1');
  });

  it('makes exactly one submission out of concurrent submits (a double tap, two devices)', async () => {
    const a = await seedAssignment(testApp.dataSource, couple, {});
    const results = await Promise.all([0, 1, 2, 3, 4].map(() => submit(sam, a.id, SAM_ANSWERS)));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(new Set(results.map((r) => JSON.stringify(r.body))).size).toBe(1);
    const rows = await responseRows(a.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'submitted', version: 1, safety_flagged: false });
    const audit = await testApp.dataSource.query(`SELECT count(*) FROM audit_event WHERE action = 'response.submitted' AND target_id = $1`, [a.id]);
    expect(audit[0].count).toBe('1');

    const b = await seedAssignment(testApp.dataSource, couple, {});
    expect((await draft(sam, b.id, { whatHappened: 'Draft' }, 0)).status).toBe(200);
    const again = await Promise.all([0, 1, 2].map(() => submit(sam, b.id, SAM_ANSWERS)));
    expect(again.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(await responseRows(b.id)).toEqual([expect.objectContaining({ status: 'submitted', version: 2 })]);
  });

  it('refuses writes on a reviewed assignment (409) but still shows it', async () => {
    const a = await seedAssignment(testApp.dataSource, couple, { status: 'reviewed' });
    expect((await draft(alex, a.id, { whatHappened: 'x' }, 0)).body.code).toBe('portal.assignmentClosed');
    expect((await submit(alex, a.id, { safetyCheck: 'yes' })).status).toBe(409);
    expect((await alex.get(`/api/portal/assignments/${a.id}`)).status).toBe(200);
  });

  describe('what each partner sees of the other', () => {
    const partnerOf = async (c: TestClient, id: string) => (await c.get(`/api/portal/assignments/${id}`)).body.partner;

    it('counselor_only: never, even after both submitted', async () => {
      const a = await seedAssignment(testApp.dataSource, couple, { visibility: 'counselor_only' });
      await submit(alex, a.id, ALEX_ANSWERS);
      await submit(sam, a.id, SAM_ANSWERS);
      expect(await partnerOf(alex, a.id)).toBeNull();
      expect(await partnerOf(sam, a.id)).toBeNull();
    });

    it('after_both_submit: only once both submitted, and never the private note or the safety check', async () => {
      const a = await seedAssignment(testApp.dataSource, couple, { visibility: 'after_both_submit' });
      await draft(sam, a.id, SAM_ANSWERS, 0);
      await submit(alex, a.id, ALEX_UNFLAGGED); // a flag would hold the release (release.integration-spec.ts)
      expect(await partnerOf(alex, a.id)).toBeNull(); // Sam only has a draft
      await submit(sam, a.id, SAM_ANSWERS);
      expect(await partnerOf(alex, a.id)).toEqual({ displayName: 'Sam', answers: { whatHappened: 'I kept a secret.', readiness: 8 } });
      expect(await partnerOf(sam, a.id)).toEqual({ displayName: 'Alex', answers: { whatHappened: 'I found the messages.', readiness: 6 } });
      const text = (await alex.get(`/api/portal/assignments/${a.id}`)).text;
      expect(text).not.toContain('Calmer this week');
      expect(text).not.toContain('safety_flagged');
      // Reopened by the counselor: a draft again, so hidden again until resubmitted.
      await testApp.dataSource.query(`UPDATE response SET status = 'draft', submitted_at = NULL, reopened_at = now() WHERE assignment_id = $1 AND partner_id = $2`, [
        a.id,
        couple.partners[1].id,
      ]);
      expect(await partnerOf(alex, a.id)).toBeNull();
    });

    it('in_session: only after the counselor unlocks it (and both submitted)', async () => {
      const a = await seedAssignment(testApp.dataSource, couple, { visibility: 'in_session' });
      await submit(alex, a.id, ALEX_ANSWERS);
      await submit(sam, a.id, SAM_ANSWERS);
      expect(await partnerOf(alex, a.id)).toBeNull();
      await testApp.dataSource.query(`UPDATE assignment SET unlocked_at = now() WHERE id = $1`, [a.id]); // after both submissions
      expect(await partnerOf(alex, a.id)).toEqual({ displayName: 'Sam', answers: { whatHappened: 'I kept a secret.', readiness: 8 } });

      const early = await seedAssignment(testApp.dataSource, couple, { visibility: 'in_session', unlockedAt: new Date() });
      await submit(alex, early.id, ALEX_ANSWERS);
      expect(await partnerOf(alex, early.id)).toBeNull(); // unlocked, but Sam has not submitted
    });

    it('serves the definition of the assignment’s version with the partner’s own perspective', async () => {
      const a = await seedAssignment(testApp.dataSource, couple, { exerciseKey: 'communicate-openly', dueAt: new Date('2030-05-01T10:00:00Z') });
      const view = (await sam.get(`/api/portal/assignments/${a.id}`)).body;
      expect(view).toMatchObject({
        id: a.id,
        perspective: 'involved',
        visibility: 'counselor_only',
        dueAt: '2030-05-01T10:00:00.000Z',
        exercise: { key: 'communicate-openly', version: 1 },
        mine: { status: 'not_started', version: 0, answers: {} },
        partner: null,
      });
    });
  });
});
