import { EntityManager } from 'typeorm';
import { currentRequest } from '../common/request-context';
import { AuditEventEntity } from './audit-event.entity';
import { AuditRecord, scrubDetails } from './audit-record';

/**
 * Appends one audit event with `manager` (inside the caller's transaction when it is one).
 * For code outside Nest (commands, seeders); inside the app use AuditService.record.
 */
export async function writeAuditEvent(manager: EntityManager, event: AuditRecord, now: Date): Promise<void> {
  const request = currentRequest();
  const row = manager.create(AuditEventEntity, {
    occurredAt: now,
    practiceId: event.practiceId,
    actorKind: event.actor.kind,
    actorId: 'id' in event.actor ? event.actor.id : null,
    action: event.action,
    targetType: event.target?.type ?? null,
    targetId: event.target?.id ?? null,
    outcome: event.outcome ?? 'success',
    requestId: request?.requestId ?? null,
    ip: request?.ip ?? null,
    details: scrubDetails(event.details),
  });
  await manager.save(row);
}
