import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The portal PIN enforced by the API (issue 17, "Shared phones"): when this partner session was last unlocked (a right
 * PIN checked on it, or the PIN first set on it). NULL: a partner with a PIN must enter it before the session opens
 * anything but the lock screen; the session service sets it back to NULL after 5 minutes without a portal request.
 */
export class PartnerSessionPinLock1764964800000 implements MigrationInterface {
  name = 'PartnerSessionPinLock1764964800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE partner_session ADD COLUMN unlocked_at timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE partner_session DROP COLUMN unlocked_at`);
  }
}
