import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The clinical core (issues 5 and 6): couples and their two partners, per-partner invite links and partner
 * sessions, assignments of versioned exercises, one response per partner per assignment, counselor notes.
 * Children reference their parent by (practice_id, id) so a row can never point into another practice, and
 * every table can be distributed by practice_id.
 */
export class CreateCaseload1764230400000 implements MigrationInterface {
  name = 'CreateCaseload1764230400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE couple (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL,
        counselor_id uuid NOT NULL,
        label text NOT NULL,
        status text NOT NULL DEFAULT 'active',
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_couple PRIMARY KEY (id),
        CONSTRAINT uq_couple_practice_id UNIQUE (practice_id, id),
        CONSTRAINT fk_couple_practice FOREIGN KEY (practice_id) REFERENCES practice (id) ON DELETE CASCADE,
        CONSTRAINT fk_couple_counselor FOREIGN KEY (counselor_id) REFERENCES user_account (id) ON DELETE RESTRICT,
        CONSTRAINT ck_couple_status CHECK (status IN ('active', 'archived')),
        CONSTRAINT ck_couple_label CHECK (length(btrim(label)) BETWEEN 1 AND 120)
      )`);
    await queryRunner.query(`CREATE INDEX ix_couple_caseload ON couple (practice_id, counselor_id, status, created_at DESC, id DESC)`);

    await queryRunner.query(`
      CREATE TABLE partner (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL,
        couple_id uuid NOT NULL,
        position smallint NOT NULL,
        display_name text NOT NULL,
        email text,
        perspective text NOT NULL DEFAULT 'unspecified',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_partner PRIMARY KEY (id),
        CONSTRAINT uq_partner_practice_id UNIQUE (practice_id, id),
        CONSTRAINT uq_partner_couple_position UNIQUE (couple_id, position),
        CONSTRAINT fk_partner_couple FOREIGN KEY (practice_id, couple_id) REFERENCES couple (practice_id, id) ON DELETE CASCADE,
        CONSTRAINT ck_partner_position CHECK (position IN (1, 2)),
        CONSTRAINT ck_partner_perspective CHECK (perspective IN ('hurt', 'involved', 'unspecified')),
        CONSTRAINT ck_partner_display_name CHECK (length(btrim(display_name)) BETWEEN 1 AND 80),
        CONSTRAINT ck_partner_email CHECK (email IS NULL OR (email = lower(btrim(email)) AND length(email) BETWEEN 3 AND 254))
      )`);

    await queryRunner.query(`
      CREATE TABLE invite_link (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL,
        partner_id uuid NOT NULL,
        token_hash text NOT NULL,
        created_by_user_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        first_opened_at timestamptz,
        last_opened_at timestamptz,
        use_count integer NOT NULL DEFAULT 0,
        CONSTRAINT pk_invite_link PRIMARY KEY (id),
        CONSTRAINT uq_invite_link_token_hash UNIQUE (token_hash),
        CONSTRAINT fk_invite_link_partner FOREIGN KEY (practice_id, partner_id) REFERENCES partner (practice_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_invite_link_created_by FOREIGN KEY (created_by_user_id) REFERENCES user_account (id) ON DELETE SET NULL,
        CONSTRAINT ck_invite_link_use_count CHECK (use_count >= 0)
      )`);
    // At most one live (not revoked) link per partner: issuing a new one revokes the old in the same transaction.
    await queryRunner.query(`CREATE UNIQUE INDEX uq_invite_link_live_per_partner ON invite_link (partner_id) WHERE revoked_at IS NULL`);

    await queryRunner.query(`
      CREATE TABLE partner_session (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL,
        partner_id uuid NOT NULL,
        invite_link_id uuid NOT NULL,
        token_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        CONSTRAINT pk_partner_session PRIMARY KEY (id),
        CONSTRAINT uq_partner_session_token_hash UNIQUE (token_hash),
        CONSTRAINT fk_partner_session_partner FOREIGN KEY (practice_id, partner_id) REFERENCES partner (practice_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_partner_session_invite_link FOREIGN KEY (invite_link_id) REFERENCES invite_link (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX ix_partner_session_invite_link ON partner_session (invite_link_id)`);

    await queryRunner.query(`
      CREATE TABLE assignment (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL,
        couple_id uuid NOT NULL,
        exercise_key text NOT NULL,
        exercise_version integer NOT NULL,
        instructions text,
        due_at timestamptz,
        visibility text NOT NULL DEFAULT 'counselor_only',
        status text NOT NULL DEFAULT 'open',
        unlocked_at timestamptz,
        reviewed_at timestamptz,
        cancelled_at timestamptz,
        created_by_user_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_assignment PRIMARY KEY (id),
        CONSTRAINT uq_assignment_practice_id UNIQUE (practice_id, id),
        CONSTRAINT fk_assignment_couple FOREIGN KEY (practice_id, couple_id) REFERENCES couple (practice_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_assignment_created_by FOREIGN KEY (created_by_user_id) REFERENCES user_account (id) ON DELETE SET NULL,
        CONSTRAINT ck_assignment_visibility CHECK (visibility IN ('counselor_only', 'after_both_submit', 'in_session')),
        CONSTRAINT ck_assignment_status CHECK (status IN ('open', 'reviewed', 'cancelled')),
        CONSTRAINT ck_assignment_version CHECK (exercise_version >= 1),
        CONSTRAINT ck_assignment_instructions CHECK (instructions IS NULL OR length(instructions) <= 2000)
      )`);
    await queryRunner.query(`CREATE INDEX ix_assignment_couple ON assignment (practice_id, couple_id, created_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX ix_assignment_open_due ON assignment (practice_id, due_at) WHERE status = 'open'`);

    await queryRunner.query(`
      CREATE TABLE response (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL,
        assignment_id uuid NOT NULL,
        partner_id uuid NOT NULL,
        status text NOT NULL DEFAULT 'draft',
        answers jsonb NOT NULL DEFAULT '{}'::jsonb,
        version integer NOT NULL DEFAULT 1,
        safety_flagged boolean NOT NULL DEFAULT false,
        submitted_at timestamptz,
        reopened_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_response PRIMARY KEY (id),
        CONSTRAINT uq_response_assignment_partner UNIQUE (assignment_id, partner_id),
        CONSTRAINT fk_response_assignment FOREIGN KEY (practice_id, assignment_id) REFERENCES assignment (practice_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_response_partner FOREIGN KEY (practice_id, partner_id) REFERENCES partner (practice_id, id) ON DELETE CASCADE,
        CONSTRAINT ck_response_status CHECK (status IN ('draft', 'submitted')),
        CONSTRAINT ck_response_submitted_at CHECK ((status = 'submitted') = (submitted_at IS NOT NULL)),
        CONSTRAINT ck_response_answers_object CHECK (jsonb_typeof(answers) = 'object'),
        CONSTRAINT ck_response_version CHECK (version >= 1)
      )`);
    await queryRunner.query(`CREATE INDEX ix_response_partner ON response (practice_id, partner_id)`);

    await queryRunner.query(`
      CREATE TABLE counselor_note (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL,
        couple_id uuid NOT NULL,
        assignment_id uuid,
        author_user_id uuid,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_counselor_note PRIMARY KEY (id),
        CONSTRAINT fk_counselor_note_couple FOREIGN KEY (practice_id, couple_id) REFERENCES couple (practice_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_counselor_note_assignment FOREIGN KEY (practice_id, assignment_id) REFERENCES assignment (practice_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_counselor_note_author FOREIGN KEY (author_user_id) REFERENCES user_account (id) ON DELETE SET NULL,
        CONSTRAINT ck_counselor_note_body CHECK (length(btrim(body)) BETWEEN 1 AND 10000)
      )`);
    await queryRunner.query(`CREATE INDEX ix_counselor_note_couple ON counselor_note (practice_id, couple_id, created_at DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['counselor_note', 'response', 'assignment', 'partner_session', 'invite_link', 'partner', 'couple']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
