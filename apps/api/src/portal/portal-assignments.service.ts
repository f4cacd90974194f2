import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Clock } from '../common/clock';
import { ExercisesService } from '../exercises/exercises.service';
import type { Page, PortalAssignment, PortalAssignmentSummary } from '@trp/contracts';
import { Assignment } from '../assignments/assignment.entity';
import { Response } from '../assignments/response.entity';
import { materializeOccurrences } from '../assignments/series/occurrences';
import type { PartnerAuthContext } from '../auth/auth-context';
import { toPortalAssignment, toSummary } from './dto/portal.dto';
import { definitionOf, ownAssignment, partnersOf, partnerVisible } from './portal-access';

/** What a partner reads: their couple's assignments, and one with their own answers (and the other's when released). */
@Injectable()
export class PortalAssignmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly exercises: ExercisesService,
  ) {}

  /**
   * The couple's assignments that are not cancelled, each with the caller's own status only. Still to do first
   * (open and not submitted, by due date, undated last), then the rest (submitted or closed), newest first.
   */
  async list(auth: PartnerAuthContext): Promise<Page<PortalAssignmentSummary>> {
    // Repeating assignments: occurrences that have opened are created on read too (exactly once).
    await materializeOccurrences(this.dataSource.manager, this.clock.now(), { practiceId: auth.practiceId, coupleId: auth.coupleId });
    const assignments = await this.dataSource.manager.find(Assignment, {
      where: partnerVisible(auth, this.clock.now()),
      order: { createdAt: 'DESC', id: 'DESC' },
    });
    const responses = assignments.length
      ? await this.dataSource.manager.find(Response, {
          where: { practiceId: auth.practiceId, partnerId: auth.partnerId, assignmentId: In(assignments.map((a) => a.id)) },
        })
      : [];
    const byAssignment = new Map(responses.map((r) => [r.assignmentId, r]));
    const definitions = await this.exercises.lookup(auth.practiceId, assignments);
    const items = assignments.flatMap((assignment) => {
      const definition = definitions(assignment.exerciseKey, assignment.exerciseVersion);
      if (!definition) return [];
      const response = byAssignment.get(assignment.id) ?? null;
      return [{ summary: toSummary(assignment, definition, response), toDo: assignment.status === 'open' && response?.status !== 'submitted' }];
    });
    items.sort((a, b) => {
      if (a.toDo !== b.toDo) return a.toDo ? -1 : 1;
      if (a.toDo) return compareDue(a.summary, b.summary);
      return (b.summary.submittedAt ?? b.summary.createdAt).localeCompare(a.summary.submittedAt ?? a.summary.createdAt);
    });
    return { items: items.map((item) => item.summary), nextCursor: null };
  }

  async get(auth: PartnerAuthContext, id: string): Promise<PortalAssignment> {
    const manager = this.dataSource.manager;
    const assignment = await ownAssignment(manager, auth, id, this.clock.now());
    const definition = await definitionOf(this.exercises, assignment, manager);
    const { me, other } = await partnersOf(manager, auth);
    const responses = await manager.find(Response, { where: { practiceId: auth.practiceId, assignmentId: assignment.id } });
    const mine = responses.find((r) => r.partnerId === me.id) ?? null;
    const theirs = other ? (responses.find((r) => r.partnerId === other.id) ?? null) : null;
    return toPortalAssignment(assignment, definition, me.perspective, mine, other && { displayName: other.displayName, response: theirs });
  }
}

function compareDue(a: PortalAssignmentSummary, b: PortalAssignmentSummary): number {
  if (a.dueAt && b.dueAt) return a.dueAt.localeCompare(b.dueAt) || a.createdAt.localeCompare(b.createdAt);
  if (a.dueAt) return -1;
  if (b.dueAt) return 1;
  return a.createdAt.localeCompare(b.createdAt);
}
