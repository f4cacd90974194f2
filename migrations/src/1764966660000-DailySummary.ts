import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The counselor's opt-in morning summary (issue 14): one row per staff user and local calendar day it was queued
 * for. The primary key is what makes it go out once a day even when several API instances scan at the same time
 * (the second insert finds the row and queues nothing). Owned by the alerts feature.
 */
export class DailySummary1764966660000 implements MigrationInterface {
  name = 'DailySummary1764966660000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE daily_summary (
        user_id uuid NOT NULL,
        day date NOT NULL,
        practice_id uuid NOT NULL,
        mail_id uuid,
        queued_at timestamptz NOT NULL,
        CONSTRAINT pk_daily_summary PRIMARY KEY (user_id, day),
        CONSTRAINT fk_daily_summary_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
        CONSTRAINT fk_daily_summary_practice FOREIGN KEY (practice_id) REFERENCES practice (id) ON DELETE CASCADE,
        CONSTRAINT fk_daily_summary_mail FOREIGN KEY (mail_id) REFERENCES mail_message (id) ON DELETE SET NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE daily_summary`);
  }
}
