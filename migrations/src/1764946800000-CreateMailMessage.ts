import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The mail log and outbox (issue 14): one row per mail, queued in the request that asks for it and sent by a job
 * (pg-boss, schema `pgboss`, which pg-boss creates itself at start-up). `text`/`html` hold the body with a
 * placeholder where a link goes; the link itself waits encrypted in `link_cipher` (the MFA key, AES-256-GCM) and
 * is cleared once the mail is sent, so no usable token stays in the database. Owned by the mail feature.
 */
export class CreateMailMessage1764946800000 implements MigrationInterface {
  name = 'CreateMailMessage1764946800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE mail_message (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        practice_id uuid,
        kind text NOT NULL,
        "to" text NOT NULL,
        subject text NOT NULL,
        text text NOT NULL,
        html text NOT NULL,
        link_cipher text,
        headers jsonb NOT NULL DEFAULT '{}'::jsonb,
        status text NOT NULL DEFAULT 'queued',
        attempts integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL,
        sent_at timestamptz,
        last_error text,
        CONSTRAINT pk_mail_message PRIMARY KEY (id),
        CONSTRAINT ck_mail_message_status CHECK (status IN ('queued', 'sent', 'failed')),
        CONSTRAINT fk_mail_message_practice FOREIGN KEY (practice_id) REFERENCES practice (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX ix_mail_message_log ON mail_message (practice_id, created_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX ix_mail_message_status ON mail_message (practice_id, status, created_at DESC, id DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE mail_message`);
    await queryRunner.query(`DROP SCHEMA IF EXISTS pgboss CASCADE`);
  }
}
