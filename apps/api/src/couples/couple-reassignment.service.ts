import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { CoupleAssignment, ReassignedCouples } from '@trp/contracts';
import { AccessService } from '../access/access.service';
import { actorOf } from '../audit/audit-record';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../auth/auth-context';
import { NoticesService } from '../notices/notices.service';
import { Couple } from './couple.entity';
import { CouplesException } from './couples.exception';
import { ReassignCoupleDto } from './dto/couple.dto';
import { ReassignAllCouplesDto } from './dto/orphaned-couples.dto';

/**
 * An admin gives a couple to another counselor of the practice (the only way a counselor gets a colleague's
 * couple). The answer carries no clinical content: the admin may not be a counselor. Every move is audited and
 * leaves a notice for the previous counselor (unless they made it themselves), so a couple never leaves a
 * caseload unseen (docs/privacy.md).
 */
@Injectable()
export class CoupleReassignmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly notices: NoticesService,
  ) {}

  async reassign(auth: AuthContext, id: string, dto: ReassignCoupleDto): Promise<CoupleAssignment> {
    return this.dataSource.transaction(async (manager) => {
      const { couple, decision } = await this.access.coupleForReassignment(auth, id, dto.counselorId, manager);
      if (decision === 'invalid_target') throw new CouplesException('invalidCounselor');
      const from = couple.counselorId;
      if (from !== dto.counselorId) {
        await this.move(manager, auth, couple, dto.counselorId);
        await this.leaveNotice(manager, auth, from, dto.counselorId, [couple]);
      }
      return { id: couple.id, counselorId: couple.counselorId };
    });
  }

  /** Every couple (active and archived) of `fromCounselorId` to `toCounselorId`, in one transaction. */
  async reassignAll(auth: AuthContext, dto: ReassignAllCouplesDto): Promise<ReassignedCouples> {
    return this.dataSource.transaction(async (manager) => {
      const { couples, decision } = await this.access.couplesForReassignment(auth, dto.fromCounselorId, dto.toCounselorId, manager);
      if (decision === 'invalid_target') throw new CouplesException('invalidCounselor', {}, undefined, 'toCounselorId');
      if (dto.fromCounselorId === dto.toCounselorId) return { reassigned: 0 };
      for (const couple of couples) await this.move(manager, auth, couple, dto.toCounselorId);
      await this.leaveNotice(manager, auth, dto.fromCounselorId, dto.toCounselorId, couples);
      return { reassigned: couples.length };
    });
  }

  private async move(manager: EntityManager, auth: AuthContext, couple: Couple, to: string): Promise<void> {
    const from = couple.counselorId;
    couple.counselorId = to;
    await manager.save(couple);
    await this.audit.record(
      {
        practiceId: couple.practiceId,
        actor: actorOf(auth),
        action: 'couple.reassigned',
        target: { type: 'couple', id: couple.id },
        details: { fromCounselorId: from, toCounselorId: to },
      },
      manager,
    );
  }

  /**
   * The previous counselor's notice: the new counselor's and the admin's names, and the couple's label when one
   * moved — the label is the name the previous counselor themselves used for the couple, so it tells them nothing new.
   */
  private async leaveNotice(manager: EntityManager, auth: AuthContext, from: string, to: string, couples: readonly Couple[]): Promise<void> {
    const first = couples[0];
    if (!first || auth.kind !== 'staff' || from === auth.userId) return;
    const names: { id: string; display_name: string }[] = await manager.query(`SELECT id, display_name FROM user_account WHERE practice_id = $1 AND id = ANY($2::uuid[])`, [
      auth.practiceId,
      [to, auth.userId],
    ]);
    const name = (id: string) => names.find((n) => n.id === id)?.display_name ?? '';
    await this.notices.leave(manager, auth.practiceId, [from], {
      kind: 'couple_reassigned',
      coupleLabel: couples.length === 1 ? first.label : null,
      count: couples.length,
      toCounselorName: name(to),
      byName: name(auth.userId),
    });
  }
}
