import { EntityManager } from 'typeorm';
import type { Answers } from '@trp/exercises';

/** One assignment of the couple with one partner's own response (never the other partner's). */
export interface PartnerAssignmentRow {
  readonly id: string;
  readonly exerciseKey: string;
  readonly exerciseVersion: number;
  readonly instructions: string | null;
  readonly dueAt: Date | null;
  readonly visibility: string;
  readonly status: string;
  readonly createdAt: Date;
  readonly reviewedAt: Date | null;
  readonly cancelledAt: Date | null;
  readonly response: {
    readonly status: 'draft' | 'submitted';
    readonly answers: Answers;
    readonly version: number;
    readonly submittedAt: Date | null;
    readonly updatedAt: Date;
  } | null;
}

interface Raw {
  id: string;
  exercise_key: string;
  exercise_version: number;
  instructions: string | null;
  due_at: Date | null;
  visibility: string;
  status: string;
  created_at: Date;
  /** `created_at` as text: full microseconds, for the keyset (a JS Date keeps only milliseconds). */
  cursor_at: string;
  reviewed_at: Date | null;
  cancelled_at: Date | null;
  r_status: 'draft' | 'submitted' | null;
  r_answers: Answers | null;
  r_version: number | null;
  r_submitted_at: Date | null;
  r_updated_at: Date | null;
}

export const EXPORT_PAGE_SIZE = 50;

/**
 * The couple's assignments, oldest first, each with this partner's response only, read in keyset pages of
 * `pageSize` (bounded memory whatever the history). `onlyAnswered`: only those the partner has a response to.
 */
export async function* partnerAssignments(
  manager: EntityManager,
  scope: { practiceId: string; coupleId: string; partnerId: string; onlyAnswered?: boolean },
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<PartnerAssignmentRow> {
  let after: { createdAt: string; id: string } | null = null;
  for (;;) {
    const rows: Raw[] = await manager.query(
      `SELECT a.id, a.exercise_key, a.exercise_version, a.instructions, a.due_at, a.visibility, a.status, a.created_at,
              a.created_at::text AS cursor_at, a.reviewed_at, a.cancelled_at,
              r.status AS r_status, r.answers AS r_answers, r.version AS r_version, r.submitted_at AS r_submitted_at,
              r.updated_at AS r_updated_at
         FROM assignment a
         LEFT JOIN response r ON r.practice_id = a.practice_id AND r.assignment_id = a.id AND r.partner_id = $3
        WHERE a.practice_id = $1 AND a.couple_id = $2
          AND ($4::boolean IS FALSE OR r.id IS NOT NULL)
          AND ($5::timestamptz IS NULL OR (a.created_at, a.id) > ($5::timestamptz, $6::uuid))
        ORDER BY a.created_at, a.id
        LIMIT $7`,
      [scope.practiceId, scope.coupleId, scope.partnerId, scope.onlyAnswered ?? false, after?.createdAt ?? null, after?.id ?? null, pageSize],
    );
    for (const row of rows) yield toRow(row);
    const last = rows[rows.length - 1];
    if (!last || rows.length < pageSize) return;
    after = { createdAt: last.cursor_at, id: last.id };
  }
}

function toRow(row: Raw): PartnerAssignmentRow {
  return {
    id: row.id,
    exerciseKey: row.exercise_key,
    exerciseVersion: row.exercise_version,
    instructions: row.instructions,
    dueAt: row.due_at,
    visibility: row.visibility,
    status: row.status,
    createdAt: row.created_at,
    reviewedAt: row.reviewed_at,
    cancelledAt: row.cancelled_at,
    response:
      row.r_status && row.r_updated_at
        ? { status: row.r_status, answers: row.r_answers ?? {}, version: row.r_version ?? 1, submittedAt: row.r_submitted_at, updatedAt: row.r_updated_at }
        : null,
  };
}
