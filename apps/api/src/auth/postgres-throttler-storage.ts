import { Logger } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';

/** How often one process sweeps forgotten rows (a separate, non-waiting statement; see `sweep`). */
export const RATE_LIMIT_SWEEP_INTERVAL_MS = 60_000;

/**
 * One round trip per request: counts the hit in the key's fixed window and answers the row after it.
 * Row-level atomic (INSERT … ON CONFLICT DO UPDATE locks the key's row), so concurrent requests on any instance
 * never lose a hit. Semantics of the throttler's own memory storage: a hit past `limit` starts a block of
 * `blockDuration` (or, when it is 0, until the window ends); hits during a block are not counted; the first hit
 * after a block starts a new window. $1 key, $2 now, $3 ttl ms, $4 limit, $5 block ms.
 */
const INCREMENT = `
  INSERT INTO rate_limit AS r (key, hits, window_ends_at, blocked_until, expires_at)
  SELECT $1::text, 1, fresh.window_ends_at, fresh.blocked_until, GREATEST(fresh.window_ends_at, fresh.blocked_until)
  FROM (
    SELECT w.window_ends_at, CASE WHEN 1 > $4::int THEN CASE WHEN $5::float8 > 0 THEN $2::timestamptz + $5::float8 * interval '1 millisecond' ELSE w.window_ends_at END END AS blocked_until
    FROM (SELECT $2::timestamptz + $3::float8 * interval '1 millisecond' AS window_ends_at) w
  ) fresh
  ON CONFLICT (key) DO UPDATE SET (hits, window_ends_at, blocked_until, expires_at) = (
    SELECT n.hits, n.window_ends_at, n.blocked_until, GREATEST(n.window_ends_at, n.blocked_until)
    FROM (
      SELECT s.hits, s.window_ends_at,
        CASE
          WHEN s.still_blocked THEN r.blocked_until
          WHEN s.hits > $4::int THEN CASE WHEN $5::float8 > 0 THEN $2::timestamptz + $5::float8 * interval '1 millisecond' ELSE s.window_ends_at END
        END AS blocked_until
      FROM (
        SELECT
          coalesce(r.blocked_until > $2::timestamptz, false) AS still_blocked,
          CASE
            WHEN r.blocked_until > $2::timestamptz THEN r.hits
            WHEN r.blocked_until IS NOT NULL OR r.window_ends_at <= $2::timestamptz THEN 1
            ELSE r.hits + 1
          END AS hits,
          CASE
            WHEN r.blocked_until > $2::timestamptz THEN r.window_ends_at
            WHEN r.blocked_until IS NOT NULL OR r.window_ends_at <= $2::timestamptz THEN $2::timestamptz + $3::float8 * interval '1 millisecond'
            ELSE r.window_ends_at
          END AS window_ends_at
      ) s
    ) n
  )
  RETURNING hits, window_ends_at, blocked_until`;

/**
 * Deletes rows nobody needs any more. Separate from INCREMENT and SKIP LOCKED, so a sweep never waits for a row
 * and never holds a lock an increment waits on while waiting itself (no deadlocks between instances).
 */
const SWEEP = `DELETE FROM rate_limit WHERE key IN (SELECT key FROM rate_limit WHERE expires_at < $1 LIMIT 10000 FOR UPDATE SKIP LOCKED)`;

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

interface Row {
  hits: number;
  window_ends_at: Date;
  blocked_until: Date | null;
}

/**
 * The @nestjs/throttler storage in PostgreSQL (table `rate_limit`), so N instances share one per-address limit
 * instead of allowing N times the attempts. "Now" is the injectable Clock, like every other time rule of the app
 * (tests move it; instances agree to within NTP's milliseconds, far below the windows' minute).
 */
export class PostgresThrottlerStorage implements ThrottlerStorage {
  private readonly logger = new Logger('RateLimit');
  private nextSweepAt = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number): Promise<ThrottlerStorageRecord> {
    const now = this.clock.now();
    const [row] = (await this.dataSource.query(INCREMENT, [key, now, ttl, limit, blockDuration])) as Row[];
    if (!row) throw new Error('rate_limit: the increment returned no row');
    await this.sweepNowAndThen(now);
    const seconds = (end: Date) => Math.max(0, Math.ceil((end.getTime() - now.getTime()) / 1000));
    const isBlocked = row.blocked_until !== null && row.blocked_until.getTime() > now.getTime();
    return {
      totalHits: row.hits,
      timeToExpire: seconds(row.window_ends_at),
      isBlocked,
      timeToBlockExpire: isBlocked && row.blocked_until ? Math.max(1, seconds(row.blocked_until)) : 0,
    };
  }

  /** Forgets expired rows, at most once a minute per process (an extra statement then, none otherwise). */
  private async sweepNowAndThen(now: Date): Promise<void> {
    if (now.getTime() < this.nextSweepAt) return;
    this.nextSweepAt = now.getTime() + RATE_LIMIT_SWEEP_INTERVAL_MS;
    try {
      await this.dataSource.query(SWEEP, [now]);
    } catch (error) {
      this.logger.warn({ err: error }, 'Sweeping expired rate-limit rows failed; trying again later');
    }
  }
}
