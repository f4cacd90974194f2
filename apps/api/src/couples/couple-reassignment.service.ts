import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CoupleAssignment } from '@trp/contracts';
import { AccessException } from '../access/access.exception';
import { decideReassignment } from '../access/access-rules';
import { UserAccount } from '../accounts/user-account.entity';
import { actorOf } from '../audit/audit-record';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../auth/auth-context';
import { AuthException } from '../auth/auth.exception';
import { Couple } from './couple.entity';
import { CouplesException } from './couples.exception';
import { ReassignCoupleDto } from './dto/couple.dto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An admin gives a couple to another counselor of the practice (the only way a counselor gets a colleague's
 * couple). The answer carries no clinical content: the admin may not be a counselor.
 */
@Injectable()
export class CoupleReassignmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async reassign(auth: AuthContext, id: string, dto: ReassignCoupleDto): Promise<CoupleAssignment> {
    return this.dataSource.transaction(async (manager) => {
      const practiceId = auth.kind === 'staff' ? auth.practiceId : '';
      const couple = UUID.test(id) ? await manager.findOne(Couple, { where: { id, practiceId }, lock: { mode: 'pessimistic_write' } }) : null;
      const target = await manager.findOne(UserAccount, { where: { id: dto.counselorId, practiceId } });
      const decision = decideReassignment(auth, couple, target);
      if (decision === 'forbidden') throw new AuthException('forbidden');
      if (decision === 'not_found' || !couple) throw new AccessException('coupleNotFound', {}, 'The couple was not found in this practice.');
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
