import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Progress kept on write, so the counselor dashboard never reads history (issue 7: the caseload aggregated every
 * submitted response of the practice on each request, 8× slower at 1M responses than at 10k).
 *
 * - `assignment.submitted_count`, `flagged_count`, `last_submitted_at`: its submitted responses, kept by a trigger on
 *   `response` (only status, flag and submitted-at changes fire it: draft saves cost nothing).
 * - `couple_progress`: one row per couple (assigned, completed by both, open assignments with a safety flag, last
 *   activity), kept by triggers on `couple` and `assignment`. The rules are those of
 *   `apps/api/src/assignments/progress-rules.ts`.
 *
 * Triggers rather than service code, so every writer (the API, seeders, a manual fix in psql) keeps them true.
 * They add and subtract (`x = x + delta`), never recount: two partners submitting at once each add their own one,
 * which a recount inside READ COMMITTED could miss. `trp_rebuild_progress(practice)` recounts from scratch: the
 * backfill below, bulk loads that disable the triggers, and the consistency test.
 */
export class CoupleProgress1764316800000 implements MigrationInterface {
  name = 'CoupleProgress1764316800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE assignment
        ADD COLUMN submitted_count smallint NOT NULL DEFAULT 0,
        ADD COLUMN flagged_count smallint NOT NULL DEFAULT 0,
        ADD COLUMN last_submitted_at timestamptz,
        ADD CONSTRAINT ck_assignment_submitted_count CHECK (submitted_count BETWEEN 0 AND 2 AND flagged_count BETWEEN 0 AND submitted_count)`);

    await queryRunner.query(`
      CREATE TABLE couple_progress (
        couple_id uuid NOT NULL,
        practice_id uuid NOT NULL,
        assigned_count integer NOT NULL DEFAULT 0,
        completed_count integer NOT NULL DEFAULT 0,
        open_flagged_count integer NOT NULL DEFAULT 0,
        last_activity_at timestamptz,
        CONSTRAINT pk_couple_progress PRIMARY KEY (practice_id, couple_id),
        CONSTRAINT fk_couple_progress_couple FOREIGN KEY (practice_id, couple_id) REFERENCES couple (practice_id, id) ON DELETE CASCADE,
        CONSTRAINT ck_couple_progress_counts CHECK (assigned_count >= 0 AND completed_count BETWEEN 0 AND assigned_count AND open_flagged_count >= 0)
      )`);

    await queryRunner.query(`
      CREATE FUNCTION trp_couple_progress_init() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO couple_progress (couple_id, practice_id) VALUES (NEW.id, NEW.practice_id) ON CONFLICT (practice_id, couple_id) DO NOTHING;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER trp_couple_progress_init AFTER INSERT ON couple FOR EACH ROW EXECUTE FUNCTION trp_couple_progress_init()`);

    // A response's share of its assignment: submitted (0/1) and submitted with a safety flag (0/1).
    await queryRunner.query(`
      CREATE FUNCTION trp_response_progress() RETURNS trigger LANGUAGE plpgsql AS $$
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
    await queryRunner.query(
      `CREATE TRIGGER trp_response_progress_insert AFTER INSERT ON response FOR EACH ROW WHEN (NEW.status = 'submitted') EXECUTE FUNCTION trp_response_progress()`,
    );
    await queryRunner.query(`
      CREATE TRIGGER trp_response_progress_update AFTER UPDATE OF status, safety_flagged, submitted_at, assignment_id ON response FOR EACH ROW
        WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.safety_flagged IS DISTINCT FROM NEW.safety_flagged
              OR OLD.submitted_at IS DISTINCT FROM NEW.submitted_at OR OLD.assignment_id IS DISTINCT FROM NEW.assignment_id)
        EXECUTE FUNCTION trp_response_progress()`);
    await queryRunner.query(
      `CREATE TRIGGER trp_response_progress_delete AFTER DELETE ON response FOR EACH ROW WHEN (OLD.status = 'submitted') EXECUTE FUNCTION trp_response_progress()`,
    );

    // An assignment's share of its couple: assigned (not cancelled), completed (and submitted by both), open with a flag.
    await queryRunner.query(`
      CREATE FUNCTION trp_assignment_progress() RETURNS trigger LANGUAGE plpgsql AS $$
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
          was_flagged := (OLD.status = 'open' AND OLD.flagged_count > 0)::int;
          target_practice := OLD.practice_id; target_couple := OLD.couple_id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          is_assigned := (NEW.status <> 'cancelled')::int;
          is_completed := (NEW.status <> 'cancelled' AND NEW.submitted_count >= 2)::int;
          is_flagged := (NEW.status = 'open' AND NEW.flagged_count > 0)::int;
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
      END $$`);
    await queryRunner.query(`CREATE TRIGGER trp_assignment_progress_insert AFTER INSERT ON assignment FOR EACH ROW EXECUTE FUNCTION trp_assignment_progress()`);
    await queryRunner.query(`
      CREATE TRIGGER trp_assignment_progress_update AFTER UPDATE OF status, submitted_count, flagged_count, last_submitted_at, couple_id ON assignment FOR EACH ROW
        WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.submitted_count IS DISTINCT FROM NEW.submitted_count
              OR OLD.flagged_count IS DISTINCT FROM NEW.flagged_count OR OLD.last_submitted_at IS DISTINCT FROM NEW.last_submitted_at
              OR OLD.couple_id IS DISTINCT FROM NEW.couple_id)
        EXECUTE FUNCTION trp_assignment_progress()`);
    await queryRunner.query(`CREATE TRIGGER trp_assignment_progress_delete AFTER DELETE ON assignment FOR EACH ROW EXECUTE FUNCTION trp_assignment_progress()`);

    // Recounts one practice (or every practice, with NULL) from the responses up.
    await queryRunner.query(`
      CREATE FUNCTION trp_rebuild_progress(target_practice uuid) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM set_config('trp.rebuilding_progress', 'on', true);
        UPDATE assignment a
           SET submitted_count = coalesce(s.submitted, 0), flagged_count = coalesce(s.flagged, 0), last_submitted_at = s.last_submitted_at
          FROM assignment a2
          LEFT JOIN (
            SELECT r.assignment_id, count(*) AS submitted, count(*) FILTER (WHERE r.safety_flagged) AS flagged, max(r.submitted_at) AS last_submitted_at
              FROM response r
             WHERE r.status = 'submitted' AND (target_practice IS NULL OR r.practice_id = target_practice)
             GROUP BY r.assignment_id
          ) s ON s.assignment_id = a2.id
         WHERE a.id = a2.id AND (target_practice IS NULL OR a2.practice_id = target_practice)
           AND (a.submitted_count, a.flagged_count, a.last_submitted_at) IS DISTINCT FROM (coalesce(s.submitted, 0), coalesce(s.flagged, 0), s.last_submitted_at);

        INSERT INTO couple_progress (couple_id, practice_id, assigned_count, completed_count, open_flagged_count, last_activity_at)
        SELECT c.id, c.practice_id,
               count(a.id) FILTER (WHERE a.status <> 'cancelled'),
               count(a.id) FILTER (WHERE a.status <> 'cancelled' AND a.submitted_count >= 2),
               count(a.id) FILTER (WHERE a.status = 'open' AND a.flagged_count > 0),
               greatest(max(a.created_at), max(a.last_submitted_at))
          FROM couple c
          LEFT JOIN assignment a ON a.practice_id = c.practice_id AND a.couple_id = c.id
         WHERE target_practice IS NULL OR c.practice_id = target_practice
         GROUP BY c.id, c.practice_id
        ON CONFLICT (practice_id, couple_id) DO UPDATE
           SET assigned_count = EXCLUDED.assigned_count, completed_count = EXCLUDED.completed_count,
               open_flagged_count = EXCLUDED.open_flagged_count, last_activity_at = EXCLUDED.last_activity_at;
        PERFORM set_config('trp.rebuilding_progress', 'off', true);
      END $$`);
    await queryRunner.query(`SELECT trp_rebuild_progress(NULL)`);

    // The dashboard no longer counts submitted responses at read time; these only slowed every submit.
    await queryRunner.query(`DROP INDEX ix_response_safety_flag`);
    await queryRunner.query(`DROP INDEX ix_response_submitted`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX ix_response_submitted ON response (practice_id, assignment_id) INCLUDE (safety_flagged, submitted_at) WHERE status = 'submitted'`,
    );
    await queryRunner.query(`CREATE INDEX ix_response_safety_flag ON response (practice_id, assignment_id) WHERE safety_flagged AND status = 'submitted'`);
    await queryRunner.query(`DROP FUNCTION trp_rebuild_progress(uuid)`);
    await queryRunner.query(`DROP TRIGGER trp_assignment_progress_delete ON assignment`);
    await queryRunner.query(`DROP TRIGGER trp_assignment_progress_update ON assignment`);
    await queryRunner.query(`DROP TRIGGER trp_assignment_progress_insert ON assignment`);
    await queryRunner.query(`DROP FUNCTION trp_assignment_progress()`);
    await queryRunner.query(`DROP TRIGGER trp_response_progress_delete ON response`);
    await queryRunner.query(`DROP TRIGGER trp_response_progress_update ON response`);
    await queryRunner.query(`DROP TRIGGER trp_response_progress_insert ON response`);
    await queryRunner.query(`DROP FUNCTION trp_response_progress()`);
    await queryRunner.query(`DROP TRIGGER trp_couple_progress_init ON couple`);
    await queryRunner.query(`DROP FUNCTION trp_couple_progress_init()`);
    await queryRunner.query(`DROP TABLE couple_progress`);
    await queryRunner.query(`ALTER TABLE assignment DROP COLUMN last_submitted_at, DROP COLUMN flagged_count, DROP COLUMN submitted_count`);
  }
}
