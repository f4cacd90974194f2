/**
 * The events about one couple, for an "accounting of disclosures" (who viewed, exported, changed or erased a couple's
 * records): those whose target is the couple, whose `details.coupleId` is it, whose `details.partnerId` is one of its
 * partners, or whose target is one of its assignments. Alias `e` is `audit_event`; `practice` and `couple` are the
 * SQL placeholders of the practice id and the couple id (uuid). Each branch has its own index
 * (AuditCoupleIndexes1764964860000); the id lists are computed once (`ARRAY(...)`), so the planner ORs index scans.
 * An erased couple's events still match by `details.coupleId`.
 */
export function auditOfCoupleSql(practice: string, couple: string): string {
  return `(
    e.details->>'coupleId' = CAST(${couple} AS text)
    OR (e.target_type = 'couple' AND e.target_id = CAST(${couple} AS text))
    OR e.details->>'partnerId' = ANY(ARRAY(SELECT p.id::text FROM partner p WHERE p.practice_id = ${practice} AND p.couple_id = CAST(${couple} AS uuid)))
    OR (e.target_type = 'assignment' AND e.target_id = ANY(ARRAY(SELECT a.id::text FROM assignment a WHERE a.practice_id = ${practice} AND a.couple_id = CAST(${couple} AS uuid))))
  )`;
}
