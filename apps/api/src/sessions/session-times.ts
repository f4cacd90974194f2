import type { EntityManager } from 'typeorm';

export interface SessionTimes {
  /** The earliest session that has not begun yet. */
  readonly nextSessionAt?: Date;
  /** The latest session that has begun (by the Clock). */
  readonly lastSessionAt?: Date;
}

/**
 * Each couple's next and latest begun session, one query for all of them (index ix_session_couple_start).
 * "Since the last session" everywhere (prep sheet, digest) means since `lastSessionAt`, else since the couple was added.
 */
export async function sessionTimes(manager: EntityManager, practiceId: string, coupleIds: readonly string[], now: Date): Promise<Map<string, SessionTimes>> {
  if (coupleIds.length === 0) return new Map();
  const rows: { couple_id: string; next_at: Date | null; last_at: Date | null }[] = await manager.query(
    `SELECT c.id AS couple_id,
            (SELECT min(s.starts_at) FROM session s WHERE s.practice_id = $1 AND s.couple_id = c.id AND s.starts_at > $3) AS next_at,
            (SELECT max(s.starts_at) FROM session s WHERE s.practice_id = $1 AND s.couple_id = c.id AND s.starts_at <= $3) AS last_at
       FROM unnest($2::uuid[]) AS c(id)`,
    [practiceId, coupleIds, now],
  );
  return new Map(rows.map((row) => [row.couple_id, { ...(row.next_at && { nextSessionAt: row.next_at }), ...(row.last_at && { lastSessionAt: row.last_at }) }]));
}
