import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEvent, Page, PAGE_LIMIT } from '@trp/contracts';
import { Clock } from '../common/clock';
import { decodeCursor, encodeCursor, invalidCursor } from '../common/cursor';
import type { StaffAuthContext } from '../auth/auth-context';
import { AuditEventEntity } from './audit-event.entity';
import { AuditRecord } from './audit-record';
import { writeAuditEvent } from './audit-writer';
import { AuditQueryDto, toAuditEventDto } from './dto/audit.dto';

/** Writes and reads the audit log. Other features call `record(...)`, passing their transaction's manager. */
@Injectable()
export class AuditService {
  private readonly logger = new Logger('Audit');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Appends one event. With `manager` the event is part of the caller's transaction (it is written only
   * if the change is); without, it is written at once (e.g. a failed sign-in, which changes nothing else).
   */
  async record(event: AuditRecord, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await writeAuditEvent(manager, event, this.clock.now());
    this.logger.log({ action: event.action, outcome: event.outcome ?? 'success', practiceId: event.practiceId }, 'audit');
  }

  /** The practice's events, newest first, keyset-paged by id. */
  async list(auth: StaffAuthContext, query: AuditQueryDto): Promise<Page<AuditEvent>> {
    const limit = query.limit ?? PAGE_LIMIT.default;
    const builder = this.dataSource
      .createQueryBuilder(AuditEventEntity, 'e')
      .leftJoin('user_account', 'u', 'u.id = e.actor_id AND u.practice_id = e.practice_id')
      .addSelect('u.display_name', 'actor_display_name')
      .where('e.practice_id = :practiceId', { practiceId: auth.practiceId })
      .orderBy('e.id', 'DESC')
      .limit(limit + 1);
    if (query.action) builder.andWhere('e.action = :action', { action: query.action });
    if (query.actorId) builder.andWhere('e.actor_id = :actorId', { actorId: query.actorId });
    if (query.from) builder.andWhere('e.occurred_at >= :from', { from: new Date(query.from) });
    if (query.to) builder.andWhere('e.occurred_at < :to', { to: endOf(query.to) });
    if (query.cursor) {
      const [, id] = decodeCursor(query.cursor);
      if (!/^\d{1,19}$/.test(id)) throw invalidCursor();
      builder.andWhere('e.id < :cursorId', { cursorId: id });
    }
    const { entities, raw } = await builder.getRawAndEntities<{ actor_display_name: string | null }>();
    const items = entities.slice(0, limit).map((event, i) => toAuditEventDto(event, raw[i]?.actor_display_name || null));
    const last = items[items.length - 1];
    return { items, nextCursor: entities.length > limit && last ? encodeCursor([null, last.id]) : null };
  }
}

/** `to` is inclusive: a bare date covers that whole day (UTC); a date-time covers up to and including that instant. */
function endOf(to: string): Date {
  const date = new Date(to);
  return /^\d{4}-\d{2}-\d{2}$/.test(to) ? new Date(date.getTime() + 86_400_000) : new Date(date.getTime() + 1);
}
