import { EntityManager } from 'typeorm';
import { updateReturning } from '../access/update-returning';

/**
 * Revokes the live links of some partners and every partner session made from them, in the caller's
 * transaction. Answers the ids of the links it revoked.
 */
export async function revokeLiveLinks(manager: EntityManager, practiceId: string, partnerIds: readonly string[], now: Date): Promise<string[]> {
  if (partnerIds.length === 0) return [];
  const rows = await updateReturning<{ id: string }>(
    manager,
    `UPDATE invite_link SET revoked_at = $3
      WHERE practice_id = $1 AND partner_id = ANY($2::uuid[]) AND revoked_at IS NULL
      RETURNING id`,
    [practiceId, partnerIds, now],
  );
  const linkIds = rows.map((row) => row.id);
  if (linkIds.length > 0) {
    await manager.query(
      `UPDATE partner_session SET revoked_at = $3 WHERE practice_id = $1 AND invite_link_id = ANY($2::uuid[]) AND revoked_at IS NULL`,
      [practiceId, linkIds, now],
    );
  }
  return linkIds;
}
