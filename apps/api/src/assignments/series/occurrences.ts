import type { EntityManager } from 'typeorm';
import type { SeriesFacts } from '../dto/assignment.dto';

/** The most occurrences one call creates per series (a long-forgotten daily series catches up over several reads). */
const CATCH_UP_LIMIT = 60;

export interface OccurrenceScope {
  readonly practiceId: string;
  readonly coupleId?: string;
}

/**
 * Creates every occurrence of running series that has opened by `now` and does not exist yet: occurrence k opens
 * `(k − 1) × every_days` days after the first and is due as long after opening as the first was; same exercise
 * version, instructions and visibility. Exactly once whatever the number of API instances or concurrent reads:
 * the unique key (series_id, occurrence) with ON CONFLICT DO NOTHING. Only active couples; never past `times`, never
 * after the series was stopped. Called on read (the couple's assignment list, the portal's list) and by the sweep
 * (`SeriesSweep`), scoped to a practice (and couple) or, for the sweep, to everything (`scope` null).
 * Answers the ids of the occurrences this call created.
 */
export async function materializeOccurrences(manager: EntityManager, now: Date, scope: OccurrenceScope | null): Promise<{ id: string; practiceId: string; coupleId: string; seriesId: string }[]> {
  const rows: { id: string; practice_id: string; couple_id: string; series_id: string }[] = await manager.query(
    `INSERT INTO assignment (practice_id, couple_id, exercise_key, exercise_version, instructions, due_at, opens_at, visibility, status,
                             created_by_user_id, series_id, occurrence)
     SELECT f.practice_id, f.couple_id, f.exercise_key, f.exercise_version, f.instructions,
            f.due_at + make_interval(days => (k - 1) * s.every_days),
            f.opens_at + make_interval(days => (k - 1) * s.every_days),
            f.visibility, 'open', f.created_by_user_id, s.id, k
       FROM assignment_series s
       JOIN couple c ON c.practice_id = s.practice_id AND c.id = s.couple_id AND c.status = 'active'
       JOIN assignment f ON f.practice_id = s.practice_id AND f.series_id = s.id AND f.occurrence = 1
       CROSS JOIN LATERAL generate_series(
              2,
              LEAST(coalesce(s.times, 2147483647),
                    floor(extract(epoch FROM ($1::timestamptz - f.opens_at)) / (s.every_days * 86400))::int + 1)
            ) AS k
      WHERE s.stopped_at IS NULL
        AND ($2::uuid IS NULL OR s.practice_id = $2)
        AND ($3::uuid IS NULL OR s.couple_id = $3)
        AND f.opens_at <= $1::timestamptz
        AND NOT EXISTS (SELECT 1 FROM assignment e WHERE e.series_id = s.id AND e.occurrence = k)
        AND k <= (SELECT coalesce(max(e.occurrence), 1) FROM assignment e WHERE e.series_id = s.id) + ${CATCH_UP_LIMIT}
     ON CONFLICT (series_id, occurrence) DO NOTHING
     RETURNING id, practice_id, couple_id, series_id`,
    [now, scope?.practiceId ?? null, scope?.coupleId ?? null],
  );
  return rows.map((row) => ({ id: row.id, practiceId: row.practice_id, coupleId: row.couple_id, seriesId: row.series_id }));
}

/** The series of some assignments of one practice, by id. */
export async function seriesOf(manager: EntityManager, practiceId: string, seriesIds: readonly (string | null)[]): Promise<Map<string, SeriesFacts>> {
  const ids = [...new Set(seriesIds.filter((id): id is string => !!id))];
  if (ids.length === 0) return new Map();
  const rows: { id: string; every_days: number; times: number | null; stopped_at: Date | null }[] = await manager.query(
    `SELECT id, every_days, times, stopped_at FROM assignment_series WHERE practice_id = $1 AND id = ANY($2::uuid[])`,
    [practiceId, ids],
  );
  return new Map(rows.map((row) => [row.id, { everyDays: row.every_days, times: row.times, stoppedAt: row.stopped_at }]));
}
