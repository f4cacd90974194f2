import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partial indexes for the counselor dashboard's panels (issue 5): the open assignments of each couple (ready to
 * review, overdue, safety flags); submitted responses per assignment, covering what the progress counts need so
 * they are index-only scans that never touch the answers; and the few submitted responses that raised a flag.
 */
export class DashboardIndexes1764230460000 implements MigrationInterface {
  name = 'DashboardIndexes1764230460000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX ix_assignment_open_couple ON assignment (practice_id, couple_id) WHERE status = 'open'`);
    await queryRunner.query(
      `CREATE INDEX ix_response_submitted ON response (practice_id, assignment_id) INCLUDE (safety_flagged, submitted_at) WHERE status = 'submitted'`,
    );
    await queryRunner.query(`CREATE INDEX ix_response_safety_flag ON response (practice_id, assignment_id) WHERE safety_flagged AND status = 'submitted'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ix_response_safety_flag`);
    await queryRunner.query(`DROP INDEX ix_response_submitted`);
    await queryRunner.query(`DROP INDEX ix_assignment_open_couple`);
  }
}
