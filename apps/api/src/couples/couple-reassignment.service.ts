import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CoupleAssignment } from '@trp/contracts';
import { AccessService } from '../access/access.service';
import { actorOf } from '../audit/audit-record';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../auth/auth-context';
import { CouplesException } from './couples.exception';
import { ReassignCoupleDto } from './dto/couple.dto';

/**
 * An admin gives a couple to another counselor of the practice (the only way a counselor gets a colleague's
 * couple). The answer carries no clinical content: the admin may not be a counselor.
 */
@Injectable()
export class CoupleReassignmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async reassign(auth: AuthContext, id: string, dto: ReassignCoupleDto): Promise<CoupleAssignment> {
    return this.dataSource.transaction(async (manager) => {
      const { couple, decision } = await this.access.coupleForReassignment(auth, id, dto.counselorId, manager);
      if (decision === 'invalid_target') throw new CouplesException('invalidCounselor');
      const from = couple.counselorId;
      if (from !== dto.counselorId) {
        couple.counselorId = dto.counselorId;
        await manager.save(couple);
        await this.audit.record(
          {
            practiceId: couple.practiceId,
            actor: actorOf(auth),
            action: 'couple.reassigned',
            target: { type: 'couple', id: couple.id },
            details: { fromCounselorId: from, toCounselorId: dto.counselorId },
          },
          manager,
        );
      }
      return { id: couple.id, counselorId: couple.counselorId };
    });
  }
}
