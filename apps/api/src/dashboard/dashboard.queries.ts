/**
 * The dashboard's panels: one SQL query each, scoped by practice ($1) and counselor ($2), active couples only;
 * `now` comes from the injectable Clock. Parameters per panel: DASHBOARD_PANELS. They implement the rules of
 * `assignments/progress-rules.ts` (the dashboard integration spec checks both agree). Plain strings without
 * imports, so `tools/bench/dashboard-latency.ts` can run EXPLAIN on exactly these.
 *
 * Indexes used: ix_couple_caseload (practice, counselor, status), ix_assignment_open_couple (open assignments per
 * couple, partial), ix_assignment_couple, ix_response_submitted (partial, covering: counts without reading
 * answers), ix_response_safety_flag (partial). Measured with tools/bench/dashboard-latency.ts.
 */

/** Per open assignment of the caller's active couples: how many partners submitted, and whether one raised a flag. */
const OPEN_ASSIGNMENTS = `
  SELECT a.id AS assignment_id, a.couple_id, c.label AS couple_label, a.exercise_key, a.exercise_version, a.due_at,
         s.submitted_count, s.safety_flag, s.last_submitted_at
    FROM couple c
    JOIN assignment a ON a.practice_id = c.practice_id AND a.couple_id = c.id AND a.status = 'open'
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS submitted_count, coalesce(bool_or(r.safety_flagged), false) AS safety_flag, max(r.submitted_at) AS last_submitted_at
        FROM response r
       WHERE r.practice_id = a.practice_id AND r.assignment_id = a.id AND r.status = 'submitted'
    ) s
   WHERE c.practice_id = $1 AND c.counselor_id = $2 AND c.status = 'active'`;

/** Safety flags first: open assignments with a submitted response that raised a flag; newest submission first. */
export const SAFETY_FLAGS_SQL = `
  SELECT a.id AS assignment_id, a.couple_id, c.label AS couple_label, a.exercise_key, a.exercise_version, a.due_at,
         s.submitted_count, true AS safety_flag, s.last_submitted_at
    FROM couple c
    JOIN assignment a ON a.practice_id = c.practice_id AND a.couple_id = c.id AND a.status = 'open'
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS submitted_count, max(r.submitted_at) AS last_submitted_at
        FROM response r
       WHERE r.practice_id = a.practice_id AND r.assignment_id = a.id AND r.status = 'submitted'
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
 * open assignment carries a safety flag, and the last activity (an assignment made, a response submitted). Submitted
 * responses are counted per assignment from the partial covering index ix_response_submitted (an index-only scan,
 * never the answers), then joined to the couple's assignments by hash: no per-row lookups.
 */
export const CASELOAD_SQL = `
  SELECT c.id, c.label,
         (SELECT array_agg(p.display_name ORDER BY p.position) FROM partner p WHERE p.practice_id = c.practice_id AND p.couple_id = c.id) AS partner_names,
         coalesce(x.assigned, 0) AS assigned,
         coalesce(x.completed, 0) AS completed,
         coalesce(x.safety_flag, false) AS safety_flag,
         x.last_activity_at
    FROM couple c
    LEFT JOIN (
      SELECT a.couple_id,
             count(*) FILTER (WHERE a.status <> 'cancelled')::int AS assigned,
             count(*) FILTER (WHERE a.status <> 'cancelled' AND s.submitted_count >= 2)::int AS completed,
             coalesce(bool_or(s.safety_flag) FILTER (WHERE a.status = 'open'), false) AS safety_flag,
             greatest(max(a.created_at), max(s.last_submitted_at)) AS last_activity_at
        FROM assignment a
        JOIN couple mine ON mine.practice_id = a.practice_id AND mine.id = a.couple_id AND mine.counselor_id = $2 AND mine.status = 'active'
        LEFT JOIN (
          SELECT r.assignment_id, count(*) AS submitted_count, bool_or(r.safety_flagged) AS safety_flag, max(r.submitted_at) AS last_submitted_at
            FROM response r
           WHERE r.practice_id = $1 AND r.status = 'submitted'
           GROUP BY r.assignment_id
        ) s ON s.assignment_id = a.id
       WHERE a.practice_id = $1
       GROUP BY a.couple_id
    ) x ON x.couple_id = c.id
   WHERE c.practice_id = $1 AND c.counselor_id = $2 AND c.status = 'active'
   ORDER BY lower(c.label), c.id`;

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
