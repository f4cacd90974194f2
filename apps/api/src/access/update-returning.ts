import { EntityManager } from 'typeorm';

/**
 * Runs an `UPDATE … RETURNING …` and answers the returned rows. (TypeORM's postgres driver answers
 * `[rows, affected]` for UPDATE and DELETE, and the rows alone for other statements.)
 */
export async function updateReturning<T>(manager: EntityManager, sql: string, parameters: unknown[]): Promise<T[]> {
  const result: unknown = await manager.query(sql, parameters);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}
