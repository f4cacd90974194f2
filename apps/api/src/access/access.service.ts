import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthContext, StaffAuthContext } from '../auth/auth-context';
import { UserAccount } from '../accounts/user-account.entity';
import { Assignment } from '../assignments/assignment.entity';
import { Couple } from '../couples/couple.entity';
import { Partner } from '../couples/partner.entity';
import { AccessException } from './access.exception';
import { AccessDecision, decideCoupleAccess, decideReassignment, isCounselor } from './access-rules';

export interface LockOption {
  /** Lock the row `FOR UPDATE` (only inside a transaction): for writes that read-then-change it. */
  readonly lock?: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Record-level access for the counselor workspace, in one place: "may this caller touch this couple /
 * partner / assignment?" (and, for admins, "may this couple be given to that counselor?"). Every service asks
 * here before reading or writing. Queries are scoped by the
 * caller's practice in SQL, and the decision (own counselor only) is `decideCoupleAccess`. A caller without
 * the counselor role gets 403; anything else that is not theirs, or does not exist, is a 404.
 */
@Injectable()
export class AccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The caller as a counselor (staff with the counselor role), or 403. */
  counselor(auth: AuthContext): StaffAuthContext {
    if (!isCounselor(auth)) throw new AccessException('notCounselor');
    return auth;
  }

  /** The caller's own couple, or 404. */
  async couple(auth: AuthContext, coupleId: string, manager: EntityManager = this.dataSource.manager, options: LockOption = {}): Promise<Couple> {
    const caller = this.counselor(auth);
    const couple = UUID.test(coupleId)
      ? await manager.findOne(Couple, {
          where: { id: coupleId, practiceId: caller.practiceId },
          ...(options.lock && { lock: { mode: 'pessimistic_write' as const } }),
        })
      : null;
    assertAllowed(decideCoupleAccess(caller, couple), 'coupleNotFound');
    return couple as Couple;
  }

  /** One partner of the caller's own couple, or 404 (a partner of another couple is not found either). */
  async partner(
    auth: AuthContext,
    coupleId: string,
    partnerId: string,
    manager: EntityManager = this.dataSource.manager,
    options: LockOption = {},
  ): Promise<{ couple: Couple; partner: Partner }> {
    const couple = await this.couple(auth, coupleId, manager);
    const partner = UUID.test(partnerId)
      ? await manager.findOne(Partner, {
          where: { id: partnerId, coupleId: couple.id, practiceId: couple.practiceId },
          ...(options.lock && { lock: { mode: 'pessimistic_write' as const } }),
        })
      : null;
    if (!partner) throw new AccessException('partnerNotFound');
    return { couple, partner };
  }

  /** An assignment of one of the caller's own couples, or 404. */
  async assignment(
    auth: AuthContext,
    assignmentId: string,
    manager: EntityManager = this.dataSource.manager,
    options: LockOption = {},
  ): Promise<{ assignment: Assignment; couple: Couple }> {
    const caller = this.counselor(auth);
    const assignment = UUID.test(assignmentId)
      ? await manager.findOne(Assignment, {
          where: { id: assignmentId, practiceId: caller.practiceId },
          ...(options.lock && { lock: { mode: 'pessimistic_write' as const } }),
        })
      : null;
    const couple = assignment ? await manager.findOne(Couple, { where: { id: assignment.coupleId, practiceId: assignment.practiceId } }) : null;
    assertAllowed(decideCoupleAccess(caller, couple), 'assignmentNotFound');
    return { assignment: assignment as Assignment, couple: couple as Couple };
  }

  /**
   * A couple of the caller's practice for an admin action that shows no clinical content (reassignment), and the
   * account it would go to: 403 for non-admins, 404 for a couple of another practice, `invalidTarget` when the
   * account is not an active counselor of the practice.
   */
  async coupleForReassignment(
    auth: AuthContext,
    coupleId: string,
    counselorId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ couple: Couple; decision: 'allow' | 'invalid_target' }> {
    const practiceId = auth.practiceId;
    const couple = UUID.test(coupleId)
      ? await manager.findOne(Couple, { where: { id: coupleId, practiceId }, lock: { mode: 'pessimistic_write' } })
      : null;
    const target = await manager.findOne(UserAccount, { where: { id: counselorId, practiceId } });
    const decision = decideReassignment(auth, couple, target);
    if (decision === 'forbidden') throw new AccessException('notAdmin');
    if (decision === 'not_found' || !couple) throw new AccessException('coupleNotFound', {}, 'The couple was not found in this practice.');
    return { couple, decision };
  }

  /**
   * Every couple (active and archived) of one account of the caller's practice, for an admin's "give all of them to
   * that counselor": the same rule as `coupleForReassignment`. 404 when `fromCounselorId` is not an account of the
   * practice; `invalidTarget` when `toCounselorId` is not an active counselor of it.
   */
  async couplesForReassignment(
    auth: AuthContext,
    fromCounselorId: string,
    toCounselorId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ couples: Couple[]; decision: 'allow' | 'invalid_target' }> {
    const practiceId = auth.practiceId;
    if (auth.kind !== 'staff' || !auth.roles.includes('admin')) throw new AccessException('notAdmin');
    const from = UUID.test(fromCounselorId) ? await manager.findOne(UserAccount, { where: { id: fromCounselorId, practiceId } }) : null;
    if (!from) throw new AccessException('accountNotFound');
    const target = UUID.test(toCounselorId) ? await manager.findOne(UserAccount, { where: { id: toCounselorId, practiceId } }) : null;
    const couples = await manager.find(Couple, { where: { practiceId, counselorId: from.id }, order: { createdAt: 'ASC' }, lock: { mode: 'pessimistic_write' } });
    const decisions = couples.map((couple) => decideReassignment(auth, couple, target));
    if (decisions.includes('forbidden')) throw new AccessException('notAdmin');
    const invalid = decideReassignment(auth, { practiceId }, target) === 'invalid_target' || decisions.includes('invalid_target');
    return { couples: couples.filter((_, i) => decisions[i] === 'allow'), decision: invalid ? 'invalid_target' : 'allow' };
  }

  /**
   * A couple of the caller's practice for an admin's erasure of the whole couple (no clinical content is shown):
   * 403 for non-admins, 404 for a couple of another practice or none. Locked when `lock`.
   */
  async coupleForErasure(auth: AuthContext, coupleId: string, manager: EntityManager = this.dataSource.manager, options: LockOption = {}): Promise<Couple> {
    if (auth.kind !== 'staff' || !auth.roles.includes('admin')) throw new AccessException('notAdmin', {}, 'Only practice admins can erase a couple.');
    const couple = UUID.test(coupleId)
      ? await manager.findOne(Couple, { where: { id: coupleId, practiceId: auth.practiceId }, ...(options.lock && { lock: { mode: 'pessimistic_write' as const } }) })
      : null;
    if (!couple) throw new AccessException('coupleNotFound', {}, 'The couple was not found in this practice.');
    return couple;
  }

  /** The couple's two partners, in position order. */
  async partnersOf(couple: Couple, manager: EntityManager = this.dataSource.manager): Promise<Partner[]> {
    return manager.find(Partner, { where: { coupleId: couple.id, practiceId: couple.practiceId }, order: { position: 'ASC' } });
  }
}

function assertAllowed(decision: AccessDecision, notFound: 'coupleNotFound' | 'assignmentNotFound'): void {
  if (decision === 'forbidden') throw new AccessException('notCounselor');
  if (decision === 'not_found') throw new AccessException(notFound);
}
