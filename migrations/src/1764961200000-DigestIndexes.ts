import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The pre-session digest (issue 15) reads a couple's assignments opened or last submitted since its last session,
 * never the couple's whole history: these two indexes bound both halves of that condition by time, per couple
 * (the planner ORs them in one bitmap scan). Measured by `npm run bench -- --only digest` (docs/performance.md).
 */
export class DigestIndexes1764961200000 implements MigrationInterface {
  name = 'DigestIndexes1764961200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX ix_assignment_couple_opens ON assignment (practice_id, couple_id, opens_at) WHERE status <> 'cancelled'`);
    await queryRunner.query(`CREATE INDEX ix_assignment_couple_last_submitted ON assignment (practice_id, couple_id, last_submitted_at) WHERE status <> 'cancelled'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ix_assignment_couple_last_submitted`);
    await queryRunner.query(`DROP INDEX ix_assignment_couple_opens`);
  }
}
