import { EntityManager } from 'typeorm';
import type { AssignmentView } from '@trp/contracts';
import type { Partner } from '../couples/partner.entity';
import type { Assignment } from './assignment.entity';
import type { DefinitionLookup } from '../exercises/exercises.service';
import { ResponseFacts, toAssignmentView } from './dto/assignment.dto';
import { seriesOf } from './series/occurrences';

interface ResponseRow {
  id: string;
  assignment_id: string;
  partner_id: string;
  status: 'draft' | 'submitted';
  submitted_at: Date | null;
  safety_flagged: boolean;
  answers: ResponseFacts['answers'] | null;
  score: number | null;
}

/**
 * The responses of some assignments of one practice. Answers are selected for submitted responses only and
 * only when `withAnswers`: a draft's content never leaves the database for a staff request.
 */
export async function responsesOf(
  manager: EntityManager,
  practiceId: string,
  assignmentIds: readonly string[],
  withAnswers: boolean,
): Promise<(ResponseFacts & { assignmentId: string })[]> {
  if (assignmentIds.length === 0) return [];
  const rows: ResponseRow[] = await manager.query(
    `SELECT id, assignment_id, partner_id, status, submitted_at, safety_flagged,
            CASE WHEN status = 'submitted' THEN score END AS score,
            CASE WHEN $3::boolean AND status = 'submitted' THEN answers END AS answers
       FROM response
      WHERE practice_id = $1 AND assignment_id = ANY($2::uuid[])`,
    [practiceId, assignmentIds, withAnswers],
  );
  return rows.map((row) => ({
    id: row.id,
    assignmentId: row.assignment_id,
    partnerId: row.partner_id,
    status: row.status,
    submittedAt: row.submitted_at,
    safetyFlagged: row.safety_flagged,
    ...(row.answers && { answers: row.answers }),
    score: row.score,
  }));
}

/** The display names of the staff who made the safety reviews of some assignments of one practice, by account id. */
export async function safetyReviewersOf(manager: EntityManager, assignments: readonly Assignment[]): Promise<Map<string, string>> {
  const first = assignments[0];
  const ids = [...new Set(assignments.map((a) => a.safetyReviewedByUserId).filter((id): id is string => id !== null))];
  if (!first || ids.length === 0) return new Map();
  const rows: { id: string; display_name: string }[] = await manager.query(
    `SELECT id, display_name FROM user_account WHERE practice_id = $1 AND id = ANY($2::uuid[])`,
    [first.practiceId, ids],
  );
  return new Map(rows.map((row) => [row.id, row.display_name]));
}

/** Views of some assignments of one couple: statuses only (no answers), one query for all responses. */
export async function assignmentViews(
  manager: EntityManager,
  assignments: readonly Assignment[],
  partners: readonly Partner[],
  definitions: DefinitionLookup,
): Promise<AssignmentView[]> {
  const first = assignments[0];
  if (!first) return [];
  const responses = await responsesOf(manager, first.practiceId, assignments.map((a) => a.id), false);
  const reviewers = await safetyReviewersOf(manager, assignments);
  const series = await seriesOf(manager, first.practiceId, assignments.map((a) => a.seriesId));
  return assignments.map((assignment) =>
    toAssignmentView(
      assignment,
      partners,
      responses.filter((r) => r.assignmentId === assignment.id),
      definitions,
      assignment.safetyReviewedByUserId ? (reviewers.get(assignment.safetyReviewedByUserId) ?? null) : null,
      (assignment.seriesId && series.get(assignment.seriesId)) || null,
    ),
  );
}
