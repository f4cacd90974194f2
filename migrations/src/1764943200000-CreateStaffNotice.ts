import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff notices (issue 13, separation of duties): a short, dismissible line on a staff member's own pages, left by
 * another feature — "a couple was reassigned away from you", "the admin gave themselves the counselor role".
 * `details` holds names and counts only, never clinical content. Owned by the notices feature.
 */
export class CreateStaffNotice1764943200000 implements MigrationInterface {
  name = 'CreateStaffNotice1764943200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE staff_notice (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL,
        user_id uuid NOT NULL,
        kind text NOT NULL,
        details jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL,
        dismissed_at timestamptz,
        CONSTRAINT pk_staff_notice PRIMARY KEY (id),
        CONSTRAINT fk_staff_notice_practice FOREIGN KEY (practice_id) REFERENCES practice (id) ON DELETE CASCADE,
        CONSTRAINT fk_staff_notice_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX ix_staff_notice_open ON staff_notice (user_id, created_at DESC) WHERE dismissed_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE staff_notice`);
  }
}
