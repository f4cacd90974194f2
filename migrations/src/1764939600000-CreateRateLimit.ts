import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The per-address request limits (@nestjs/throttler) in PostgreSQL, so every instance counts against one limit
 * (issue 13). One row per throttler key: the hits of the current fixed window and, once past the limit, the end of
 * the block. UNLOGGED: no WAL for these short-lived counters; a crash of the server empties the table (the limits
 * start afresh), which is acceptable for a rate limit. `expires_at` is when the row can be forgotten (the later of
 * the window's end and the block's end); rows past it are swept with the index below.
 */
export class CreateRateLimit1764939600000 implements MigrationInterface {
  name = 'CreateRateLimit1764939600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE UNLOGGED TABLE rate_limit (
        key text NOT NULL,
        hits integer NOT NULL,
        window_ends_at timestamptz NOT NULL,
        blocked_until timestamptz,
        expires_at timestamptz NOT NULL,
        CONSTRAINT pk_rate_limit PRIMARY KEY (key),
        CONSTRAINT ck_rate_limit_hits CHECK (hits >= 0)
      )`);
    await queryRunner.query(`CREATE INDEX ix_rate_limit_expires_at ON rate_limit (expires_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE rate_limit`);
  }
}
