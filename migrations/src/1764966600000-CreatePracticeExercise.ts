import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The practice's own exercise library (issue 18): one `practice_exercise` per custom exercise (its key
 * `custom-…`, author, archive state and latest version) and one `practice_exercise_version` per saved version, kept
 * forever (assignments name the version they were made with). The definition is stored whole, as validated.
 */
export class CreatePracticeExercise1764966600000 implements MigrationInterface {
  name = 'CreatePracticeExercise1764966600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE practice_exercise (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL,
        key text NOT NULL,
        author_user_id uuid NOT NULL,
        latest_version integer NOT NULL DEFAULT 1,
        archived_at timestamptz,
        archived_by_user_id uuid,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT pk_practice_exercise PRIMARY KEY (id),
        CONSTRAINT uq_practice_exercise_key UNIQUE (key),
        CONSTRAINT uq_practice_exercise_practice_id UNIQUE (practice_id, id),
        CONSTRAINT uq_practice_exercise_practice_key UNIQUE (practice_id, key),
        CONSTRAINT fk_practice_exercise_practice FOREIGN KEY (practice_id) REFERENCES practice (id) ON DELETE CASCADE,
        CONSTRAINT fk_practice_exercise_author FOREIGN KEY (author_user_id) REFERENCES user_account (id) ON DELETE RESTRICT,
        CONSTRAINT fk_practice_exercise_archived_by FOREIGN KEY (archived_by_user_id) REFERENCES user_account (id) ON DELETE SET NULL,
        CONSTRAINT ck_practice_exercise_key CHECK (key ~ '^custom-[a-z0-9]+(-[a-z0-9]+)*$' AND length(key) <= 100),
        CONSTRAINT ck_practice_exercise_latest_version CHECK (latest_version >= 1)
      )`);
    await queryRunner.query(`
      CREATE TABLE practice_exercise_version (
        practice_id uuid NOT NULL,
        exercise_id uuid NOT NULL,
        version integer NOT NULL,
        definition jsonb NOT NULL,
        created_by_user_id uuid,
        created_at timestamptz NOT NULL,
        CONSTRAINT pk_practice_exercise_version PRIMARY KEY (exercise_id, version),
        CONSTRAINT fk_practice_exercise_version_exercise FOREIGN KEY (practice_id, exercise_id) REFERENCES practice_exercise (practice_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_practice_exercise_version_created_by FOREIGN KEY (created_by_user_id) REFERENCES user_account (id) ON DELETE SET NULL,
        CONSTRAINT ck_practice_exercise_version_version CHECK (version >= 1)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE practice_exercise_version`);
    await queryRunner.query(`DROP TABLE practice_exercise`);
  }
}
