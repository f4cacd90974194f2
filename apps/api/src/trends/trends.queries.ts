/**
 * The trends read (`GET /api/couples/:id/trends`), a plain string so the bench EXPLAINs exactly this
 * (tools/bench/explain.ts). $1 practice, $2 couple, $3 exercise keys with something to chart, $4 their chartable
 * field ids: the non-cancelled assignments of those exercises (ix_assignment_couple_exercise) and, of each
 * submitted response, only those fields of its answers.
 */
export const TRENDS_SQL = `SELECT a.id AS assignment_id, a.exercise_key, a.exercise_version, r.partner_id, r.submitted_at, r.score,
              (SELECT jsonb_object_agg(e.key, e.value) FROM jsonb_each(r.answers) e WHERE e.key = ANY($4::text[])) AS values
         FROM assignment a
         JOIN response r ON r.practice_id = a.practice_id AND r.assignment_id = a.id AND r.status = 'submitted'
        WHERE a.practice_id = $1 AND a.couple_id = $2 AND a.status <> 'cancelled' AND a.exercise_key = ANY($3::text[])
        ORDER BY r.submitted_at, a.created_at, a.id`;
