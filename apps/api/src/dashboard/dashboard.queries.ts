/**
 * The dashboard's panels: one SQL query each, scoped by practice ($1) and counselor ($2), active couples only;
 * `now` comes from the injectable Clock. Parameters per panel: DASHBOARD_PANELS. They implement the rules of
 * `assignments/progress-rules.ts` (the dashboard integration spec checks both agree). Plain strings without
 * imports, so `tools/bench/dashboard-latency.ts` can run EXPLAIN on exactly these.
 *
 * Indexes used: ix_couple_caseload (practice, counselor, status), ix_assignment_open_couple (open assignments per
 * couple, partial), ix_assignment_couple, uq_response_assignment_partner, ix_response_safety_flag (partial).
 */

/** Per open assignment of the caller's active couples: how many partners submitted, and whether one raised a flag. */
const OPEN_ASSIGNMENTS = `
  SELECT a.id AS assignment_id, a.couple_id, c.label AS couple_label, a.exercise_key, a.exercise_version, a.due_at,
         s.submitted_count, s.safety_flag, s.last_submitted_at
    FROM couple c
    JOIN assignment a ON a.practice_id = c.practice_id AND a.couple_id = c.id AND a.status = 'open'
    CROSS JOIN LATERAL (
      SELECT count(*) FILTER (WHERE r.status = 'submitted')::int AS submitted_count,
             coalesce(bool_or(r.safety_flagged) FILTER (WHERE r.status = 'submitted'), false) AS safety_flag,
             max(r.submitted_at) AS last_submitted_at
        FROM response r
       WHERE r.practice_id = a.practice_id AND r.assignment_id = a.id
    ) s
   WHERE c.practice_id = $1 AND c.counselor_id = $2 AND c.status = 'active'`;

/** Safety flags first: open assignments with a submitted response that raised a flag; newest submission first. */
export const SAFETY_FLAGS_SQL = `
  SELECT a.id AS assignment_id, a.couple_id, c.label AS couple_label, a.exercise_key, a.exercise_version, a.due_at,
         s.submitted_count, true AS safety_flag, s.last_submitted_at
    FROM couple c
    JOIN assignment a ON a.practice_id = c.practice_id AND a.couple_id = c.id AND a.status = 'open'
    CROSS JOIN LATERAL (
      SELECT count(*) FILTER (WHERE r.status = 'submitted')::int AS submitted_count, max(r.submitted_at) AS last_submitted_at
        FROM response r
       WHERE r.practice_id = a.practice_id AND r.assignment_id = a.id
    ) s
   WHERE c.practice_id = $1 AND c.counselor_id = $2 AND c.status = 'active'
     AND EXISTS (SELECT 1 FROM response f
                  WHERE f.practice_id = a.practice_id AND f.assignment_id = a.id AND f.safety_flagged AND f.status = 'submitted')
   ORDER BY s.last_submitted_at DESC NULLS LAST, a.id
   LIMIT $3`;

/** Ready to review: open and submitted by both, or by one when overdue; the longest waiting first. */
export const READY_TO_REVIEW_SQL = `
  SELECT * FROM (${OPEN_ASSIGNMENTS}) o
   WHERE o.submitted_count >= 2 OR (o.submitted_count = 1 AND o.due_at < $3)
   ORDER BY o.last_submitted_at ASC NULLS LAST, o.assignment_id
   LIMIT $4`;

/** Overdue: open, due date passed, not both submitted; the most overdue first. */
export const OVERDUE_SQL = `
  SELECT * FROM (${OPEN_ASSIGNMENTS}) o
   WHERE o.due_at < $3 AND o.submitted_count < 2
   ORDER BY o.due_at ASC, o.assignment_id
   LIMIT $4`;

/**
 * The caseload: every active couple of the caller with its progress (done by both / not cancelled), whether an
 * open assignment carries a safety flag, and the last activity (an assignment made, a response saved).
 */
export const CASELOAD_SQL = `
  WITH mine AS (
    SELECT c.id, c.practice_id, c.label
      FROM couple c
     WHERE c.practice_id = $1 AND c.counselor_id = $2 AND c.status = 'active'
  ), per_assignment AS (
    SELECT a.couple_id, a.id, a.status, a.created_at,
           count(r.id) FILTER (WHERE r.status = 'submitted') AS submitted_count,
           coalesce(bool_or(r.safety_flagged) FILTER (WHERE r.status = 'submitted'), false) AS safety_flag,
           max(r.updated_at) AS last_response_at
      FROM mine m
      JOIN assignment a ON a.practice_id = m.practice_id AND a.couple_id = m.id
      LEFT JOIN response r ON r.practice_id = a.practice_id AND r.assignment_id = a.id
     GROUP BY a.couple_id, a.id, a.status, a.created_at
  )
  SELECT m.id, m.label,
         (SELECT array_agg(p.display_name ORDER BY p.position) FROM partner p WHERE p.practice_id = m.practice_id AND p.couple_id = m.id) AS partner_names,
         count(pa.id) FILTER (WHERE pa.status <> 'cancelled')::int AS assigned,
         count(pa.id) FILTER (WHERE pa.status <> 'cancelled' AND pa.submitted_count >= 2)::int AS completed,
         coalesce(bool_or(pa.safety_flag) FILTER (WHERE pa.status = 'open'), false) AS safety_flag,
         greatest(max(pa.created_at), max(pa.last_response_at)) AS last_activity_at
    FROM mine m
    LEFT JOIN per_assignment pa ON pa.couple_id = m.id
   GROUP BY m.id, m.practice_id, m.label
   ORDER BY lower(m.label), m.id`;

export interface PanelScope {
  readonly practiceId: string;
  readonly counselorId: string;
  readonly now: Date;
  /** The most items a queue panel (safety flags, ready to review, overdue) answers. */
  readonly limit: number;
}

/** Each panel's SQL and its parameters. */
export const DASHBOARD_PANELS = {
  safetyFlags: { sql: SAFETY_FLAGS_SQL, parameters: (s: PanelScope) => [s.practiceId, s.counselorId, s.limit] },
  readyToReview: { sql: READY_TO_REVIEW_SQL, parameters: (s: PanelScope) => [s.practiceId, s.counselorId, s.now, s.limit] },
  overdue: { sql: OVERDUE_SQL, parameters: (s: PanelScope) => [s.practiceId, s.counselorId, s.now, s.limit] },
  caseload: { sql: CASELOAD_SQL, parameters: (s: PanelScope) => [s.practiceId, s.counselorId] },
} as const;
