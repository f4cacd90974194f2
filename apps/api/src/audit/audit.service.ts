import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEvent, Page, PAGE_LIMIT } from '@trp/contracts';
import { Clock } from '../common/clock';
import { decodeCursor, encodeCursor, invalidCursor } from '../common/cursor';
import type { StaffAuthContext } from '../auth/auth-context';
import { auditOfCoupleSql } from './audit-couple-filter';
import { AuditEventEntity } from './audit-event.entity';
import { AuditRecord } from './audit-record';
import { writeAuditEvent } from './audit-writer';
import { AuditEventNames, AuditQueryDto, toAuditEventDto } from './dto/audit.dto';

/** A text that holds a uuid, as uuid (so the join can use the primary key); anything else (or null) gives null. */
function uuidOrNull(text: string): string {
  return `(CASE WHEN (${text}) ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN (${text})::uuid END)`;
}

/** The couple an event belongs to: its target, else `details.coupleId`, else the couple of `details.partnerId`. */
const COUPLE_ID = `COALESCE(${uuidOrNull("CASE WHEN e.target_type = 'couple' THEN e.target_id ELSE e.details->>'coupleId' END")}, tp.couple_id)`;

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

  /** The practice's events, newest first, keyset-paged by id; each read is audited as `audit.viewed`. */
  async list(auth: StaffAuthContext, query: AuditQueryDto): Promise<Page<AuditEvent>> {
    const limit = query.limit ?? PAGE_LIMIT.default;
    const builder = this.dataSource
      .createQueryBuilder(AuditEventEntity, 'e')
      .leftJoin('user_account', 'u', 'u.id = e.actor_id AND u.practice_id = e.practice_id')
      .addSelect('u.display_name', 'actor_display_name')
      // Names instead of ids: the staff member a `user` or `invitation` event is about …
      .leftJoin('user_account', 'tu', `tu.practice_id = e.practice_id AND tu.id = ${uuidOrNull("CASE e.target_type WHEN 'user' THEN e.target_id WHEN 'invitation' THEN e.details->>'userId' END")}`)
      .addSelect("COALESCE(NULLIF(btrim(tu.display_name), ''), tu.email)", 'target_name')
      // … and, for what belongs to a couple, the couple's id and its counselor (never its label or a partner's name).
      .leftJoin('partner', 'tp', `tp.practice_id = e.practice_id AND tp.id = ${uuidOrNull("e.details->>'partnerId'")}`)
      .addSelect(COUPLE_ID, 'target_couple_id')
      .leftJoin('couple', 'tc', `tc.practice_id = e.practice_id AND tc.id = ${COUPLE_ID}`)
      .leftJoin('user_account', 'tcu', 'tcu.practice_id = tc.practice_id AND tcu.id = tc.counselor_id')
      .addSelect('tcu.display_name', 'target_couple_counselor')
      .where('e.practice_id = :practiceId', { practiceId: auth.practiceId })
      .orderBy('e.id', 'DESC')
      .limit(limit + 1);
    if (query.action) builder.andWhere('e.action = :action', { action: query.action });
    if (query.actorId) builder.andWhere('e.actor_id = :actorId', { actorId: query.actorId });
    if (query.coupleId) builder.andWhere(auditOfCoupleSql(':practiceId', ':coupleId'), { coupleId: query.coupleId });
    if (query.from) builder.andWhere('e.occurred_at >= :from', { from: new Date(query.from) });
    if (query.to) builder.andWhere('e.occurred_at < :to', { to: endOf(query.to) });
    if (query.cursor) {
      const [, id] = decodeCursor(query.cursor);
      if (!/^\d{1,19}$/.test(id)) throw invalidCursor();
      builder.andWhere('e.id < :cursorId', { cursorId: id });
    }
    const { entities, raw } = await builder.getRawAndEntities<AuditEventNames>();
    const items = entities.slice(0, limit).map((event, i) => toAuditEventDto(event, raw[i] ?? {}));
    const last = items[items.length - 1];
    // Reading the log is itself logged (after the read, so it shows from the next one on).
    await this.record({
      practiceId: auth.practiceId,
      actor: { kind: 'staff', id: auth.userId },
      action: 'audit.viewed',
      details: { filtered: Boolean(query.action || query.actorId || query.coupleId || query.from || query.to), nextPage: Boolean(query.cursor) },
    });
    return { items, nextCursor: entities.length > limit && last ? encodeCursor([null, last.id]) : null };
  }
}

/** `to` is inclusive: a bare date covers that whole day (UTC); a date-time covers up to and including that instant. */
function endOf(to: string): Date {
  const date = new Date(to);
  return /^\d{4}-\d{2}-\d{2}$/.test(to) ? new Date(date.getTime() + 86_400_000) : new Date(date.getTime() + 1);
}
