import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Counselling sessions of a couple (issue 15): an instant (`starts_at`, shown in the practice's time zone) and a
 * length. The couple's next and latest begun session are read per couple through `ix_session_couple_start`.
 * Owned by the sessions feature.
 */
export class CreateSession1764950400000 implements MigrationInterface {
  name = 'CreateSession1764950400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE session (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL,
        couple_id uuid NOT NULL,
        starts_at timestamptz NOT NULL,
        duration_minutes integer NOT NULL,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_session PRIMARY KEY (id),
        CONSTRAINT ck_session_duration CHECK (duration_minutes BETWEEN 10 AND 480),
        CONSTRAINT fk_session_practice FOREIGN KEY (practice_id) REFERENCES practice (id) ON DELETE CASCADE,
        CONSTRAINT fk_session_couple FOREIGN KEY (practice_id, couple_id) REFERENCES couple (practice_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_session_created_by FOREIGN KEY (created_by) REFERENCES user_account (id) ON DELETE SET NULL
      )`);
    await queryRunner.query(`CREATE INDEX ix_session_couple_start ON session (practice_id, couple_id, starts_at)`);
    await queryRunner.query(`CREATE INDEX ix_session_practice_start ON session (practice_id, starts_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE session`);
  }
}
