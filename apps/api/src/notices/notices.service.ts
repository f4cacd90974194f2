import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import type { StaffNotice, StaffNoticeDetails } from '@trp/contracts';
import type { StaffAuthContext } from '../auth/auth-context';
import { Clock } from '../common/clock';
import { NoticesException } from './notices.exception';
import { StaffNoticeEntity } from './staff-notice.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The newest notices shown; older ones stay in the table (and the audit log holds the full story). */
const LIST_LIMIT = 20;

/**
 * Staff notices: other features leave one (`leave`, inside their own transaction) for people who should know what
 * happened to them or around them without having done it — a couple given to another counselor, an admin changing
 * their own roles. The recipient reads theirs and dismisses them. Never clinical content: names and counts only.
 */
@Injectable()
export class NoticesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Leaves the same notice for each recipient (staff of `practiceId`). */
  async leave(manager: EntityManager, practiceId: string, userIds: readonly string[], details: StaffNoticeDetails): Promise<void> {
    if (userIds.length === 0) return;
    const { kind, ...rest } = details;
    const createdAt = this.clock.now();
    const rows = [...new Set(userIds)].map((userId) => manager.create(StaffNoticeEntity, { practiceId, userId, kind, details: { ...rest }, createdAt, dismissedAt: null }));
    await manager.save(rows);
  }

  async listMine(auth: StaffAuthContext): Promise<StaffNotice[]> {
    const rows = await this.dataSource.manager.find(StaffNoticeEntity, {
      where: { practiceId: auth.practiceId, userId: auth.userId, dismissedAt: IsNull() },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: LIST_LIMIT,
    });
    return rows.map(toStaffNotice);
  }

  /** Dismisses one of the caller's own notices (another person's is a 404). Dismissing twice is fine. */
  async dismiss(auth: StaffAuthContext, id: string): Promise<void> {
    const notice = UUID.test(id) ? await this.dataSource.manager.findOne(StaffNoticeEntity, { where: { id, practiceId: auth.practiceId, userId: auth.userId } }) : null;
    if (!notice) throw new NoticesException('noticeNotFound');
    if (!notice.dismissedAt) await this.dataSource.manager.update(StaffNoticeEntity, { id: notice.id }, { dismissedAt: this.clock.now() });
  }
}

export function toStaffNotice(row: StaffNoticeEntity): StaffNotice {
  return { id: row.id, createdAt: row.createdAt.toISOString(), details: { ...row.details, kind: row.kind } as StaffNoticeDetails };
}
