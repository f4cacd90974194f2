
/**
 * The digest's SQL, in one place so the service runs it and the bench EXPLAINs it (tools/bench/explain.ts).
 * History is read from the earliest "since" on only: every query is bounded by the sessions' window or by
 * `$3` (the earliest since), through the indexes named in migrations 1764950400000 and 1764961200000.
 */

/** The most sessions one digest lists. */
export const MAX_SESSIONS = 200;

/** $1 practice, $2 counselor, $3 from, $4 to, $5 now. */
export const DIGEST_SESSIONS_SQL = `SELECT s.id, s.couple_id, s.starts_at, s.duration_minutes, s.created_at, c.label, c.created_at AS couple_created_at,
        (SELECT max(p.starts_at) FROM session p
          WHERE p.practice_id = s.practice_id AND p.couple_id = s.couple_id AND p.starts_at < s.starts_at AND p.starts_at <= $5) AS previous_at
   FROM session s
   JOIN couple c ON c.practice_id = s.practice_id AND c.id = s.couple_id AND c.counselor_id = $2 AND c.status = 'active'
  WHERE s.practice_id = $1 AND s.starts_at >= $3 AND s.starts_at < $4
  ORDER BY s.starts_at, s.id
  LIMIT ${MAX_SESSIONS}`;

/** $1 practice, $2 couple ids, $3 now. */
export const DIGEST_COUNTS_SQL = `SELECT a.couple_id,
        count(*) FILTER (WHERE a.unreviewed_flagged_count > 0)::int AS safety_flags,
        count(*) FILTER (WHERE a.due_at < $3 AND a.submitted_count < 2)::int AS overdue,
        count(*) FILTER (WHERE a.submitted_count >= 2 OR (a.submitted_count = 1 AND a.due_at < $3))::int AS ready
   FROM assignment a
  WHERE a.practice_id = $1 AND a.couple_id = ANY($2::uuid[]) AND a.status = 'open'
  GROUP BY a.couple_id`;

/** $1 practice, $2 couple ids. */
export const DIGEST_PARTNERS_SQL = `SELECT id, couple_id, display_name FROM partner WHERE practice_id = $1 AND couple_id = ANY($2::uuid[]) ORDER BY position`;

/** $1 practice, $2 couple ids, $3 earliest since, $4 now. */
export const DIGEST_ASSIGNMENTS_SQL = `SELECT a.id, a.couple_id, a.exercise_key, a.exercise_version, a.opens_at
   FROM assignment a
  WHERE a.practice_id = $1 AND a.couple_id = ANY($2::uuid[]) AND a.status <> 'cancelled'
    AND a.opens_at <= $4 AND (a.opens_at >= $3 OR a.last_submitted_at >= $3)`;

/** $1 practice, $2 couple ids, $3 earliest since. */
export const DIGEST_RESPONSES_SQL = `SELECT r.assignment_id, r.partner_id, r.submitted_at, r.answers
   FROM response r
   JOIN assignment a ON a.practice_id = r.practice_id AND a.id = r.assignment_id
  WHERE r.practice_id = $1 AND a.couple_id = ANY($2::uuid[]) AND a.status <> 'cancelled'
    AND a.last_submitted_at >= $3 AND r.status = 'submitted'`;

/**
 * The stored scores the score changes need ($1 practice, $2 couple ids, $3 earliest since, $4 now, $5 the scored
 * exercises' keys): every scored submission from the earliest since on, and before it only each partner's newest per
 * exercise (the "before" of a later since is then either among the first set or that newest one). Non-cancelled
 * assignments, like the trends. Only the scored exercises' assignments are read (ix_assignment_couple_exercise), so
 * the work grows with the couples' check-ins, not with their whole history.
 */
export const DIGEST_SCORES_SQL = `(SELECT DISTINCT ON (r.partner_id, a.exercise_key)
        a.couple_id, a.exercise_key, a.exercise_version, r.assignment_id, r.partner_id, r.submitted_at, r.score
   FROM response r
   JOIN assignment a ON a.practice_id = r.practice_id AND a.id = r.assignment_id
  WHERE r.practice_id = $1 AND a.couple_id = ANY($2::uuid[]) AND a.status <> 'cancelled' AND a.exercise_key = ANY($5::text[])
    AND r.status = 'submitted' AND r.score IS NOT NULL AND r.submitted_at < $3
  ORDER BY r.partner_id, a.exercise_key, r.submitted_at DESC)
UNION ALL
(SELECT a.couple_id, a.exercise_key, a.exercise_version, r.assignment_id, r.partner_id, r.submitted_at, r.score
   FROM response r
   JOIN assignment a ON a.practice_id = r.practice_id AND a.id = r.assignment_id
  WHERE r.practice_id = $1 AND a.couple_id = ANY($2::uuid[]) AND a.status <> 'cancelled' AND a.exercise_key = ANY($5::text[])
    AND r.status = 'submitted' AND r.score IS NOT NULL AND r.submitted_at >= $3 AND r.submitted_at <= $4)`;

