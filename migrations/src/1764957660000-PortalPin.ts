import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A partner's optional portal PIN (issue 17, "Shared phones"): only its argon2id hash, and the wrong tries since the
 * last right one (5 end the partner session and the link; the counselor re-issues a link).
 */
export class PortalPin1764957660000 implements MigrationInterface {
  name = 'PortalPin1764957660000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE partner ADD COLUMN pin_hash text, ADD COLUMN pin_failures smallint NOT NULL DEFAULT 0`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE partner DROP COLUMN pin_failures, DROP COLUMN pin_hash`);
  }
}
