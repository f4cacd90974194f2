import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Erasure of one partner's data (issue 17): the partner row stays (so the couple keeps two positions and the
 * assignments their history) as "Erased partner", with the moment it was erased.
 */
export class PartnerErasure1764957600000 implements MigrationInterface {
  name = 'PartnerErasure1764957600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE partner ADD COLUMN erased_at timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE partner DROP COLUMN erased_at`);
  }
}
