import { MigrationInterface, QueryRunner } from 'typeorm';

/** Staff accounts, invitations, sessions, MFA recovery codes, sign-in lockouts and app secrets (issue 3). */
export class CreateAccounts1764144000000 implements MigrationInterface {
  name = 'CreateAccounts1764144000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE user_account (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL,
        email text NOT NULL,
        display_name text NOT NULL DEFAULT '',
        roles text[] NOT NULL,
        status text NOT NULL DEFAULT 'invited',
        password_hash text,
        password_changed_at timestamptz,
        totp_secret_encrypted text,
        totp_pending_secret_encrypted text,
        totp_last_time_step bigint,
        mfa_enabled_at timestamptz,
        last_sign_in_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_user_account PRIMARY KEY (id),
        CONSTRAINT fk_user_account_practice FOREIGN KEY (practice_id) REFERENCES practice (id) ON DELETE CASCADE,
        CONSTRAINT ck_user_account_status CHECK (status IN ('invited', 'active', 'deactivated')),
        CONSTRAINT ck_user_account_roles CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['admin', 'counselor']::text[]),
        CONSTRAINT ck_user_account_email_normalized CHECK (email = lower(btrim(email)) AND length(email) BETWEEN 3 AND 254),
        CONSTRAINT ck_user_account_display_name CHECK (status = 'invited' OR length(btrim(display_name)) > 0),
        CONSTRAINT ck_user_account_password CHECK (status = 'invited' OR password_hash IS NOT NULL),
        CONSTRAINT ck_user_account_mfa CHECK ((mfa_enabled_at IS NULL) = (totp_secret_encrypted IS NULL))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_user_account_email ON user_account (lower(email))`);
    await queryRunner.query(`CREATE INDEX ix_user_account_practice ON user_account (practice_id, status)`);

    await queryRunner.query(`
      CREATE TABLE account_invitation (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL,
        user_id uuid NOT NULL,
        email text NOT NULL,
        roles text[] NOT NULL,
        token_hash text NOT NULL,
        invited_by_user_id uuid,
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_account_invitation PRIMARY KEY (id),
        CONSTRAINT fk_account_invitation_practice FOREIGN KEY (practice_id) REFERENCES practice (id) ON DELETE CASCADE,
        CONSTRAINT fk_account_invitation_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
        CONSTRAINT fk_account_invitation_invited_by FOREIGN KEY (invited_by_user_id) REFERENCES user_account (id) ON DELETE SET NULL,
        CONSTRAINT uq_account_invitation_token_hash UNIQUE (token_hash),
        CONSTRAINT ck_account_invitation_roles CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['admin', 'counselor']::text[]),
        CONSTRAINT ck_account_invitation_closed_once CHECK (accepted_at IS NULL OR revoked_at IS NULL)
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_account_invitation_open_per_user ON account_invitation (user_id) WHERE accepted_at IS NULL AND revoked_at IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX ix_account_invitation_practice ON account_invitation (practice_id, created_at DESC)`);

    await queryRunner.query(`
      CREATE TABLE staff_session (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL,
        user_id uuid NOT NULL,
        token_hash text NOT NULL,
        created_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        ip text,
        user_agent text,
        CONSTRAINT pk_staff_session PRIMARY KEY (id),
        CONSTRAINT fk_staff_session_practice FOREIGN KEY (practice_id) REFERENCES practice (id) ON DELETE CASCADE,
        CONSTRAINT fk_staff_session_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
        CONSTRAINT uq_staff_session_token_hash UNIQUE (token_hash)
      )`);
    await queryRunner.query(`CREATE INDEX ix_staff_session_user_open ON staff_session (user_id) WHERE revoked_at IS NULL`);

    await queryRunner.query(`
      CREATE TABLE mfa_recovery_code (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL,
        user_id uuid NOT NULL,
        code_hash text NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_mfa_recovery_code PRIMARY KEY (id),
        CONSTRAINT fk_mfa_recovery_code_practice FOREIGN KEY (practice_id) REFERENCES practice (id) ON DELETE CASCADE,
        CONSTRAINT fk_mfa_recovery_code_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
        CONSTRAINT uq_mfa_recovery_code_user_hash UNIQUE (user_id, code_hash)
      )`);

    // Keyed by normalized email or client address, before anyone is authenticated: not tenant-owned.
    // Unknown emails lock out exactly like known ones, so a lockout never reveals that an account exists.
    await queryRunner.query(`
      CREATE TABLE sign_in_lockout (
        subject text NOT NULL,
        failure_count integer NOT NULL DEFAULT 0,
        window_started_at timestamptz NOT NULL,
        locked_until timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_sign_in_lockout PRIMARY KEY (subject),
        CONSTRAINT ck_sign_in_lockout_failure_count CHECK (failure_count >= 0)
      )`);

    // Installation-wide secrets generated on first use (the MFA key when MFA_ENCRYPTION_KEY is unset).
    await queryRunner.query(`
      CREATE TABLE app_secret (
        name text NOT NULL,
        value text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_app_secret PRIMARY KEY (name)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE app_secret`);
    await queryRunner.query(`DROP TABLE sign_in_lockout`);
    await queryRunner.query(`DROP TABLE mfa_recovery_code`);
    await queryRunner.query(`DROP TABLE staff_session`);
    await queryRunner.query(`DROP TABLE account_invitation`);
    await queryRunner.query(`DROP TABLE user_account`);
  }
}
