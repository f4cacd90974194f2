/**
 * The dashboard's panels: one SQL query each, scoped by practice ($1) and counselor ($2), active couples only;
 * `now` comes from the injectable Clock. Parameters per panel: DASHBOARD_PANELS. They implement the rules of
 * `assignments/progress-rules.ts` (the dashboard integration spec checks both agree). Plain strings without
 * imports, so the benchmarks (`tools/bench/`) can run and EXPLAIN exactly these.
 *
 * None of them reads history: submitted responses are counted on write into `assignment.submitted_count` /
 * `flagged_count` / `last_submitted_at` and per couple into `couple_progress` (triggers of migration
 * 1764316800000-CoupleProgress). Indexes used: ix_couple_caseload (practice, counselor, status),
 * ix_assignment_open_couple (open assignments per couple, partial), pk_couple_progress.
 */

/**
 * The open assignments of the caller's active couples, with how many partners submitted and whether one raised a flag
 * the counselor has not reviewed since (`unreviewed_flagged_count`, migration 1764928800000-SafetyReview).
 */
const OPEN_ASSIGNMENTS = `
  SELECT a.id AS assignment_id, a.couple_id, c.label AS couple_label, a.exercise_key, a.exercise_version, a.due_at,
         a.submitted_count::int AS submitted_count, a.unreviewed_flagged_count > 0 AS safety_flag, a.last_submitted_at
    FROM couple c
    JOIN assignment a ON a.practice_id = c.practice_id AND a.couple_id = c.id AND a.status = 'open'
   WHERE c.practice_id = $1 AND c.counselor_id = $2 AND c.status = 'active'`;

/** Safety flags first: open assignments with a submitted response that raised a flag not yet reviewed; newest submission first. */
export const SAFETY_FLAGS_SQL = `
  SELECT * FROM (${OPEN_ASSIGNMENTS}) o
   WHERE o.safety_flag
   ORDER BY o.last_submitted_at DESC NULLS LAST, o.assignment_id
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
 * open assignment carries a safety flag, and the last activity (an assignment made, a response submitted), all
 * (not yet reviewed) read from the couple's `couple_progress` row: O(couples in the caseload), whatever the history.
 * `next_session_at`: the session going on now or the next one (ix_session_couple_start; a couple has few sessions).
 */
export const CASELOAD_SQL = `
  SELECT c.id, c.label,
         (SELECT array_agg(p.display_name ORDER BY p.position) FROM partner p WHERE p.practice_id = c.practice_id AND p.couple_id = c.id) AS partner_names,
         coalesce(g.assigned_count, 0) AS assigned,
         coalesce(g.completed_count, 0) AS completed,
         coalesce(g.open_flagged_count, 0) > 0 AS safety_flag,
         g.last_activity_at,
         (SELECT min(s.starts_at) FROM session s
           WHERE s.practice_id = c.practice_id AND s.couple_id = c.id
             AND s.starts_at + make_interval(mins => s.duration_minutes) > $3) AS next_session_at
    FROM couple c
    LEFT JOIN couple_progress g ON g.practice_id = c.practice_id AND g.couple_id = c.id
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
  caseload: { sql: CASELOAD_SQL, parameters: (s: PanelScope) => [s.practiceId, s.counselorId, s.now] },
} as const;
