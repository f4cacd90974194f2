import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MailLogItem, Page, PAGE_LIMIT } from '@trp/contracts';
import type { StaffAuthContext } from '../auth/auth-context';
import { decodeCursor, encodeCursor, invalidCursor } from '../common/cursor';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { MailLogQueryDto, toMailLogItemDto } from './dto/mail-log.dto';
import { MailMessageEntity } from './mail-message.entity';
import { MailOutboxService } from './mail-outbox.service';
import { MailException } from './mail.exception';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The admin's mail log: the practice's mails, newest first, and "send again" for a failed one. */
@Injectable()
export class MailLogService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: MailOutboxService,
  ) {}

  /** On the embedded demo without SMTP nothing leaves the machine: the log shows what would have gone out. */
  private get showsText(): boolean {
    return !this.config.smtpUrl && this.config.databaseUrl === undefined;
  }

  async list(auth: StaffAuthContext, query: MailLogQueryDto): Promise<Page<MailLogItem>> {
    const limit = query.limit ?? PAGE_LIMIT.default;
    const builder = this.dataSource
      .createQueryBuilder(MailMessageEntity, 'm')
      .addSelect('m.created_at::text', 'sort_key')
      .where('m.practice_id = :practiceId', { practiceId: auth.practiceId })
      .orderBy('m.created_at', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .limit(limit + 1);
    if (query.status) builder.andWhere('m.status = :status', { status: query.status });
    if (query.cursor) {
      const [value, id] = decodeCursor(query.cursor);
      if (typeof value !== 'string' || !UUID.test(id)) throw invalidCursor();
      builder.andWhere('(m.created_at, m.id) < (CAST(:cursorValue AS timestamptz), CAST(:cursorId AS uuid))', { cursorValue: value, cursorId: id });
    }
    const { entities, raw } = await builder.getRawAndEntities<{ sort_key: string }>();
    const page = entities.slice(0, limit);
    const last = page[page.length - 1];
    const lastKey = raw[page.length - 1]?.sort_key;
    return {
      items: page.map((mail) => toMailLogItemDto(mail, this.showsText)),
      nextCursor: entities.length > limit && last && lastKey ? encodeCursor([lastKey, last.id]) : null,
    };
  }

  /** Sends a failed mail again (404 unknown or another practice's, 409 unless failed). */
  async retry(auth: StaffAuthContext, id: string): Promise<MailLogItem> {
    return this.dataSource.transaction(async (manager) => {
      const mail = await manager.findOne(MailMessageEntity, { where: { id, practiceId: auth.practiceId }, lock: { mode: 'pessimistic_write' } });
      if (!mail) throw new MailException('notFound');
      if (mail.status !== 'failed') throw new MailException('notFailed');
      await this.outbox.requeue(manager, mail.id);
      return toMailLogItemDto({ ...mail, status: 'queued' }, this.showsText);
    });
  }
}
