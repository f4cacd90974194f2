import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Repeating assignments (issue 15): a series opens a new occurrence of the same exercise and settings every
 * `every_days` days, `times` in all (null: until stopped). Each occurrence is an ordinary assignment with
 * `series_id` and its `occurrence` number (1 = the one the counselor made, the template of the others). The unique
 * key makes creating an occurrence exactly-once whatever the number of API instances (INSERT … ON CONFLICT DO NOTHING).
 */
export class AssignmentSeries1764950520000 implements MigrationInterface {
  name = 'AssignmentSeries1764950520000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE assignment_series (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL,
        couple_id uuid NOT NULL,
        every_days integer NOT NULL,
        times integer,
        stopped_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_assignment_series PRIMARY KEY (id),
        CONSTRAINT uq_assignment_series_practice UNIQUE (practice_id, id),
        CONSTRAINT ck_assignment_series_every CHECK (every_days BETWEEN 1 AND 90),
        CONSTRAINT ck_assignment_series_times CHECK (times IS NULL OR times BETWEEN 2 AND 52),
        CONSTRAINT fk_assignment_series_couple FOREIGN KEY (practice_id, couple_id) REFERENCES couple (practice_id, id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX ix_assignment_series_running ON assignment_series (practice_id, couple_id) WHERE stopped_at IS NULL`);
    await queryRunner.query(`ALTER TABLE assignment ADD COLUMN series_id uuid, ADD COLUMN occurrence integer`);
    await queryRunner.query(`
      ALTER TABLE assignment
        ADD CONSTRAINT fk_assignment_series FOREIGN KEY (practice_id, series_id) REFERENCES assignment_series (practice_id, id) ON DELETE CASCADE,
        ADD CONSTRAINT uq_assignment_series_occurrence UNIQUE (series_id, occurrence),
        ADD CONSTRAINT ck_assignment_series_occurrence CHECK ((series_id IS NULL) = (occurrence IS NULL))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE assignment DROP COLUMN series_id, DROP COLUMN occurrence`);
    await queryRunner.query(`DROP TABLE assignment_series`);
  }
}
