import type { AssignmentView, Dashboard } from '@trp/contracts';
import { DEFAULT_PRACTICE_SETTINGS } from '@trp/contracts';
import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { sampleAnswers, seedAssignment, seedCouple, SeededCouple, seedInviteLink, seedResponse } from '../test/seed-caseload';
import { seedWorkspaceCallers, WorkspaceCallers } from '../test/workspace-callers';

/**
 * Working a safety flag (`POST /api/assignments/:id/safety-review`): who may, what it refuses, and that the flag
 * leaves the dashboard's "Safety concerns" panel and the caseload marker until a later submission raises one again.
 */
describe('safety review', () => {
  let testApp: TestApp;
  let w: WorkspaceCallers;
  let couple: SeededCouple;
  let owner: TestClient;
  const url = (id: string) => `/api/assignments/${id}/safety-review`;
  const flagged = sampleAnswers('acknowledge-the-breach', { safetyCheck: 'no' });
  const safe = sampleAnswers('acknowledge-the-breach', { safetyCheck: 'yes' });

  /** A partner's own portal session (through their invite link), as the browser would hold it. */
  async function partnerClient(partnerId: string): Promise<TestClient> {
    const client = new TestClient(testApp.app);
    const { token } = await seedInviteLink(testApp.dataSource, { practiceId: couple.practiceId, partnerId });
    expect((await client.post('/api/portal/session', { token })).status).toBe(200);
    return client;
  }

  async function flaggedAssignment(): Promise<string> {
    const a = await seedAssignment(testApp.dataSource, { practiceId: couple.practiceId, coupleId: couple.id });
    await seedResponse(testApp.dataSource, { practiceId: couple.practiceId, assignmentId: a.id, partnerId: couple.partners[0].id, status: 'submitted', answers: flagged });
    return a.id;
  }

  const dashboard = async (): Promise<Dashboard> => (await owner.get('/api/dashboard')).body as Dashboard;
  const flaggedIds = async () => (await dashboard()).safetyFlags.map((item) => item.assignmentId);
  const coupleMarker = async () => (await dashboard()).caseload.find((c) => c.id === couple.id)?.safetyFlag;

  beforeAll(async () => {
    testApp = await createTestApp();
    w = await seedWorkspaceCallers(testApp, 'safety');
    couple = w.couple;
    owner = w.clients.owner;
  });
  afterAll(() => testApp.close());

  describe('who may', () => {
    let id: string;
    beforeAll(async () => {
      id = await flaggedAssignment();
    });

    it('refuses anonymous and partner sessions (401), an admin without the counselor role (403), other counselors and practices (404)', async () => {
      const body = { note: 'Not mine to acknowledge.' };
      expect((await w.clients.anonymous.post(url(id), body)).status).toBe(401);
      expect(w.partnerSignedIn).toBe(true);
      expect((await w.clients.partner.post(url(id), body)).status).toBe(401);
      expect((await w.clients.adminOnly.post(url(id), body)).status).toBe(403);
      for (const caller of ['otherCounselor', 'dualNotOwner', 'foreignCounselor'] as const) {
        const refused = await w.clients[caller].post(url(id), body);
        expect(refused.status).toBe(404);
        expect(refused.text).not.toContain('Not mine');
      }
      // A partner of the couple itself, with a live portal session, is refused like any partner.
      const ownPartner = await partnerClient(couple.partners[1].id);
      expect((await ownPartner.post(url(id), body)).status).toBe(401);
      expect((await owner.post(url('00000000-0000-4000-8000-000000000000'), body)).status).toBe(404);
      expect((await owner.post(url('not-a-uuid'), body)).status).toBe(400);
      const [row] = await testApp.dataSource.query(`SELECT safety_reviewed_at FROM assignment WHERE id = $1`, [id]);
      expect(row.safety_reviewed_at).toBeNull();
      expect(await testApp.dataSource.query(`SELECT 1 FROM audit_event WHERE action = 'assignment.safety_reviewed' AND target_id = $1`, [id])).toEqual([]);
    });

    it.each([
      ['no body', undefined, 'note'],
      ['no note', {}, 'note'],
      ['an empty note', { note: '' }, 'note'],
      ['a note of spaces only', { note: '   \n ' }, 'note'],
      ['a note that is not text', { note: 42 }, 'note'],
      ['a note over 2000 characters', { note: 'x'.repeat(2001) }, 'note'],
      ['an unknown field', { note: 'Fine.', reviewedAt: '2020-01-01T00:00:00Z' }, 'reviewedAt'],
    ])('refuses %s with 400 naming the field, and stores nothing', async (_case, body, field) => {
      const refused = await owner.post(url(id), body);
      expect(refused.status).toBe(400);
      expect(refused.body.message).toContain(field);
      expect(refused.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      const [row] = await testApp.dataSource.query(`SELECT safety_reviewed_at FROM assignment WHERE id = $1`, [id]);
      expect(row.safety_reviewed_at).toBeNull();
    });

    it('takes a note of exactly 2000 characters (trimmed)', async () => {
      const other = await flaggedAssignment();
      const done = await owner.post(url(other), { note: `  ${'y'.repeat(2000)}  ` });
      expect(done.status).toBe(200);
      expect(done.body.safetyReview.note).toBe('y'.repeat(2000));
    });
  });

  it('answers 409 when no submitted response raised a flag (none, a safe one, or a flagged draft)', async () => {
    const none = await seedAssignment(testApp.dataSource, { practiceId: couple.practiceId, coupleId: couple.id });
    const safeOne = await seedAssignment(testApp.dataSource, { practiceId: couple.practiceId, coupleId: couple.id });
    await seedResponse(testApp.dataSource, { practiceId: couple.practiceId, assignmentId: safeOne.id, partnerId: couple.partners[0].id, status: 'submitted', answers: safe });
    const draft = await seedAssignment(testApp.dataSource, { practiceId: couple.practiceId, coupleId: couple.id });
    await seedResponse(testApp.dataSource, { practiceId: couple.practiceId, assignmentId: draft.id, partnerId: couple.partners[0].id, status: 'draft', answers: flagged });
    for (const a of [none, safeOne, draft]) {
      const refused = await owner.post(url(a.id), { note: 'Nothing to see.' });
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ statusCode: 409, error: 'Conflict', message: expect.stringMatching(/no submitted answer .* safety concern/i) });
    }
  });

  it('stores who, when and the note; answers the assignment; audited without the note; the flag leaves the panel and the marker', async () => {
    const id = await flaggedAssignment();
    expect(await flaggedIds()).toContain(id);
    expect(await coupleMarker()).toBe(true);
    expect((await owner.get(`/api/assignments/${id}`)).body).toMatchObject({ needsSafetyReview: true });

    const before = Date.now();
    const note = 'CLINICAL-NOTE: called Robin, she is staying with her sister; safety plan agreed.';
    const done = await owner.post(url(id), { note: `  ${note} ` });
    expect(done.status).toBe(200);
    const view = done.body as AssignmentView;
    const ownerAccount = w.riverside.users['owner'];
    expect(view).toMatchObject({
      id,
      needsSafetyReview: false,
      safetyReview: { note, reviewedBy: { id: ownerAccount?.id, displayName: 'Owner safety' } },
      partners: [{ partnerId: couple.partners[0].id, status: 'submitted', safetyFlagged: true }, { partnerId: couple.partners[1].id, status: 'not_started' }],
    });
    expect(Date.parse(view.safetyReview?.reviewedAt ?? '')).toBeGreaterThanOrEqual(before - 1000);
    // The read and the couple's list carry the review too.
    expect((await owner.get(`/api/assignments/${id}`)).body.safetyReview).toEqual(view.safetyReview);
    const listed = (await owner.get(`/api/couples/${couple.id}/assignments`)).body.items.find((a: AssignmentView) => a.id === id);
    expect(listed.safetyReview).toEqual(view.safetyReview);

    const events = await testApp.dataSource.query(`SELECT actor_id, details FROM audit_event WHERE action = 'assignment.safety_reviewed' AND target_id = $1`, [id]);
    expect(events).toEqual([{ actor_id: ownerAccount?.id, details: { coupleId: couple.id, flaggedPartnerIds: [couple.partners[0].id] } }]);
    expect(JSON.stringify(events)).not.toContain('CLINICAL-NOTE');

    expect(await flaggedIds()).not.toContain(id);
    // Nothing else of this couple is flagged and unreviewed (the earlier tests reviewed or never flagged theirs, bar one).
    const open = await testApp.dataSource.query(
      `SELECT id FROM assignment WHERE couple_id = $1 AND status = 'open' AND unreviewed_flagged_count > 0`,
      [couple.id],
    );
    expect(await coupleMarker()).toBe(open.length > 0);

    // Nothing new since: a second acknowledgement is refused.
    const again = await owner.post(url(id), { note: 'Again.' });
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/already acknowledged/);
  });

  describe('a flag raised after the review shows again', () => {
    let fresh: SeededCouple;
    beforeAll(async () => {
      // A couple of its own, so the caseload marker speaks of these assignments only.
      fresh = await seedCouple(testApp.dataSource, { practiceId: couple.practiceId, counselorId: couple.counselorId, label: 'Later flags' });
      couple = fresh;
    });
    const marker = async () => (await dashboard()).caseload.find((c) => c.id === fresh.id)?.safetyFlag;

    it('when the other partner submits a flagged check after the review (through the portal)', async () => {
      const a = await seedAssignment(testApp.dataSource, { practiceId: fresh.practiceId, coupleId: fresh.id });
      const first = await partnerClient(fresh.partners[0].id);
      expect((await first.post(`/api/portal/assignments/${a.id}/submit`, { answers: flagged })).status).toBe(200);
      expect(await flaggedIds()).toContain(a.id);
      expect(await marker()).toBe(true);

      expect((await owner.post(url(a.id), { note: 'Spoke with her today.' })).status).toBe(200);
      expect(await flaggedIds()).not.toContain(a.id);
      expect(await marker()).toBe(false);

      const second = await partnerClient(fresh.partners[1].id);
      expect((await second.post(`/api/portal/assignments/${a.id}/submit`, { answers: flagged })).status).toBe(200);
      expect(await flaggedIds()).toContain(a.id);
      expect(await marker()).toBe(true);
      const read = (await owner.get(`/api/assignments/${a.id}`)).body as AssignmentView;
      expect(read).toMatchObject({ needsSafetyReview: true, safetyReview: { note: 'Spoke with her today.' } });

      // Acknowledged again, it leaves again (and the newest note is the one kept).
      expect((await owner.post(url(a.id), { note: 'Both partners seen.' })).status).toBe(200);
      expect(await flaggedIds()).not.toContain(a.id);
      expect(await marker()).toBe(false);
    });

    it('when the flagged response is reopened and resubmitted with a flag; a safe resubmission keeps it away', async () => {
      const a = await seedAssignment(testApp.dataSource, { practiceId: fresh.practiceId, coupleId: fresh.id });
      const partner = await partnerClient(fresh.partners[0].id);
      const submit = (answers: unknown) => partner.post(`/api/portal/assignments/${a.id}/submit`, { answers });
      expect((await submit(flagged)).status).toBe(200);
      expect((await owner.post(url(a.id), { note: 'Checked in.' })).status).toBe(200);
      expect(await flaggedIds()).not.toContain(a.id);

      expect((await owner.post(`/api/assignments/${a.id}/reopen`, {})).status).toBe(200);
      expect((await submit(safe)).status).toBe(200);
      expect(await flaggedIds()).not.toContain(a.id);
      expect(await marker()).toBe(false);

      expect((await owner.post(`/api/assignments/${a.id}/reopen`, {})).status).toBe(200);
      expect(await flaggedIds()).not.toContain(a.id);
      expect((await submit(flagged)).status).toBe(200);
      expect(await flaggedIds()).toContain(a.id);
      expect(await marker()).toBe(true);
    });

    it('keeps the kept counters equal to a recount (trp_rebuild_progress changes nothing)', async () => {
      const read = async () =>
        testApp.dataSource.query(
          `SELECT a.id, a.unreviewed_flagged_count, g.open_flagged_count FROM assignment a
             JOIN couple_progress g ON g.couple_id = a.couple_id WHERE a.practice_id = $1 ORDER BY a.id`,
          [fresh.practiceId],
        );
      const kept = await read();
      await testApp.dataSource.query(`SELECT trp_rebuild_progress($1)`, [fresh.practiceId]);
      expect(await read()).toEqual(kept);
    });
  });

  it('refuses a cancelled assignment (409)', async () => {
    const id = await flaggedAssignment();
    expect((await owner.delete(`/api/assignments/${id}`)).status).toBe(204);
    expect((await owner.post(url(id), { note: 'Too late.' })).status).toBe(409);
  });

  it('never puts the note in a portal answer', async () => {
    const a = await seedAssignment(testApp.dataSource, { practiceId: couple.practiceId, coupleId: couple.id, visibility: 'after_both_submit' });
    const partner = await partnerClient(couple.partners[0].id);
    expect((await partner.post(`/api/portal/assignments/${a.id}/submit`, { answers: flagged })).status).toBe(200);
    expect((await owner.post(url(a.id), { note: 'PORTAL-LEAK-CHECK' })).status).toBe(200);
    const other = await partnerClient(couple.partners[1].id);
    for (const client of [partner, other]) {
      for (const path of ['/api/portal/me', '/api/portal/assignments', `/api/portal/assignments/${a.id}`]) {
        const answer = await client.get(path);
        expect(answer.status).toBe(200);
        expect(answer.text).not.toContain('PORTAL-LEAK-CHECK');
        expect(answer.text).not.toContain('safetyReview');
      }
    }
  });

  describe('crisis resources', () => {
    let admin: TestClient;
    beforeAll(() => {
      admin = w.clients.adminOnly;
    });

    it('defaults to "call your local emergency number", in the practice settings and in /api/portal/me', async () => {
      const practice = await admin.get('/api/admin/practice');
      expect(practice.status).toBe(200);
      expect(practice.body.settings.crisisResources).toBe('If you are in danger or thinking of harming yourself, call your local emergency number now.');
      const me = await (await partnerClient(couple.partners[0].id)).get('/api/portal/me');
      expect(me.body.crisisResources).toBe(DEFAULT_PRACTICE_SETTINGS.crisisResources);
    });

    it.each([
      ['empty', ''],
      ['spaces only', '   '],
      ['over 1000 characters', 'x'.repeat(1001)],
      ['not text', 12],
      ['null', null],
    ])('refuses crisisResources %s with 400 naming it', async (_case, crisisResources) => {
      const refused = await admin.patch('/api/admin/practice', { crisisResources });
      expect(refused.status).toBe(400);
      expect(refused.body.message).toContain('crisisResources');
      expect(refused.body.errors.map((e: { field: string }) => e.field)).toContain('crisisResources');
    });

    it('is changed by an admin (trimmed, audited) and reaches the partners of that practice only', async () => {
      const text = 'Call 999, or the Riverside line 0800 123 456 (day and night).';
      const changed = await admin.patch('/api/admin/practice', { crisisResources: `  ${text}  ` });
      expect(changed.status).toBe(200);
      expect(changed.body.settings.crisisResources).toBe(text);
      const [event] = await testApp.dataSource.query(
        `SELECT details FROM audit_event WHERE action = 'practice.settings_changed' AND practice_id = $1 ORDER BY occurred_at DESC LIMIT 1`,
        [w.riverside.practiceId],
      );
      expect(event.details.changes.crisisResources).toEqual({ from: DEFAULT_PRACTICE_SETTINGS.crisisResources, to: text });
      expect((await (await partnerClient(couple.partners[1].id)).get('/api/portal/me')).body.crisisResources).toBe(text);
      expect((await admin.patch('/api/admin/practice', { crisisResources: 'x'.repeat(1000) })).status).toBe(200);
      // A counselor is not an admin.
      expect((await owner.patch('/api/admin/practice', { crisisResources: 'Mine.' })).status).toBe(403);
    });
  });
});
