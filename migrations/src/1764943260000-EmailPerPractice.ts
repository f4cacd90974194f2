import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A staff email is unique per practice, no longer per installation (issue 13): one practice can no longer learn
 * that an address has an account elsewhere (the 409 on invite) nor block another practice from inviting it.
 * Sign-in picks the account whose password matches (docs/privacy.md).
 * `down` fails while an email has accounts in two practices; remove the duplicates first.
 */
export class EmailPerPractice1764943260000 implements MigrationInterface {
  name = 'EmailPerPractice1764943260000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX uq_user_account_email`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_user_account_practice_email ON user_account (practice_id, lower(email))`);
    await queryRunner.query(`CREATE INDEX ix_user_account_email ON user_account (lower(email))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ix_user_account_email`);
    await queryRunner.query(`DROP INDEX uq_user_account_practice_email`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_user_account_email ON user_account (lower(email))`);
  }
}
