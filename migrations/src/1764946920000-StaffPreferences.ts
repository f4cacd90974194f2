import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff preferences (issue 14): safety alert mails (on by default), the opt-in morning summary, and the language
 * the person reads in. Owned by the accounts feature (GET/PATCH /api/auth/me/preferences).
 */
export class StaffPreferences1764946920000 implements MigrationInterface {
  name = 'StaffPreferences1764946920000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE user_account
        ADD COLUMN safety_alerts boolean NOT NULL DEFAULT true,
        ADD COLUMN daily_summary boolean NOT NULL DEFAULT false,
        ADD COLUMN locale text NOT NULL DEFAULT 'en',
        ADD CONSTRAINT ck_user_account_locale CHECK (locale IN ('en', 'es'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE user_account DROP CONSTRAINT ck_user_account_locale, DROP COLUMN locale, DROP COLUMN daily_summary, DROP COLUMN safety_alerts`);
  }
}
