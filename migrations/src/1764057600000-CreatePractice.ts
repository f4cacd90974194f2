import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePractice1764057600000 implements MigrationInterface {
  name = 'CreatePractice1764057600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await queryRunner.query(`
      CREATE TABLE practice (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name text NOT NULL,
        settings jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_practice PRIMARY KEY (id),
        CONSTRAINT ck_practice_name_not_blank CHECK (length(btrim(name)) > 0),
        CONSTRAINT ck_practice_settings_object CHECK (jsonb_typeof(settings) = 'object')
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE practice`);
  }
}
