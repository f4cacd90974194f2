import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ExerciseDefinition } from '@trp/exercises';
import { DataSource, EntityManager } from 'typeorm';

/** One practice exercise with its latest version, as read from `practice_exercise` and `practice_exercise_version`. */
export interface PracticeExerciseRecord {
  readonly id: string;
  readonly practiceId: string;
  readonly key: string;
  readonly authorUserId: string;
  readonly authorName: string;
  readonly latestVersion: number;
  readonly archivedAt: Date | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  /** The latest version's definition. */
  readonly definition: ExerciseDefinition;
}

interface Row {
  id: string;
  practice_id: string;
  key: string;
  author_user_id: string;
  author_name: string;
  latest_version: number;
  archived_at: Date | null;
  created_at: Date;
  updated_at: Date;
  definition: ExerciseDefinition;
}

const SELECT = `
  SELECT e.id, e.practice_id, e.key, e.author_user_id, u.display_name AS author_name, e.latest_version, e.archived_at,
         e.created_at, e.updated_at, v.definition
    FROM practice_exercise e
    JOIN practice_exercise_version v ON v.exercise_id = e.id AND v.version = e.latest_version
    JOIN user_account u ON u.id = e.author_user_id`;

function toRecord(row: Row): PracticeExerciseRecord {
  return {
    id: row.id,
    practiceId: row.practice_id,
    key: row.key,
    authorUserId: row.author_user_id,
    authorName: row.author_name,
    latestVersion: row.latest_version,
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    definition: row.definition,
  };
}

/**
 * Reads of the practice's exercises, always scoped by practice (a key of another practice is not found). The
 * library feature writes these tables; the exercise resolver (`ExercisesService`) reads through here.
 */
@Injectable()
export class PracticeExercisesStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One exercise of the practice with its latest version; `null` when the practice has none with this key. */
  async find(practiceId: string, key: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<PracticeExerciseRecord | null> {
    const rows: Row[] = await manager.query(`${SELECT} WHERE e.practice_id = $1 AND e.key = $2${lock ? ' FOR UPDATE OF e' : ''}`, [practiceId, key]);
    const row = rows[0];
    return row ? toRecord(row) : null;
  }

  /** The practice's exercises, newest first; `archived` filters (undefined: all). */
  async list(practiceId: string, archived?: boolean, manager: EntityManager = this.dataSource.manager): Promise<PracticeExerciseRecord[]> {
    const filter = archived === undefined ? '' : archived ? ' AND e.archived_at IS NOT NULL' : ' AND e.archived_at IS NULL';
    const rows: Row[] = await manager.query(`${SELECT} WHERE e.practice_id = $1${filter} ORDER BY e.created_at DESC, e.id DESC`, [practiceId]);
    return rows.map(toRecord);
  }

  /** The definitions of these `(key, version)` pairs of the practice (archived exercises included); keyed `key@version`. */
  async versions(
    practiceId: string,
    refs: readonly { readonly key: string; readonly version: number }[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, ExerciseDefinition>> {
    const found = new Map<string, ExerciseDefinition>();
    if (refs.length === 0) return found;
    const rows: { key: string; version: number; definition: ExerciseDefinition }[] = await manager.query(
      `SELECT e.key, v.version, v.definition
         FROM practice_exercise_version v
         JOIN practice_exercise e ON e.id = v.exercise_id AND e.practice_id = v.practice_id
         JOIN unnest($2::text[], $3::int[]) AS r(key, version) ON r.key = e.key AND r.version = v.version
        WHERE v.practice_id = $1`,
      [practiceId, refs.map((r) => r.key), refs.map((r) => r.version)],
    );
    for (const row of rows) found.set(`${row.key}@${row.version}`, row.definition);
    return found;
  }
}
