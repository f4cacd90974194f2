import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The language a partner reads the portal and their mails in (issue 20). New partners start in the practice's
 * `defaultLocale` (kept with the other policies in `practice.settings`); the partner can switch it in the portal.
 */
export class PartnerLocale1765900001000 implements MigrationInterface {
  name = 'PartnerLocale1765900001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE partner
        ADD COLUMN locale text NOT NULL DEFAULT 'en',
        ADD CONSTRAINT ck_partner_locale CHECK (locale IN ('en', 'es'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE partner DROP CONSTRAINT ck_partner_locale, DROP COLUMN locale`);
  }
}
