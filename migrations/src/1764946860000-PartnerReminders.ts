import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partner reminders (issue 14). `assignment.reminders` (per assignment, default on); on `partner` the partner's own
 * switch and the browser's time zone (recorded when they open the portal, for quiet hours); `invite_link.single_use`
 * for the fresh sign-in link a reminder carries (7 days, once; it does not replace the partner's own link, so the
 * one-live-link index leaves single-use links out); `partner_reminder` records which assignments each reminder mail
 * covered (the per-assignment cap and the one-per-day rule count these). The practice's cadence and quiet hours are
 * in `practice.settings`. Owned by the reminders feature.
 */
export class PartnerReminders1764946860000 implements MigrationInterface {
  name = 'PartnerReminders1764946860000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE assignment ADD COLUMN reminders boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE partner ADD COLUMN reminders_enabled boolean NOT NULL DEFAULT true, ADD COLUMN timezone text`);
    await queryRunner.query(`ALTER TABLE invite_link ADD COLUMN single_use boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`DROP INDEX uq_invite_link_live_per_partner`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_invite_link_live_per_partner ON invite_link (partner_id) WHERE revoked_at IS NULL AND NOT single_use`);
    await queryRunner.query(`
      CREATE TABLE partner_reminder (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL,
        partner_id uuid NOT NULL,
        assignment_id uuid NOT NULL,
        mail_id uuid,
        sent_at timestamptz NOT NULL,
        CONSTRAINT pk_partner_reminder PRIMARY KEY (id),
        CONSTRAINT fk_partner_reminder_practice FOREIGN KEY (practice_id) REFERENCES practice (id) ON DELETE CASCADE,
        CONSTRAINT fk_partner_reminder_partner FOREIGN KEY (partner_id) REFERENCES partner (id) ON DELETE CASCADE,
        CONSTRAINT fk_partner_reminder_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id) ON DELETE CASCADE,
        CONSTRAINT fk_partner_reminder_mail FOREIGN KEY (mail_id) REFERENCES mail_message (id) ON DELETE SET NULL
      )`);
    await queryRunner.query(`CREATE INDEX ix_partner_reminder_partner ON partner_reminder (partner_id, sent_at DESC)`);
    await queryRunner.query(`CREATE INDEX ix_partner_reminder_assignment ON partner_reminder (assignment_id, partner_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE partner_reminder`);
    await queryRunner.query(`DELETE FROM invite_link WHERE single_use`);
    await queryRunner.query(`DROP INDEX uq_invite_link_live_per_partner`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_invite_link_live_per_partner ON invite_link (partner_id) WHERE revoked_at IS NULL`);
    await queryRunner.query(`ALTER TABLE invite_link DROP COLUMN single_use`);
    await queryRunner.query(`ALTER TABLE partner DROP COLUMN reminders_enabled, DROP COLUMN timezone`);
    await queryRunner.query(`ALTER TABLE assignment DROP COLUMN reminders`);
  }
}
