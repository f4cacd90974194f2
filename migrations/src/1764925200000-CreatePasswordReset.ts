import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Password reset links (issue 21): one row per mail sent, self-service or by an admin. Only the sha256 of the
 * token is stored; a link is open until it is used, revoked (a newer link, or the password was reset) or expires.
 * At most one link is open per account. Rows also count the mails of the last hour for the per-account limit.
 */
export class CreatePasswordReset1764925200000 implements MigrationInterface {
  name = 'CreatePasswordReset1764925200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE password_reset (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL,
        user_id uuid NOT NULL,
        token_hash text NOT NULL,
        requested_by_user_id uuid,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        CONSTRAINT pk_password_reset PRIMARY KEY (id),
        CONSTRAINT fk_password_reset_practice FOREIGN KEY (practice_id) REFERENCES practice (id) ON DELETE CASCADE,
        CONSTRAINT fk_password_reset_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
        CONSTRAINT fk_password_reset_requested_by FOREIGN KEY (requested_by_user_id) REFERENCES user_account (id) ON DELETE SET NULL,
        CONSTRAINT uq_password_reset_token_hash UNIQUE (token_hash),
        CONSTRAINT ck_password_reset_closed_once CHECK (used_at IS NULL OR revoked_at IS NULL)
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_password_reset_open_per_user ON password_reset (user_id) WHERE used_at IS NULL AND revoked_at IS NULL`);
    await queryRunner.query(`CREATE INDEX ix_password_reset_user_created ON password_reset (user_id, created_at DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE password_reset`);
  }
}
