import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { sampleAnswers, seedAssignment, seedCouple, SeededCouple, seedResponse } from '../test/seed-caseload';
import { SeededPractice, seedPractice, signIn } from '../test/seed-staff';

describe('assignments', () => {
  let testApp: TestApp;
  let practice: SeededPractice;
  let counselor: TestClient;
  let couple: SeededCouple;
  const count = async (table: string) => Number((await testApp.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);
  const responseStatuses = async (assignmentId: string) =>
    Object.fromEntries(
      (await testApp.dataSource.query(`SELECT partner_id, status FROM response WHERE assignment_id = $1`, [assignmentId])).map((r: { partner_id: string; status: string }) => [
        r.partner_id,
        r.status,
      ]),
    );

  beforeAll(async () => {
    testApp = await createTestApp();
    practice = await seedPractice(testApp.dataSource, 'assign', { counselor: { roles: ['counselor'] } });
    counselor = new TestClient(testApp.app);
    await signIn(counselor, practice.users['counselor']?.email ?? '');
    couple = await seedCouple(testApp.dataSource, { practiceId: practice.practiceId, counselorId: practice.users['counselor']?.id ?? '' });
  });
  afterAll(() => testApp.close());

  describe('assigning', () => {
    it('assigns the latest version with instructions, due date and visibility; audited', async () => {
      const created = await counselor.post(`/api/couples/${couple.id}/assignments`, {
        exerciseKey: 'communicate-openly',
        instructions: '  Try this after Sunday’s talk.  ',
        dueAt: '2030-05-01T18:00:00Z',
        visibility: 'after_both_submit',
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        coupleId: couple.id,
        exerciseKey: 'communicate-openly',
        exerciseVersion: 1,
        instructions: 'Try this after Sunday’s talk.',
        dueAt: '2030-05-01T18:00:00.000Z',
        visibility: 'after_both_submit',
        status: 'open',
        partners: [
          { partnerId: couple.partners[0].id, status: 'not_started' },
          { partnerId: couple.partners[1].id, status: 'not_started' },
        ],
      });
      const defaults = await counselor.post(`/api/couples/${couple.id}/assignments`, { exerciseKey: 'set-boundaries' });
      expect(defaults.body.visibility).toBe('counselor_only');
      expect(defaults.body.dueAt).toBeUndefined();
      const [audit] = await testApp.dataSource.query(`SELECT details FROM audit_event WHERE action = 'assignment.created' AND target_id = $1`, [created.body.id]);
      expect(audit.details).toMatchObject({ exerciseKey: 'communicate-openly', exerciseVersion: 1 });
    });

    it.each([
      ['an unknown exerciseKey', { exerciseKey: 'forgive-and-forget' }, 'exerciseKey'],
      ['no exerciseKey', {}, 'exerciseKey'],
      ['a dueAt that is not a date', { exerciseKey: 'set-boundaries', dueAt: 'next tuesday' }, 'dueAt'],
      ['an impossible date', { exerciseKey: 'set-boundaries', dueAt: '2030-02-30T10:00:00Z' }, 'dueAt'],
      ['a bad visibility', { exerciseKey: 'set-boundaries', visibility: 'everyone' }, 'visibility'],
      ['too long instructions', { exerciseKey: 'set-boundaries', instructions: 'x'.repeat(2001) }, 'instructions'],
      ['an unknown field', { exerciseKey: 'set-boundaries', status: 'reviewed' }, 'status'],
    ])('refuses %s with 400 naming the field, and writes nothing', async (_case, body, field) => {
      const before = [await count('assignment'), await count('audit_event')];
      const refused = await counselor.post(`/api/couples/${couple.id}/assignments`, body);
      expect(refused.status).toBe(400);
      expect(refused.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(refused.body.message).toContain(field);
      expect([await count('assignment'), await count('audit_event')]).toEqual(before);
    });
  });

  describe('reading: drafts never reach staff', () => {
    let assignmentId: string;
    beforeAll(async () => {
      const a = await seedAssignment(testApp.dataSource, { practiceId: practice.practiceId, coupleId: couple.id, visibility: 'in_session', dueAt: new Date(Date.now() - 86_400_000) });
      assignmentId = a.id;
      await seedResponse(testApp.dataSource, {
        practiceId: practice.practiceId,
        assignmentId,
        partnerId: couple.partners[0].id,
        status: 'submitted',
        answers: sampleAnswers('acknowledge-the-breach', { whatHappened: 'SUBMITTED-WORDS', privateNote: 'COUNSELOR-ONLY-NOTE', safetyCheck: 'unsure' }),
      });
      await seedResponse(testApp.dataSource, {
        practiceId: practice.practiceId,
        assignmentId,
        partnerId: couple.partners[1].id,
        status: 'draft',
        answers: { whatHappened: 'DRAFT-SECRET-WORDS', privateNote: 'DRAFT-SECRET-NOTE' },
      });
    });

    it('shows each partner’s status, submitted answers with counselor-only fields, and never the draft', async () => {
      const read = await counselor.get(`/api/assignments/${assignmentId}`);
      expect(read.status).toBe(200);
      const [submitted, draft] = read.body.partners;
      expect(submitted).toMatchObject({ partnerId: couple.partners[0].id, status: 'submitted', safetyFlagged: true });
      expect(submitted.answers).toMatchObject({ whatHappened: 'SUBMITTED-WORDS', privateNote: 'COUNSELOR-ONLY-NOTE', safetyCheck: 'unsure' });
      expect(draft).toEqual({ partnerId: couple.partners[1].id, status: 'in_progress' });
      expect(read.text).not.toContain('DRAFT-SECRET');
    });

    it('never shows the draft in any staff answer', async () => {
      const base = `/api/assignments/${assignmentId}`;
      const answers = [
        await counselor.get(base),
        await counselor.get(`/api/couples/${couple.id}/assignments`),
        await counselor.get(`/api/couples/${couple.id}`),
        await counselor.get('/api/couples'),
        await counselor.get('/api/dashboard'),
        await counselor.get(`/api/couples/${couple.id}/notes`),
        await counselor.post(`${base}/unlock`),
        await counselor.post(`${base}/review`),
        await counselor.post(`${base}/reopen`, { partnerId: couple.partners[0].id }),
      ];
      for (const answer of answers) {
        expect(answer.status).toBeLessThan(300);
        expect(answer.text).not.toContain('DRAFT-SECRET');
      }
      // The list and the actions carry statuses only, not even submitted answers.
      expect(answers[1]?.text).not.toContain('SUBMITTED-WORDS');
      expect(answers[7]?.text).not.toContain('SUBMITTED-WORDS');
    });
  });

  it('audits every view of responses: one response.viewed per read that shows answers, none when only drafts', async () => {
    const a = await seedAssignment(testApp.dataSource, { practiceId: practice.practiceId, coupleId: couple.id });
    await seedResponse(testApp.dataSource, { practiceId: practice.practiceId, assignmentId: a.id, partnerId: couple.partners[1].id, status: 'draft' });
    const views = () =>
      testApp.dataSource.query(`SELECT actor_id, target_type, target_id, details FROM audit_event WHERE action = 'response.viewed' AND details->>'assignmentId' = $1 ORDER BY id`, [a.id]);
    await counselor.get(`/api/assignments/${a.id}`);
    expect(await views()).toHaveLength(0);
    const submitted = await seedResponse(testApp.dataSource, { practiceId: practice.practiceId, assignmentId: a.id, partnerId: couple.partners[0].id, status: 'submitted' });
    await counselor.get(`/api/assignments/${a.id}`);
    await counselor.get(`/api/assignments/${a.id}`);
    const events = await views();
    expect(events).toHaveLength(2);
    expect(events[0]).toEqual({
      actor_id: practice.users['counselor']?.id,
      target_type: 'assignment',
      target_id: a.id,
      details: { assignmentId: a.id, coupleId: couple.id, responseIds: [submitted.id], partnerIds: [couple.partners[0].id] },
    });
  });

  describe('reopen', () => {
    it('reopens one partner’s submission only: back to draft for them, the other stays submitted; a reviewed assignment opens again', async () => {
      const a = await seedAssignment(testApp.dataSource, { practiceId: practice.practiceId, coupleId: couple.id, status: 'reviewed' });
      for (const partner of couple.partners) {
        await seedResponse(testApp.dataSource, { practiceId: practice.practiceId, assignmentId: a.id, partnerId: partner.id, status: 'submitted' });
      }
      const reopened = await counselor.post(`/api/assignments/${a.id}/reopen`, { partnerId: couple.partners[1].id });
      expect(reopened.status).toBe(200);
      expect(reopened.body.status).toBe('open');
      expect(reopened.body.reviewedAt).toBeUndefined();
      expect(reopened.body.partners.map((p: { status: string }) => p.status)).toEqual(['submitted', 'in_progress']);
      expect(await responseStatuses(a.id)).toEqual({ [couple.partners[0].id]: 'submitted', [couple.partners[1].id]: 'draft' });
      const [row] = await testApp.dataSource.query(`SELECT submitted_at, reopened_at, version FROM response WHERE assignment_id = $1 AND partner_id = $2`, [a.id, couple.partners[1].id]);
      expect(row).toMatchObject({ submitted_at: null, version: 2 });
      expect(row.reopened_at).not.toBeNull();
      const read = await counselor.get(`/api/assignments/${a.id}`);
      expect(read.body.partners[1]).toEqual({ partnerId: couple.partners[1].id, status: 'in_progress' });
      const [audit] = await testApp.dataSource.query(`SELECT details FROM audit_event WHERE action = 'assignment.reopened' AND target_id = $1`, [a.id]);
      expect(audit.details.partnerIds).toEqual([couple.partners[1].id]);

      expect((await counselor.post(`/api/assignments/${a.id}/reopen`, { partnerId: couple.partners[1].id })).status).toBe(409);
      expect((await counselor.post(`/api/assignments/${a.id}/reopen`, { partnerId: '00000000-0000-4000-8000-000000000000' })).status).toBe(404);
      const bad = await counselor.post(`/api/assignments/${a.id}/reopen`, { partnerId: 'x' });
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].field).toBe('partnerId');
    });

    it('reopens both without a partner (also with no body at all)', async () => {
      const a = await seedAssignment(testApp.dataSource, { practiceId: practice.practiceId, coupleId: couple.id });
      for (const partner of couple.partners) {
        await seedResponse(testApp.dataSource, { practiceId: practice.practiceId, assignmentId: a.id, partnerId: partner.id, status: 'submitted' });
      }
      const reopened = await counselor.post(`/api/assignments/${a.id}/reopen`);
      expect(reopened.status).toBe(200);
      expect(reopened.body.partners.map((p: { status: string }) => p.status)).toEqual(['in_progress', 'in_progress']);
    });
  });

  it('marks reviewed (idempotent), unlocks (never counselor_only), cancels and keeps the record', async () => {
    const sealed = await seedAssignment(testApp.dataSource, { practiceId: practice.practiceId, coupleId: couple.id, visibility: 'in_session' });
    const plain = await seedAssignment(testApp.dataSource, { practiceId: practice.practiceId, coupleId: couple.id });

    const reviewed = await counselor.post(`/api/assignments/${plain.id}/review`);
    expect(reviewed.status).toBe(200);
    expect(reviewed.body.status).toBe('reviewed');
    expect(reviewed.body.reviewedAt).toEqual(expect.any(String));
    expect((await counselor.post(`/api/assignments/${plain.id}/review`)).body.reviewedAt).toBe(reviewed.body.reviewedAt);

    const unlocked = await counselor.post(`/api/assignments/${sealed.id}/unlock`);
    expect(unlocked.status).toBe(200);
    expect(unlocked.body.unlockedAt).toEqual(expect.any(String));
    const notSealed = await counselor.post(`/api/assignments/${plain.id}/unlock`);
    expect(notSealed.status).toBe(409);
    expect(notSealed.body.message).toMatch(/never shared/);

    expect((await counselor.delete(`/api/assignments/${plain.id}`)).status).toBe(204);
    expect((await counselor.delete(`/api/assignments/${plain.id}`)).status).toBe(204);
    const kept = await counselor.get(`/api/assignments/${plain.id}`);
    expect(kept.body.status).toBe('cancelled');
    expect((await counselor.post(`/api/assignments/${plain.id}/review`)).status).toBe(409);
    expect((await counselor.post(`/api/assignments/${plain.id}/reopen`)).status).toBe(409);
    const actions = await testApp.dataSource.query(`SELECT action FROM audit_event WHERE target_id = ANY($1::text[]) ORDER BY id`, [[plain.id, sealed.id]]);
    expect(actions.map((e: { action: string }) => e.action)).toEqual(['assignment.reviewed', 'assignment.unlocked', 'assignment.cancelled']);
  });

  it('lists newest first in pages, with cancelled ones kept', async () => {
    const other = await seedCouple(testApp.dataSource, { practiceId: practice.practiceId, counselorId: practice.users['counselor']?.id ?? '' });
    const made = [];
    for (let i = 0; i < 5; i++) {
      made.push(await seedAssignment(testApp.dataSource, { practiceId: practice.practiceId, coupleId: other.id, status: i === 2 ? 'cancelled' : 'open', createdAt: new Date(Date.UTC(2030, 0, 1 + i)) }));
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await counselor.get(`/api/couples/${other.id}/assignments?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.body.items.map((a) => a.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(made.map((a) => a.id).reverse());
  });
});
