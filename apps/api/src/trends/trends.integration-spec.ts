import { openLink, SeededCouple, seedAssignment, seedCouple } from '../portal/testing/seed-portal';
import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { SeededPractice, seedPractice, signIn } from '../test/seed-staff';

const CHECK_IN = 'weekly-check-in';
const week = (trust: number, weighedOnMe: number, extra: Record<string, unknown> = {}) => ({
  trust,
  feelingSafe: 3,
  closeness: 3,
  hope: 3,
  weighedOnMe,
  privateNote: 'Only for my counselor.',
  safetyCheck: 'yes',
  ...extra,
});

/** Scores stored at submit, never shown to partners; the couple's trends: content, order and who may read them. */
describe('scored check-ins and trends', () => {
  let testApp: TestApp;
  let harbour: SeededPractice;
  let couple: SeededCouple;
  let alex: TestClient;
  let sam: TestClient;
  let counselor: TestClient;

  beforeAll(async () => {
    testApp = await createTestApp({ authRateLimit: { limit: 1000, windowMs: 60_000 } });
    harbour = await seedPractice(testApp.dataSource, 'harbour', {
      counselor: { roles: ['counselor'] },
      other: { roles: ['counselor'] },
      adminOnly: { roles: ['admin'] },
    });
    couple = await seedCouple(testApp.dataSource, { practiceId: harbour.practiceId, counselorId: harbour.users['counselor']?.id ?? '' });
    alex = new TestClient(testApp.app);
    sam = new TestClient(testApp.app);
    await openLink(alex, couple.partners[0]);
    await openLink(sam, couple.partners[1]);
    await alex.get('/api/portal/me');
    await sam.get('/api/portal/me');
    counselor = new TestClient(testApp.app);
    await signIn(counselor, 'counselor@harbour.test');
  });
  afterAll(() => testApp.close());

  const submit = (c: TestClient, id: string, answers: unknown) => c.post(`/api/portal/assignments/${id}/submit`, { answers });
  const scoreOf = async (assignmentId: string, partnerId: string) =>
    ((await testApp.dataSource.query(`SELECT score FROM response WHERE assignment_id = $1 AND partner_id = $2`, [assignmentId, partnerId])) as { score: number | null }[])[0]
      ?.score;

  it('stores the score with the submission (a reversed item counted min + max − value), none when an item is skipped', async () => {
    const assignment = await seedAssignment(testApp.dataSource, couple, { exerciseKey: CHECK_IN, visibility: 'after_both_submit' });
    expect((await submit(alex, assignment.id, week(5, 1))).status).toBe(200);
    const skipped: Record<string, unknown> = week(2, 2);
    delete skipped['weighedOnMe'];
    expect((await submit(sam, assignment.id, skipped)).status).toBe(200);
    expect(await scoreOf(assignment.id, couple.partners[0].id)).toBe(5 + 3 + 3 + 3 + 5);
    expect(await scoreOf(assignment.id, couple.partners[1].id)).toBeNull();

    const staff = await counselor.get(`/api/assignments/${assignment.id}`);
    expect(staff.status).toBe(200);
    expect(staff.body.partners[0].score).toEqual({ value: 19, band: 'A steadier week' });
    expect(staff.body.partners[1].score).toBeUndefined();
  });

  it('never shows a score, a band or the scoring block in any portal answer', async () => {
    const assignment = await seedAssignment(testApp.dataSource, couple, { exerciseKey: CHECK_IN, visibility: 'after_both_submit' });
    const answered = await submit(alex, assignment.id, week(1, 5));
    await submit(sam, assignment.id, week(4, 2));
    const answers = [
      answered,
      await alex.get('/api/portal/assignments'),
      await alex.get(`/api/portal/assignments/${assignment.id}`),
      await sam.get(`/api/portal/assignments/${assignment.id}`),
      await alex.get('/api/portal/me'),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.text).not.toMatch(/score|band|A hard week|steadier|Mixed/i);
    }
    const one = answers[2]?.body;
    expect(one.exercise.key).toBe(CHECK_IN);
    expect(one.exercise.scoring).toBeUndefined();
    expect(one.partner.answers.trust).toBe(4); // released: the other partner's answers, still without a score
  });

  describe('GET /api/couples/:id/trends', () => {
    let trendsCouple: SeededCouple;
    const ids: string[] = [];

    beforeAll(async () => {
      trendsCouple = await seedCouple(testApp.dataSource, {
        practiceId: harbour.practiceId,
        counselorId: harbour.users['counselor']?.id ?? '',
        label: 'Trends pair',
      });
      const a = new TestClient(testApp.app);
      const b = new TestClient(testApp.app);
      await openLink(a, trendsCouple.partners[0]);
      await openLink(b, trendsCouple.partners[1]);
      await a.get('/api/portal/me');
      await b.get('/api/portal/me');
      for (const [trust, other] of [
        [1, 3],
        [2, 4],
        [4, 4],
      ] as const) {
        const assignment = await seedAssignment(testApp.dataSource, trendsCouple, { exerciseKey: CHECK_IN });
        ids.push(assignment.id);
        expect((await submit(a, assignment.id, week(trust, 3))).status).toBe(200);
        expect((await submit(b, assignment.id, week(other, 3))).status).toBe(200);
      }
      // A draft and a cancelled assignment never show.
      const drafting = await seedAssignment(testApp.dataSource, trendsCouple, { exerciseKey: CHECK_IN });
      expect((await a.put(`/api/portal/assignments/${drafting.id}/draft`, { answers: week(5, 1), version: 0 })).status).toBe(200);
      const cancelled = await seedAssignment(testApp.dataSource, trendsCouple, { exerciseKey: CHECK_IN, status: 'cancelled' });
      await testApp.dataSource.query(
        `INSERT INTO response (practice_id, assignment_id, partner_id, status, answers, score, submitted_at) VALUES ($1, $2, $3, 'submitted', $4, 25, now())`,
        [trendsCouple.practiceId, cancelled.id, trendsCouple.partners[0].id, JSON.stringify(week(5, 1))],
      );
      // Readiness and emotions of the first exercise, one partner only; an untouched intensity is no answer.
      const breach = await seedAssignment(testApp.dataSource, trendsCouple, { exerciseKey: 'acknowledge-the-breach' });
      expect(
        (
          await submit(b, breach.id, {
            readiness: 7,
            feelingsNow: [{ emotion: 'hurt', intensity: 8 }, { emotion: 'fear' }],
            whatHappened: 'A private story.',
            safetyCheck: 'yes',
          })
        ).status,
      ).toBe(200);
      ids.push(breach.id);
    });

    it('holds submitted values only, oldest first, both partners, scores with bands; no texts, notes or safety answers', async () => {
      const response = await counselor.get(`/api/couples/${trendsCouple.coupleId}/trends`);
      expect(response.status).toBe(200);
      expect(response.text).not.toMatch(/private|Only for my counselor|safetyCheck|A private story/i);
      const [a, b] = trendsCouple.partners;
      const exercises = response.body.exercises as { exerciseKey: string; title: string; fields: unknown[]; score?: unknown }[];
      expect(exercises.map((e) => e.exerciseKey)).toEqual(['acknowledge-the-breach', CHECK_IN]);

      const checkIn = exercises[1];
      expect(checkIn?.title).toBe('How are things this week');
      const trust = (checkIn?.fields as { fieldId: string }[]).find((field) => field.fieldId === 'trust');
      expect(trust).toEqual({
        fieldId: 'trust',
        label: 'How much were you able to trust your partner this week?',
        type: 'scale',
        min: 1,
        max: 5,
        partners: [
          { partnerId: a.id, points: ids.slice(0, 3).map((id, i) => ({ assignmentId: id, submittedAt: expect.any(String), value: [1, 2, 4][i] })) },
          { partnerId: b.id, points: ids.slice(0, 3).map((id, i) => ({ assignmentId: id, submittedAt: expect.any(String), value: [3, 4, 4][i] })) },
        ],
      });
      const times = (trust as unknown as { partners: { points: { submittedAt: string }[] }[] }).partners[0]?.points.map((p) => p.submittedAt) ?? [];
      expect([...times].sort()).toEqual(times);
      expect(checkIn?.score).toEqual({
        partners: [
          { partnerId: a.id, points: [1, 2, 4].map((t, i) => ({ assignmentId: ids[i], submittedAt: expect.any(String), value: t + 9 + 3, band: t + 12 >= 12 ? 'Mixed' : 'A hard week' })) },
          { partnerId: b.id, points: [3, 4, 4].map((t, i) => ({ assignmentId: ids[i], submittedAt: expect.any(String), value: t + 12, band: 'Mixed' })) },
        ],
      });

      const breach = exercises[0];
      expect(breach?.score).toBeUndefined();
      expect(breach?.fields).toEqual([
        {
          fieldId: 'feelingsNow',
          label: expect.any(String),
          type: 'emotions',
          partners: [
            { partnerId: a.id, points: [] },
            { partnerId: b.id, points: [{ assignmentId: ids[3], submittedAt: expect.any(String), emotions: { hurt: 8 } }] },
          ],
        },
        {
          fieldId: 'readiness',
          label: expect.any(String),
          type: 'scale',
          min: 1,
          max: 10,
          partners: [
            { partnerId: a.id, points: [] },
            { partnerId: b.id, points: [{ assignmentId: ids[3], submittedAt: expect.any(String), value: 7 }] },
          ],
        },
      ]);
    });

    it('is audited once per read that shows answers (trends.viewed on the couple), never with values', async () => {
      const count = async () =>
        Number(((await testApp.dataSource.query(`SELECT count(*) FROM audit_event WHERE action = 'trends.viewed' AND target_id = $1`, [trendsCouple.coupleId])) as { count: string }[])[0]?.count);
      const before = await count();
      expect((await counselor.get(`/api/couples/${trendsCouple.coupleId}/trends`)).status).toBe(200);
      expect(await count()).toBe(before + 1);
      const [row] = (await testApp.dataSource.query(
        `SELECT details FROM audit_event WHERE action = 'trends.viewed' AND target_id = $1 ORDER BY occurred_at DESC LIMIT 1`,
        [trendsCouple.coupleId],
      )) as { details: Record<string, unknown> }[];
      expect(Object.keys(row?.details ?? {}).sort()).toEqual(['assignmentIds', 'coupleId', 'partnerIds']);
    });

    it('answers a couple with nothing submitted an empty list', async () => {
      const quiet = await seedCouple(testApp.dataSource, { practiceId: harbour.practiceId, counselorId: harbour.users['counselor']?.id ?? '', label: 'Quiet' });
      const response = await counselor.get(`/api/couples/${quiet.coupleId}/trends`);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ exercises: [] });
    });

    it('is for the couple’s own counselor only: anonymous and partners 401, admin-only 403, other counselors and practices 404', async () => {
      const url = `/api/couples/${trendsCouple.coupleId}/trends`;
      const other = new TestClient(testApp.app);
      await signIn(other, 'other@harbour.test');
      const admin = new TestClient(testApp.app);
      await signIn(admin, 'adminOnly@harbour.test');
      const elsewhere = await seedPractice(testApp.dataSource, 'elsewhere', { counselor: { roles: ['counselor'] } });
      const foreign = new TestClient(testApp.app);
      await signIn(foreign, 'counselor@elsewhere.test');
      expect(elsewhere.practiceId).not.toBe(harbour.practiceId);

      expect((await new TestClient(testApp.app).get(url)).status).toBe(401);
      expect((await alex.get(url)).status).toBe(401); // a partner of another couple
      const ownPartner = new TestClient(testApp.app);
      await openLink(ownPartner, trendsCouple.partners[0]);
      expect((await ownPartner.get(url)).status).toBe(401);
      expect((await admin.get(url)).status).toBe(403);
      expect((await other.get(url)).status).toBe(404);
      expect((await foreign.get(url)).status).toBe(404);
      expect((await counselor.get('/api/couples/00000000-0000-4000-8000-000000000000/trends')).status).toBe(404);
      const malformed = await counselor.get('/api/couples/not-a-uuid/trends');
      expect(malformed.status).toBe(400);
      expect(malformed.body.message).toMatch(/id/);
    });
  });
});
