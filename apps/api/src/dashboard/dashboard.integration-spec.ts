import type { AssignmentStatus, AssignmentView, Dashboard } from '@trp/contracts';
import {
  AssignmentFacts,
  coupleProgress,
  FlagFacts,
  hasSafetyFlag,
  hasUnreviewedSafetyFlag,
  isOverdue,
  isReadyToReview,
  showsSafetyFlag,
} from '../assignments/progress-rules';
import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { sampleAnswers, seedAssignment, seedCouple, seedResponse } from '../test/seed-caseload';
import { SeededPractice, seedPractice, signIn } from '../test/seed-staff';

/** A small deterministic generator, so a failure can be replayed. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('GET /api/dashboard', () => {
  let testApp: TestApp;
  let practice: SeededPractice;
  let counselor: TestClient;
  const facts = new Map<string, AssignmentFacts & { coupleId: string }>();
  const coupleIds: string[] = [];
  /** Each assignment's responses, as the safety rules see them. */
  const flags = new Map<string, { responses: FlagFacts[]; freePartnerId: string | null }>();
  const acknowledged: string[] = [];
  const raisedAgain: string[] = [];

  beforeAll(async () => {
    testApp = await createTestApp();
    practice = await seedPractice(testApp.dataSource, 'dash', { counselor: { roles: ['counselor'] }, colleague: { roles: ['counselor'] } });
    counselor = new TestClient(testApp.app);
    await signIn(counselor, practice.users['counselor']?.email ?? '');
    const random = generator(20_260_510);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const day = 86_400_000;
    for (let c = 0; c < 8; c++) {
      const couple = await seedCouple(testApp.dataSource, {
        practiceId: practice.practiceId,
        counselorId: practice.users['counselor']?.id ?? '',
        label: `Couple ${String.fromCharCode(72 - c)}`,
        partners: [{ displayName: `P${c}a` }, { displayName: `P${c}b` }],
      });
      coupleIds.push(couple.id);
      for (let i = 0; i < 6; i++) {
        const status = pick<AssignmentStatus>(['open', 'open', 'open', 'reviewed', 'cancelled']);
        const dueAt = pick([null, new Date(Date.now() - 3 * day), new Date(Date.now() + 3 * day)]);
        const a = await seedAssignment(testApp.dataSource, { practiceId: practice.practiceId, coupleId: couple.id, status, dueAt });
        let submittedCount = 0;
        const responses: FlagFacts[] = [];
        let freePartnerId: string | null = null;
        for (const partner of couple.partners) {
          const state = pick(['none', 'draft', 'submitted', 'submitted']);
          if (state === 'none') {
            freePartnerId = partner.id;
            continue;
          }
          const flag = random() < 0.3;
          const seeded = await seedResponse(testApp.dataSource, {
            practiceId: practice.practiceId,
            assignmentId: a.id,
            partnerId: partner.id,
            status: state === 'draft' ? 'draft' : 'submitted',
            answers: sampleAnswers('acknowledge-the-breach', { safetyCheck: flag ? 'no' : 'yes' }),
          });
          if (state === 'submitted') submittedCount++;
          responses.push(seeded);
        }
        flags.set(a.id, { responses, freePartnerId });
        facts.set(a.id, { coupleId: couple.id, status, dueAt, submittedCount, safetyFlagged: hasUnreviewedSafetyFlag(responses, null) });
      }
    }
    // The counselor acknowledges some flags (through the route); after some of those, the other partner submits a
    // flagged check, which shows again.
    let flagged = 0;
    for (const [id, { responses, freePartnerId }] of flags) {
      const a = facts.get(id);
      // Every other flag is acknowledged; the rest stay open.
      if (!a || a.status === 'cancelled' || !hasSafetyFlag(responses) || flagged++ % 2 === 0) continue;
      const reviewed = await counselor.post(`/api/assignments/${id}/safety-review`, { note: 'Seen; we talked by phone.' });
      expect(reviewed.status).toBe(200);
      acknowledged.push(id);
      const reviewedAt = new Date((reviewed.body as AssignmentView).safetyReview?.reviewedAt ?? '');
      let submittedCount = a.submittedCount;
      if (freePartnerId && raisedAgain.length <= acknowledged.length / 2) {
        responses.push(
          await seedResponse(testApp.dataSource, {
            practiceId: practice.practiceId,
            assignmentId: id,
            partnerId: freePartnerId,
            status: 'submitted',
            answers: sampleAnswers('acknowledge-the-breach', { safetyCheck: 'no' }),
            submittedAt: new Date(reviewedAt.getTime() + 1000),
          }),
        );
        submittedCount++;
        raisedAgain.push(id);
      }
      facts.set(id, { ...a, submittedCount, safetyFlagged: hasUnreviewedSafetyFlag(responses, reviewedAt) });
    }
    // And for certain: one open flag acknowledged, then raised again by the other partner.
    {
      const couple = coupleIds[0] ?? '';
      const [first, second] = (await testApp.dataSource.query(`SELECT id FROM partner WHERE couple_id = $1 ORDER BY position`, [couple])) as { id: string }[];
      const a = await seedAssignment(testApp.dataSource, { practiceId: practice.practiceId, coupleId: couple });
      const answers = sampleAnswers('acknowledge-the-breach', { safetyCheck: 'unsure' });
      const responses: FlagFacts[] = [
        await seedResponse(testApp.dataSource, { practiceId: practice.practiceId, assignmentId: a.id, partnerId: first?.id ?? '', status: 'submitted', answers }),
      ];
      const reviewed = await counselor.post(`/api/assignments/${a.id}/safety-review`, { note: 'Seen.' });
      acknowledged.push(a.id);
      const reviewedAt = new Date((reviewed.body as AssignmentView).safetyReview?.reviewedAt ?? '');
      responses.push(
        await seedResponse(testApp.dataSource, {
          practiceId: practice.practiceId,
          assignmentId: a.id,
          partnerId: second?.id ?? '',
          status: 'submitted',
          answers,
          submittedAt: new Date(reviewedAt.getTime() + 1000),
        }),
      );
      raisedAgain.push(a.id);
      flags.set(a.id, { responses, freePartnerId: null });
      facts.set(a.id, { coupleId: couple, status: 'open', dueAt: null, submittedCount: 2, safetyFlagged: hasUnreviewedSafetyFlag(responses, reviewedAt) });
    }
    // Never on this counselor's dashboard: an archived couple's work, a colleague's couple.
    const archived = await seedCouple(testApp.dataSource, { practiceId: practice.practiceId, counselorId: practice.users['counselor']?.id ?? '', status: 'archived' });
    const colleagues = await seedCouple(testApp.dataSource, { practiceId: practice.practiceId, counselorId: practice.users['colleague']?.id ?? '' });
    for (const hidden of [archived, colleagues]) {
      const a = await seedAssignment(testApp.dataSource, { practiceId: practice.practiceId, coupleId: hidden.id, dueAt: new Date(Date.now() - 3 * day) });
      await seedResponse(testApp.dataSource, { practiceId: practice.practiceId, assignmentId: a.id, partnerId: hidden.partners[0].id, status: 'submitted', answers: sampleAnswers('acknowledge-the-breach', { safetyCheck: 'no' }) });
    }
  });
  afterAll(() => testApp.close());

  it('agrees with the progress rules on every panel, for the caller’s active couples only', async () => {
    const response = await counselor.get('/api/dashboard');
    expect(response.status).toBe(200);
    const dashboard = response.body as Dashboard;
    const now = new Date();
    const ids = (keep: (a: AssignmentFacts) => boolean) => [...facts].filter(([, a]) => keep(a)).map(([id]) => id).sort();

    expect(dashboard.safetyFlags.map((i) => i.assignmentId).sort()).toEqual(ids(showsSafetyFlag));
    expect(dashboard.readyToReview.map((i) => i.assignmentId).sort()).toEqual(ids((a) => isReadyToReview(a, now)));
    expect(dashboard.overdue.map((i) => i.assignmentId).sort()).toEqual(ids((a) => isOverdue(a, now)));
    expect(dashboard.caseload.map((c) => c.label)).toEqual(['Couple A', 'Couple B', 'Couple C', 'Couple D', 'Couple E', 'Couple F', 'Couple G', 'Couple H']);
    for (const couple of dashboard.caseload) {
      const mine = [...facts.values()].filter((a) => a.coupleId === couple.id);
      expect({ id: couple.id, ...coupleProgress(mine), safetyFlag: mine.some(showsSafetyFlag) }).toEqual({
        id: couple.id,
        completed: couple.completed,
        assigned: couple.assigned,
        safetyFlag: couple.safetyFlag,
      });
      expect(couple.partnerNames).toHaveLength(2);
    }
    // The generated data covers every panel, and flags acknowledged, acknowledged then raised again, and left open.
    expect(dashboard.safetyFlags.length).toBeGreaterThan(0);
    expect(acknowledged.filter((id) => !raisedAgain.includes(id) && facts.get(id)?.status === 'open').length).toBeGreaterThan(0);
    expect(raisedAgain.filter((id) => facts.get(id)?.status === 'open').length).toBeGreaterThan(0);
    expect([...facts].filter(([id, a]) => a.status === 'open' && a.safetyFlagged && !acknowledged.includes(id)).length).toBeGreaterThan(0);
    expect(dashboard.readyToReview.length).toBeGreaterThan(0);
    expect(dashboard.overdue.length).toBeGreaterThan(0);
  });

  it('describes each queue item with the couple, the exercise title and the counts', async () => {
    const dashboard = (await counselor.get('/api/dashboard')).body as Dashboard;
    const item = dashboard.readyToReview[0];
    expect(item).toMatchObject({ exerciseKey: 'acknowledge-the-breach', exerciseTitle: 'Acknowledge the breach', coupleLabel: expect.stringMatching(/^Couple /) });
    const a = facts.get(item?.assignmentId ?? '');
    expect(item?.submittedCount).toBe(a?.submittedCount);
    expect(item?.safetyFlag).toBe(a?.safetyFlagged);
    expect(coupleIds).toContain(item?.coupleId);
    // Safety flags are ordered newest submission first, overdue by due date.
    const due = dashboard.overdue.map((i) => Date.parse(i.dueAt ?? ''));
    expect([...due].sort((x, y) => x - y)).toEqual(due);
  });

  it('gives another counselor only their own couple', async () => {
    const colleague = new TestClient(testApp.app);
    await signIn(colleague, practice.users['colleague']?.email ?? '');
    const dashboard = (await colleague.get('/api/dashboard')).body as Dashboard;
    expect(dashboard.caseload).toHaveLength(1);
    expect(dashboard.caseload[0]?.label).toBe('Robin & Alex');
  });
});
