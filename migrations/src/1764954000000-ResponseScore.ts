import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Change over time (issue 16): `response.score`, the score of a scored check-in computed by `scoreOf` at submit
 * (null when the exercise is unscored or an item was skipped), and an index for the couple's trends: the
 * non-cancelled assignments of one couple and one exercise, oldest first.
 */
export class ResponseScore1764954000000 implements MigrationInterface {
  name = 'ResponseScore1764954000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE response ADD COLUMN score integer`);
    await queryRunner.query(
      `CREATE INDEX ix_assignment_couple_exercise ON assignment (practice_id, couple_id, exercise_key, created_at, id) WHERE status <> 'cancelled'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ix_assignment_couple_exercise`);
    await queryRunner.query(`ALTER TABLE response DROP COLUMN score`);
  }
}
