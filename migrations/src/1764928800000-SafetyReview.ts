import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A safety flag is worked, not just shown (issue 21): the counselor acknowledges it with a note
 * (`POST /api/assignments/:id/safety-review`), after which it leaves the dashboard's "Safety concerns" panel and the
 * caseload's marker, until a later submission raises a flag again.
 *
 * - `assignment.safety_reviewed_at`, `safety_reviewed_by_user_id`, `safety_review_note`: the latest review (the note
 *   is clinical: counselor-only).
 * - `assignment.unreviewed_flagged_count`: submitted responses with a flag submitted after the latest review (all of
 *   them when there is none), kept by the response trigger like `flagged_count`; the review sets it from a recount.
 *   The rule is `awaitsSafetyReview` in `apps/api/src/assignments/progress-rules.ts`.
 * - `couple_progress.open_flagged_count` now counts open assignments with an unreviewed flag.
 */
export class SafetyReview1764928800000 implements MigrationInterface {
  name = 'SafetyReview1764928800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE assignment
        ADD COLUMN safety_reviewed_at timestamptz,
        ADD COLUMN safety_reviewed_by_user_id uuid,
        ADD COLUMN safety_review_note text,
        ADD COLUMN unreviewed_flagged_count smallint NOT NULL DEFAULT 0,
        ADD CONSTRAINT fk_assignment_safety_reviewed_by FOREIGN KEY (safety_reviewed_by_user_id) REFERENCES user_account (id) ON DELETE RESTRICT,
        ADD CONSTRAINT ck_assignment_safety_review CHECK (
          (safety_reviewed_at IS NULL) = (safety_review_note IS NULL) AND (safety_reviewed_at IS NULL) = (safety_reviewed_by_user_id IS NULL)
        ),
        ADD CONSTRAINT ck_assignment_unreviewed_flagged_count CHECK (unreviewed_flagged_count BETWEEN 0 AND flagged_count)`);
    await queryRunner.query(`UPDATE assignment SET unreviewed_flagged_count = flagged_count WHERE flagged_count > 0`);

    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION trp_response_progress() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        was_submitted int := 0; was_flagged int := 0; is_submitted int := 0; is_flagged int := 0;
        was_at timestamptz; is_at timestamptz;
        target_practice uuid; target_assignment uuid; submitted timestamptz;
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          was_submitted := (OLD.status = 'submitted')::int;
          was_flagged := (OLD.status = 'submitted' AND OLD.safety_flagged)::int;
          was_at := OLD.submitted_at;
          target_practice := OLD.practice_id; target_assignment := OLD.assignment_id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          is_submitted := (NEW.status = 'submitted')::int;
          is_flagged := (NEW.status = 'submitted' AND NEW.safety_flagged)::int;
          is_at := NEW.submitted_at;
          target_practice := NEW.practice_id; target_assignment := NEW.assignment_id; submitted := NEW.submitted_at;
        END IF;
        IF TG_OP = 'UPDATE' AND NEW.assignment_id IS DISTINCT FROM OLD.assignment_id THEN
          RAISE EXCEPTION 'a response cannot move to another assignment';
        END IF;
        -- A flag awaits review when submitted after the latest review (or there is none): awaitsSafetyReview.
        UPDATE assignment
           SET submitted_count = submitted_count + is_submitted - was_submitted,
               flagged_count = flagged_count + is_flagged - was_flagged,
               unreviewed_flagged_count = unreviewed_flagged_count
                 + (is_flagged = 1 AND (safety_reviewed_at IS NULL OR is_at IS NULL OR is_at > safety_reviewed_at))::int
                 - (was_flagged = 1 AND (safety_reviewed_at IS NULL OR was_at IS NULL OR was_at > safety_reviewed_at))::int,
               last_submitted_at = greatest(last_submitted_at, submitted)
         WHERE practice_id = target_practice AND id = target_assignment;
        RETURN NULL;
      END $$`);

    await queryRunner.query(assignmentProgressFunction('unreviewed_flagged_count'));
    await queryRunner.query(`DROP TRIGGER trp_assignment_progress_update ON assignment`);
    await queryRunner.query(assignmentProgressUpdateTrigger('unreviewed_flagged_count'));
    await queryRunner.query(rebuildFunction(true));
    await queryRunner.query(`SELECT trp_rebuild_progress(NULL)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION trp_response_progress() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        was_submitted int := 0; was_flagged int := 0; is_submitted int := 0; is_flagged int := 0;
        target_practice uuid; target_assignment uuid; submitted timestamptz;
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          was_submitted := (OLD.status = 'submitted')::int;
          was_flagged := (OLD.status = 'submitted' AND OLD.safety_flagged)::int;
          target_practice := OLD.practice_id; target_assignment := OLD.assignment_id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          is_submitted := (NEW.status = 'submitted')::int;
          is_flagged := (NEW.status = 'submitted' AND NEW.safety_flagged)::int;
          target_practice := NEW.practice_id; target_assignment := NEW.assignment_id; submitted := NEW.submitted_at;
        END IF;
        IF TG_OP = 'UPDATE' AND NEW.assignment_id IS DISTINCT FROM OLD.assignment_id THEN
          RAISE EXCEPTION 'a response cannot move to another assignment';
        END IF;
        UPDATE assignment
           SET submitted_count = submitted_count + is_submitted - was_submitted,
               flagged_count = flagged_count + is_flagged - was_flagged,
               last_submitted_at = greatest(last_submitted_at, submitted)
         WHERE practice_id = target_practice AND id = target_assignment;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`DROP TRIGGER trp_assignment_progress_update ON assignment`);
    await queryRunner.query(assignmentProgressUpdateTrigger('flagged_count'));
    await queryRunner.query(assignmentProgressFunction('flagged_count'));
    await queryRunner.query(rebuildFunction(false));
    await queryRunner.query(`
      ALTER TABLE assignment
        DROP CONSTRAINT ck_assignment_unreviewed_flagged_count,
        DROP CONSTRAINT ck_assignment_safety_review,
        DROP CONSTRAINT fk_assignment_safety_reviewed_by,
        DROP COLUMN unreviewed_flagged_count,
        DROP COLUMN safety_review_note,
        DROP COLUMN safety_reviewed_by_user_id,
        DROP COLUMN safety_reviewed_at`);
    await queryRunner.query(`SELECT trp_rebuild_progress(NULL)`);
  }
}

/** An assignment's share of its couple; `flagColumn` is the counter an open assignment's flag is read from. */
function assignmentProgressFunction(flagColumn: 'flagged_count' | 'unreviewed_flagged_count'): string {
  return `
      CREATE OR REPLACE FUNCTION trp_assignment_progress() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        was_assigned int := 0; was_completed int := 0; was_flagged int := 0;
        is_assigned int := 0; is_completed int := 0; is_flagged int := 0;
        target_practice uuid; target_couple uuid; activity timestamptz;
      BEGIN
        -- trp_rebuild_progress recounts the couples itself.
        IF current_setting('trp.rebuilding_progress', true) = 'on' THEN RETURN NULL; END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          was_assigned := (OLD.status <> 'cancelled')::int;
          was_completed := (OLD.status <> 'cancelled' AND OLD.submitted_count >= 2)::int;
          was_flagged := (OLD.status = 'open' AND OLD.${flagColumn} > 0)::int;
          target_practice := OLD.practice_id; target_couple := OLD.couple_id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          is_assigned := (NEW.status <> 'cancelled')::int;
          is_completed := (NEW.status <> 'cancelled' AND NEW.submitted_count >= 2)::int;
          is_flagged := (NEW.status = 'open' AND NEW.${flagColumn} > 0)::int;
          target_practice := NEW.practice_id; target_couple := NEW.couple_id;
          activity := greatest(NEW.last_submitted_at, CASE WHEN TG_OP = 'INSERT' THEN NEW.created_at END);
        END IF;
        IF TG_OP = 'UPDATE' AND NEW.couple_id IS DISTINCT FROM OLD.couple_id THEN
          RAISE EXCEPTION 'an assignment cannot move to another couple';
        END IF;
        UPDATE couple_progress
           SET assigned_count = assigned_count + is_assigned - was_assigned,
               completed_count = completed_count + is_completed - was_completed,
               open_flagged_count = open_flagged_count + is_flagged - was_flagged,
               last_activity_at = greatest(last_activity_at, activity)
         WHERE practice_id = target_practice AND couple_id = target_couple;
        RETURN NULL;
      END $$`;
}

function assignmentProgressUpdateTrigger(flagColumn: 'flagged_count' | 'unreviewed_flagged_count'): string {
  return `
      CREATE TRIGGER trp_assignment_progress_update AFTER UPDATE OF status, submitted_count, ${flagColumn}, last_submitted_at, couple_id ON assignment FOR EACH ROW
        WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.submitted_count IS DISTINCT FROM NEW.submitted_count
              OR OLD.${flagColumn} IS DISTINCT FROM NEW.${flagColumn} OR OLD.last_submitted_at IS DISTINCT FROM NEW.last_submitted_at
              OR OLD.couple_id IS DISTINCT FROM NEW.couple_id)
        EXECUTE FUNCTION trp_assignment_progress()`;
}

/** Recounts one practice (or every practice, with NULL) from the responses up; with `reviews`, unreviewed flags too. */
function rebuildFunction(reviews: boolean): string {
  const unreviewed = `count(*) FILTER (WHERE r.safety_flagged AND (a3.safety_reviewed_at IS NULL OR r.submitted_at IS NULL OR r.submitted_at > a3.safety_reviewed_at))`;
  return `
      CREATE OR REPLACE FUNCTION trp_rebuild_progress(target_practice uuid) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM set_config('trp.rebuilding_progress', 'on', true);
        UPDATE assignment a
           SET submitted_count = coalesce(s.submitted, 0), flagged_count = coalesce(s.flagged, 0), last_submitted_at = s.last_submitted_at
               ${reviews ? ', unreviewed_flagged_count = coalesce(s.unreviewed, 0)' : ''}
          FROM assignment a2
          LEFT JOIN (
            SELECT r.assignment_id, count(*) AS submitted, count(*) FILTER (WHERE r.safety_flagged) AS flagged, max(r.submitted_at) AS last_submitted_at
                   ${reviews ? `, ${unreviewed} AS unreviewed` : ''}
              FROM response r
              ${reviews ? 'JOIN assignment a3 ON a3.practice_id = r.practice_id AND a3.id = r.assignment_id' : ''}
             WHERE r.status = 'submitted' AND (target_practice IS NULL OR r.practice_id = target_practice)
             GROUP BY r.assignment_id
          ) s ON s.assignment_id = a2.id
         WHERE a.id = a2.id AND (target_practice IS NULL OR a2.practice_id = target_practice)
           AND (a.submitted_count, a.flagged_count, a.last_submitted_at${reviews ? ', a.unreviewed_flagged_count' : ''})
               IS DISTINCT FROM (coalesce(s.submitted, 0), coalesce(s.flagged, 0), s.last_submitted_at${reviews ? ', coalesce(s.unreviewed, 0)' : ''});

        INSERT INTO couple_progress (couple_id, practice_id, assigned_count, completed_count, open_flagged_count, last_activity_at)
        SELECT c.id, c.practice_id,
               count(a.id) FILTER (WHERE a.status <> 'cancelled'),
               count(a.id) FILTER (WHERE a.status <> 'cancelled' AND a.submitted_count >= 2),
               count(a.id) FILTER (WHERE a.status = 'open' AND a.${reviews ? 'unreviewed_flagged_count' : 'flagged_count'} > 0),
               greatest(max(a.created_at), max(a.last_submitted_at))
          FROM couple c
          LEFT JOIN assignment a ON a.practice_id = c.practice_id AND a.couple_id = c.id
         WHERE target_practice IS NULL OR c.practice_id = target_practice
         GROUP BY c.id, c.practice_id
        ON CONFLICT (practice_id, couple_id) DO UPDATE
           SET assigned_count = EXCLUDED.assigned_count, completed_count = EXCLUDED.completed_count,
               open_flagged_count = EXCLUDED.open_flagged_count, last_activity_at = EXCLUDED.last_activity_at;
        PERFORM set_config('trp.rebuilding_progress', 'off', true);
      END $$`;
}
