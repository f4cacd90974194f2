import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AssignmentView, AuditActionCode } from '@trp/contracts';
import { AccessException } from '../access/access.exception';
import { AccessService } from '../access/access.service';
import { updateReturning } from '../access/update-returning';
import { actorOf } from '../audit/audit-record';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../auth/auth-context';
import { Clock } from '../common/clock';
import { ExercisesService } from '../exercises/exercises.service';
import type { Couple } from '../couples/couple.entity';
import { Assignment } from './assignment.entity';
import { assignmentViews, responsesOf } from './assignment-views';
import { AssignmentsException } from './assignments.exception';
import { ReopenAssignmentDto, SafetyReviewDto } from './dto/assignment.dto';
import { hasSafetyFlag, hasUnreviewedSafetyFlag } from './progress-rules';
import { releaseOf, releaseWouldChange } from './release-rule';
import { AssignmentSeries } from './series/assignment-series.entity';

/** The counselor's actions on one assignment: review, reopen, unlock, safety review, cancel. Each one transaction, audited. */
@Injectable()
export class AssignmentActionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly exercises: ExercisesService,
  ) {}

  /** Marks an open assignment reviewed (idempotent). */
  review(auth: AuthContext, id: string): Promise<AssignmentView> {
    return this.act(auth, id, async (manager, assignment) => {
      if (assignment.status === 'reviewed') return null;
      assignment.status = 'reviewed';
      assignment.reviewedAt = this.clock.now();
      await manager.save(assignment);
      return { action: 'assignment.reviewed' };
    });
  }

  /**
   * Reopens submissions for edits: with `partnerId` that partner's only, otherwise every submitted one. The
   * response goes back to draft (answers kept, version bumped); a reviewed assignment becomes open again.
   */
  reopen(auth: AuthContext, id: string, dto: ReopenAssignmentDto): Promise<AssignmentView> {
    return this.act(auth, id, async (manager, assignment, couple) => {
      const partners = await this.access.partnersOf(couple, manager);
      if (dto.partnerId && !partners.some((p) => p.id === dto.partnerId)) throw new AccessException('partnerNotFound');
      const partnerIds = dto.partnerId ? [dto.partnerId] : partners.map((p) => p.id);
      const now = this.clock.now();
      const reopened = await updateReturning<{ partner_id: string }>(
        manager,
        `UPDATE response SET status = 'draft', submitted_at = NULL, reopened_at = $4, version = version + 1, updated_at = $4
          WHERE practice_id = $1 AND assignment_id = $2 AND partner_id = ANY($3::uuid[]) AND status = 'submitted'
          RETURNING partner_id`,
        [assignment.practiceId, assignment.id, partnerIds, now],
      );
      if (reopened.length === 0) throw new AssignmentsException('nothingToReopen');
      if (assignment.status === 'reviewed') {
        assignment.status = 'open';
        assignment.reviewedAt = null;
        await manager.save(assignment);
      }
      return { action: 'assignment.reopened', details: { partnerIds: reopened.map((r) => r.partner_id) } };
    });
  }

  /**
   * The counselor releases the answers to both partners: a sealed (`in_session`) assignment, or one a safety flag
   * holds (`after_both_submit` too), or ahead of time one not released yet. Idempotent: nothing changes (and
   * nothing is audited) when there is nothing to release; 409 for counselor-only answers, which are never shared.
   */
  unlock(auth: AuthContext, id: string): Promise<AssignmentView> {
    return this.act(auth, id, async (manager, assignment) => {
      if (assignment.visibility === 'counselor_only') throw new AssignmentsException('notSealed');
      const responses = await responsesOf(manager, assignment.practiceId, [assignment.id], false);
      if (!releaseWouldChange(assignment, responses)) return null;
      const from = releaseOf(assignment, responses).state;
      assignment.unlockedAt = this.clock.now();
      await manager.save(assignment);
      return { action: 'assignment.unlocked', details: { from } };
    });
  }

  /**
   * Acknowledges the assignment's safety flag with a note: who, when and the note are stored on the assignment (the
   * note is clinical; the audit event does not carry it). The flag then leaves the dashboard until a later
   * submission raises one again. 409 without a flag from a submitted response, or when nothing was flagged since the
   * latest review.
   */
  safetyReview(auth: AuthContext, id: string, dto: SafetyReviewDto): Promise<AssignmentView> {
    return this.act(auth, id, async (manager, assignment) => {
      const responses = await responsesOf(manager, assignment.practiceId, [assignment.id], false);
      if (!hasSafetyFlag(responses)) throw new AssignmentsException('noSafetyFlag');
      if (!hasUnreviewedSafetyFlag(responses, assignment.safetyReviewedAt)) throw new AssignmentsException('safetyAlreadyReviewed');
      const now = this.clock.now();
      const reviewer = this.access.counselor(auth).userId;
      // The counter the dashboard reads is recounted by the rule (awaitsSafetyReview) under the row lock; the response
      // trigger keeps it from here on.
      await manager.query(
        `UPDATE assignment
            SET safety_reviewed_at = $3, safety_reviewed_by_user_id = $4, safety_review_note = $5, updated_at = $3,
                unreviewed_flagged_count = (
                  SELECT count(*) FROM response r
                   WHERE r.practice_id = $1 AND r.assignment_id = $2 AND r.status = 'submitted' AND r.safety_flagged
                     AND (r.submitted_at IS NULL OR r.submitted_at > $3))
          WHERE practice_id = $1 AND id = $2`,
        [assignment.practiceId, assignment.id, now, reviewer, dto.note],
      );
      assignment.safetyReviewedAt = now;
      assignment.safetyReviewedByUserId = reviewer;
      assignment.safetyReviewNote = dto.note;
      const flaggedPartnerIds = responses.filter((r) => r.status === 'submitted' && r.safetyFlagged).map((r) => r.partnerId);
      return { action: 'assignment.safety_reviewed', details: { flaggedPartnerIds } };
    });
  }

  /** Cancels an assignment (idempotent): kept for the record with status cancelled. */
  async cancel(auth: AuthContext, id: string): Promise<void> {
    await this.act(
      auth,
      id,
      async (manager, assignment) => {
        if (assignment.status === 'cancelled') return null;
        assignment.status = 'cancelled';
        assignment.cancelledAt = this.clock.now();
        await manager.save(assignment);
        return { action: 'assignment.cancelled' };
      },
      { allowCancelled: true },
    );
  }

  /**
   * Stops a repeating assignment's series (any occurrence names it): no further occurrence opens; those already
   * open stay, with their answers. Idempotent. 409 for an assignment that does not repeat.
   */
  stopRepeating(auth: AuthContext, id: string): Promise<AssignmentView> {
    return this.act(
      auth,
      id,
      async (manager, assignment) => {
        if (!assignment.seriesId) throw new AssignmentsException('notRepeating');
        const series = await manager.findOne(AssignmentSeries, { where: { id: assignment.seriesId, practiceId: assignment.practiceId }, lock: { mode: 'pessimistic_write' } });
        if (!series || series.stoppedAt) return null;
        series.stoppedAt = this.clock.now();
        await manager.save(series);
        return { action: 'assignment.repeat_stopped', details: { seriesId: series.id } };
      },
      { allowCancelled: true },
    );
  }

  /** Locks the caller's assignment, applies `change`, audits what it did, answers the view (statuses only). */
  private act(
    auth: AuthContext,
    id: string,
    change: (manager: EntityManager, assignment: Assignment, couple: Couple) => Promise<{ action: AuditActionCode; details?: Record<string, unknown> } | null>,
    options: { allowCancelled?: boolean } = {},
  ): Promise<AssignmentView> {
    return this.dataSource.transaction(async (manager) => {
      const { assignment, couple } = await this.access.assignment(auth, id, manager, { lock: true });
      if (assignment.status === 'cancelled' && !options.allowCancelled) throw new AssignmentsException('cancelled');
      const done = await change(manager, assignment, couple);
      if (done) {
        await this.audit.record(
          {
            practiceId: couple.practiceId,
            actor: actorOf(auth),
            action: done.action,
            target: { type: 'assignment', id: assignment.id },
            details: { coupleId: couple.id, ...done.details },
          },
          manager,
        );
      }
      const definitions = await this.exercises.lookup(couple.practiceId, [assignment], manager, auth.locale);
      const [view] = await assignmentViews(manager, [assignment], await this.access.partnersOf(couple, manager), definitions);
      return view as AssignmentView;
    });
  }
}
