import fc from 'fast-check';
import { Pool, PoolClient } from 'pg';
import type { AssignmentStatus } from '@trp/contracts';
import { AssignmentFacts, coupleProgress, FlagFacts, hasUnreviewedSafetyFlag, showsSafetyFlag } from '../assignments/progress-rules';
import { createTestApp, TestApp } from '../test/create-test-app';
import { seedCouple, SeededCouple } from '../test/seed-caseload';
import { SeededPractice, seedPractice } from '../test/seed-staff';

/**
 * The counters kept on write (migration 1764316800000-CoupleProgress) against a recount of the responses, through
 * any sequence of writes, under concurrent submits, and after a bulk load that switched the triggers off.
 */

type Op =
  | { kind: 'assign'; status: AssignmentStatus }
  | { kind: 'write'; assignment: number; partner: 0 | 1; status: 'draft' | 'submitted'; flagged: boolean }
  | { kind: 'reopen'; assignment: number; partner: 0 | 1 }
  | { kind: 'setStatus'; assignment: number; status: AssignmentStatus }
  | { kind: 'deleteResponse'; assignment: number; partner: 0 | 1 }
  | { kind: 'deleteAssignment'; assignment: number }
  | { kind: 'safetyReview'; assignment: number };

const statusArb = fc.constantFrom<AssignmentStatus>('open', 'open', 'reviewed', 'cancelled');
const partnerArb = fc.constantFrom<0 | 1>(0, 1);
const indexArb = fc.nat({ max: 5 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('assign' as const), status: statusArb }), weight: 3 },
  {
    arbitrary: fc.record({
      kind: fc.constant('write' as const),
      assignment: indexArb,
      partner: partnerArb,
      status: fc.constantFrom<'draft' | 'submitted'>('draft', 'submitted', 'submitted'),
      flagged: fc.boolean(),
    }),
    weight: 6,
  },
  { arbitrary: fc.record({ kind: fc.constant('reopen' as const), assignment: indexArb, partner: partnerArb }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('setStatus' as const), assignment: indexArb, status: statusArb }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('deleteResponse' as const), assignment: indexArb, partner: partnerArb }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('deleteAssignment' as const), assignment: indexArb }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('safetyReview' as const), assignment: indexArb }), weight: 2 },
);

interface ProgressRow {
  assigned_count: number;
  completed_count: number;
  open_flagged_count: number;
  last_activity_at: Date | null;
}

describe('couple progress kept on write', () => {
  let testApp: TestApp;
  let practice: SeededPractice;
  let pool: Pool;
  let counselorId: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    practice = await seedPractice(testApp.dataSource, 'progress', { counselor: { roles: ['counselor'] } });
    counselorId = practice.users['counselor']?.id ?? '';
    pool = new Pool({ connectionString: testApp.database.url, max: 4 });
  });
  afterAll(async () => {
    await pool.end();
    await testApp.close();
  });

  const newCouple = (): Promise<SeededCouple> => seedCouple(testApp.dataSource, { practiceId: practice.practiceId, counselorId });

  async function progressOf(coupleId: string): Promise<ProgressRow> {
    const { rows } = await pool.query<ProgressRow>(
      `SELECT assigned_count, completed_count, open_flagged_count, last_activity_at FROM couple_progress WHERE couple_id = $1`,
      [coupleId],
    );
    if (!rows[0]) throw new Error(`no couple_progress row for ${coupleId}`);
    return rows[0];
  }

  /** What the rules say, recounted from the responses themselves (not from the kept counters). */
  async function recount(coupleId: string): Promise<{ progress: Omit<ProgressRow, 'last_activity_at'>; perAssignment: Map<string, [number, number, number]> }> {
    const { rows } = await pool.query<{ id: string; status: AssignmentStatus; safety_reviewed_at: Date | null; responses: FlagFacts[] }>(
      `SELECT a.id, a.status, a.safety_reviewed_at,
              coalesce((SELECT json_agg(json_build_object('status', r.status, 'safetyFlagged', r.safety_flagged, 'submittedAt', r.submitted_at))
                          FROM response r WHERE r.assignment_id = a.id), '[]') AS responses
         FROM assignment a WHERE a.couple_id = $1`,
      [coupleId],
    );
    const perAssignment = new Map<string, [number, number, number]>();
    const facts: AssignmentFacts[] = rows.map((r) => {
      const responses = r.responses.map((x) => ({ ...x, submittedAt: x.submittedAt === null ? null : new Date(x.submittedAt) }));
      const submitted = responses.filter((x) => x.status === 'submitted');
      const unreviewed = submitted.filter((x) => hasUnreviewedSafetyFlag([x], r.safety_reviewed_at));
      perAssignment.set(r.id, [submitted.length, submitted.filter((x) => x.safetyFlagged).length, unreviewed.length]);
      return { status: r.status, dueAt: null, submittedCount: submitted.length, safetyFlagged: hasUnreviewedSafetyFlag(responses, r.safety_reviewed_at) };
    });
    const { assigned, completed } = coupleProgress(facts);
    return {
      progress: { assigned_count: assigned, completed_count: completed, open_flagged_count: facts.filter(showsSafetyFlag).length },
      perAssignment,
    };
  }

  async function keptPerAssignment(coupleId: string): Promise<Map<string, [number, number, number]>> {
    const { rows } = await pool.query<{ id: string; submitted_count: number; flagged_count: number; unreviewed_flagged_count: number }>(
      `SELECT id, submitted_count, flagged_count, unreviewed_flagged_count FROM assignment WHERE couple_id = $1`,
      [coupleId],
    );
    return new Map(rows.map((r) => [r.id, [r.submitted_count, r.flagged_count, r.unreviewed_flagged_count]]));
  }

  /** Applies one write the way the services do (plain SQL); answers the moment it stamped, if any. */
  async function apply(op: Op, couple: SeededCouple, assignments: string[], at: Date): Promise<Date | null> {
    const assignmentId = 'assignment' in op ? assignments[op.assignment % Math.max(assignments.length, 1)] : undefined;
    const partnerId = 'partner' in op ? couple.partners[op.partner].id : undefined;
    switch (op.kind) {
      case 'assign': {
        const { rows } = await pool.query<{ id: string }>(
          `INSERT INTO assignment (practice_id, couple_id, exercise_key, exercise_version, status, created_at) VALUES ($1, $2, 'acknowledge-the-breach', 1, $3, $4) RETURNING id`,
          [couple.practiceId, couple.id, op.status, at],
        );
        assignments.push(rows[0]?.id ?? '');
        return at;
      }
      case 'write':
        if (!assignmentId) return null;
        await pool.query(
          `INSERT INTO response (practice_id, assignment_id, partner_id, status, safety_flagged, submitted_at) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (assignment_id, partner_id) DO UPDATE SET status = EXCLUDED.status, safety_flagged = EXCLUDED.safety_flagged, submitted_at = EXCLUDED.submitted_at`,
          [couple.practiceId, assignmentId, partnerId, op.status, op.flagged, op.status === 'submitted' ? at : null],
        );
        return op.status === 'submitted' ? at : null;
      case 'reopen':
        if (assignmentId) await pool.query(`UPDATE response SET status = 'draft', submitted_at = NULL WHERE assignment_id = $1 AND partner_id = $2`, [assignmentId, partnerId]);
        return null;
      case 'setStatus':
        if (assignmentId) await pool.query(`UPDATE assignment SET status = $2 WHERE id = $1`, [assignmentId, op.status]);
        return null;
      case 'deleteResponse':
        if (assignmentId) await pool.query(`DELETE FROM response WHERE assignment_id = $1 AND partner_id = $2`, [assignmentId, partnerId]);
        return null;
      case 'safetyReview':
        // As AssignmentActionsService.safetyReview does it: stamp the review, recount the unreviewed flags.
        if (assignmentId) {
          await pool.query(
            `UPDATE assignment SET safety_reviewed_at = $2, safety_reviewed_by_user_id = $3, safety_review_note = 'Seen.',
                    unreviewed_flagged_count = (SELECT count(*) FROM response r WHERE r.assignment_id = $1 AND r.status = 'submitted' AND r.safety_flagged
                                                  AND (r.submitted_at IS NULL OR r.submitted_at > $2))
              WHERE id = $1`,
            [assignmentId, at, counselorId],
          );
        }
        return null;
      case 'deleteAssignment':
        if (assignmentId) {
          await pool.query(`DELETE FROM assignment WHERE id = $1`, [assignmentId]);
          assignments.splice(assignments.indexOf(assignmentId), 1);
        }
        return null;
    }
  }

  it('a new couple starts at zero', async () => {
    const couple = await newCouple();
    expect(await progressOf(couple.id)).toEqual({ assigned_count: 0, completed_count: 0, open_flagged_count: 0, last_activity_at: null });
  });

  it('through any sequence of writes, the counters equal a recount of the responses', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 30 }), async (ops) => {
        const couple = await newCouple();
        const assignments: string[] = [];
        let lastActivity: Date | null = null;
        const start = Date.UTC(2026, 0, 1);
        for (const [i, op] of ops.entries()) {
          const stamped = await apply(op, couple, assignments, new Date(start + i * 60_000));
          if (stamped) lastActivity = stamped;
        }
        const { progress, perAssignment } = await recount(couple.id);
        const kept = await progressOf(couple.id);
        expect({ assigned_count: kept.assigned_count, completed_count: kept.completed_count, open_flagged_count: kept.open_flagged_count }).toEqual(progress);
        expect(await keptPerAssignment(couple.id)).toEqual(perAssignment);
        // A recount from scratch agrees with what the triggers kept.
        await pool.query('SELECT trp_rebuild_progress($1)', [practice.practiceId]);
        expect(await keptPerAssignment(couple.id)).toEqual(perAssignment);
        expect(await progressOf(couple.id)).toMatchObject(progress);
        // Last activity never goes back: the latest assignment made or response submitted, even if since reopened.
        expect(kept.last_activity_at?.getTime() ?? null).toBe((lastActivity as Date | null)?.getTime() ?? null);
      }),
      { numRuns: 40 },
    );
  });

  it('two partners submitting at the same moment are both counted', async () => {
    const couple = await newCouple();
    const { rows } = await pool.query<{ id: string }>(
      `INSERT INTO assignment (practice_id, couple_id, exercise_key, exercise_version) VALUES ($1, $2, 'acknowledge-the-breach', 1) RETURNING id`,
      [couple.practiceId, couple.id],
    );
    const assignmentId = rows[0]?.id;
    for (const partner of couple.partners) {
      await pool.query(`INSERT INTO response (practice_id, assignment_id, partner_id) VALUES ($1, $2, $3)`, [couple.practiceId, assignmentId, partner.id]);
    }
    const clients: PoolClient[] = await Promise.all([pool.connect(), pool.connect()]);
    try {
      await Promise.all(clients.map((c) => c.query('BEGIN')));
      // Both transactions are open before either commits; the second waits on the assignment row, then adds its one.
      const first = clients[0]?.query(`UPDATE response SET status = 'submitted', submitted_at = now(), safety_flagged = true WHERE assignment_id = $1 AND partner_id = $2`, [
        assignmentId,
        couple.partners[0].id,
      ]);
      await first;
      const second = clients[1]?.query(`UPDATE response SET status = 'submitted', submitted_at = now() WHERE assignment_id = $1 AND partner_id = $2`, [
        assignmentId,
        couple.partners[1].id,
      ]);
      await new Promise((resolve) => setTimeout(resolve, 100));
      await clients[0]?.query('COMMIT');
      await second;
      await clients[1]?.query('COMMIT');
    } finally {
      clients.forEach((c) => c.release());
    }
    expect(await keptPerAssignment(couple.id)).toEqual(new Map([[assignmentId, [2, 1, 1]]]));
    expect(await progressOf(couple.id)).toMatchObject({ assigned_count: 1, completed_count: 1, open_flagged_count: 1 });
  });

  it('trp_rebuild_progress recounts what a bulk load wrote with the triggers off', async () => {
    const couple = await newCouple();
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('ALTER TABLE assignment DISABLE TRIGGER USER');
      await client.query('ALTER TABLE response DISABLE TRIGGER USER');
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO assignment (practice_id, couple_id, exercise_key, exercise_version, created_at) VALUES ($1, $2, 'acknowledge-the-breach', 1, '2026-02-01Z') RETURNING id`,
        [couple.practiceId, couple.id],
      );
      for (const partner of couple.partners) {
        await client.query(`INSERT INTO response (practice_id, assignment_id, partner_id, status, submitted_at) VALUES ($1, $2, $3, 'submitted', '2026-02-03Z')`, [
          couple.practiceId,
          rows[0]?.id,
          partner.id,
        ]);
      }
      await client.query('ALTER TABLE assignment ENABLE TRIGGER USER');
      await client.query('ALTER TABLE response ENABLE TRIGGER USER');
      expect(await progressOfWith(client, couple.id)).toMatchObject({ assigned_count: 0, completed_count: 0 });
      await client.query('SELECT trp_rebuild_progress($1)', [couple.practiceId]);
      expect(await progressOfWith(client, couple.id)).toEqual({
        assigned_count: 1,
        completed_count: 1,
        open_flagged_count: 0,
        last_activity_at: new Date('2026-02-03Z'),
      });
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  });

  async function progressOfWith(client: PoolClient, coupleId: string): Promise<ProgressRow | undefined> {
    const { rows } = await client.query<ProgressRow>(
      `SELECT assigned_count, completed_count, open_flagged_count, last_activity_at FROM couple_progress WHERE couple_id = $1`,
      [coupleId],
    );
    return rows[0];
  }
});
