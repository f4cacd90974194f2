import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scheduled assignments (issue 15): partners see nothing of an assignment before `opens_at` (the portal's one rule,
 * `portal/portal-access.ts`). Existing assignments opened when they were made.
 */
export class AssignmentOpensAt1764950460000 implements MigrationInterface {
  name = 'AssignmentOpensAt1764950460000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE assignment ADD COLUMN opens_at timestamptz`);
    await queryRunner.query(`UPDATE assignment SET opens_at = created_at`);
    await queryRunner.query(`ALTER TABLE assignment ALTER COLUMN opens_at SET NOT NULL, ALTER COLUMN opens_at SET DEFAULT now()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE assignment DROP COLUMN opens_at`);
  }
}
