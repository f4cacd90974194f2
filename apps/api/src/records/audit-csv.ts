import { EntityManager } from 'typeorm';
import { auditOfCoupleSql } from '../audit/audit-couple-filter';

/** The columns of the audit CSV, in order. `details` is the event's facts as JSON (never content or secrets). */
export const AUDIT_CSV_COLUMNS = ['id', 'occurredAt', 'actorKind', 'actorId', 'actorName', 'action', 'targetType', 'targetId', 'coupleId', 'outcome', 'requestId', 'ip', 'details'] as const;

/**
 * One CSV cell: always quoted (quotes doubled), and a cell a spreadsheet would run as a formula — starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return — gets a leading `'` so it stays text (OWASP "CSV injection").
 */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : value instanceof Date ? value.toISOString() : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function csvRow(values: readonly unknown[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

interface Row {
  id: string;
  occurred_at: Date;
  actor_kind: string;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  couple_id: string | null;
  outcome: string;
  request_id: string | null;
  ip: string | null;
  details: Record<string, unknown>;
}

export const AUDIT_CSV_PAGE = 1000;

/**
 * The practice's audit log between `from` and `to` (oldest first; with `coupleId`, that couple's events only) as CSV, one page of AUDIT_CSV_PAGE rows at a
 * time by id: memory stays bounded whatever the log's size.
 */
export async function* auditCsv(manager: EntityManager, scope: { practiceId: string; from: Date | null; to: Date | null; coupleId?: string | null }, pageSize = AUDIT_CSV_PAGE): AsyncGenerator<string> {
  yield csvRow(AUDIT_CSV_COLUMNS);
  let after = '0';
  for (;;) {
    const rows: Row[] = await manager.query(
      `SELECT e.id::text AS id, e.occurred_at, e.actor_kind, e.actor_id, u.display_name AS actor_name, e.action, e.target_type, e.target_id,
              COALESCE(CASE WHEN e.target_type = 'couple' THEN e.target_id END, e.details->>'coupleId') AS couple_id,
              e.outcome, e.request_id, e.ip, e.details
         FROM audit_event e
         LEFT JOIN user_account u ON u.id = e.actor_id AND u.practice_id = e.practice_id
        WHERE e.practice_id = $1 AND e.id > $2::bigint
          AND ($3::timestamptz IS NULL OR e.occurred_at >= $3) AND ($4::timestamptz IS NULL OR e.occurred_at < $4)
          ${scope.coupleId ? `AND ${auditOfCoupleSql('$1', '$6')}` : ''}
        ORDER BY e.id
        LIMIT $5`,
      [scope.practiceId, after, scope.from, scope.to, pageSize, ...(scope.coupleId ? [scope.coupleId] : [])],
    );
    for (const r of rows) {
      yield csvRow([r.id, r.occurred_at, r.actor_kind, r.actor_id, r.actor_name, r.action, r.target_type, r.target_id, r.couple_id, r.outcome, r.request_id, r.ip, r.details]);
    }
    const last = rows[rows.length - 1];
    if (!last || rows.length < pageSize) return;
    after = last.id;
  }
}
