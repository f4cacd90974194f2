import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AssignmentView, Page, PAGE_LIMIT } from '@trp/contracts';
import { AccessService } from '../access/access.service';
import { actorOf } from '../audit/audit-record';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../auth/auth-context';
import { Clock } from '../common/clock';
import { decodeCursor, encodeCursor, invalidCursor } from '../common/cursor';
import { PageQueryDto } from '../common/page-query.dto';
import { ExercisesService } from '../exercises/exercises.service';
import { Assignment } from './assignment.entity';
import { assignmentViews, responsesOf, safetyReviewersOf } from './assignment-views';
import { AssignmentsException } from './assignments.exception';
import { CreateAssignmentDto, toAssignmentView } from './dto/assignment.dto';
import { AssignmentSeries } from './series/assignment-series.entity';
import { materializeOccurrences, seriesOf } from './series/occurrences';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A couple's assignments: list, assign, and read one with the partners' submitted answers. */
/** How far ahead an assignment may be scheduled to open. */
const MAX_OPENS_AHEAD_MS = 366 * 24 * 60 * 60_000;

@Injectable()
export class AssignmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly exercises: ExercisesService,
  ) {}

  /** Newest first, keyset-paged; each with the partners' statuses (never answers). */
  async list(auth: AuthContext, coupleId: string, query: PageQueryDto): Promise<Page<AssignmentView>> {
    const couple = await this.access.couple(auth, coupleId);
    // Repeating assignments: occurrences that have opened are created on read too (exactly once).
    await materializeOccurrences(this.dataSource.manager, this.clock.now(), { practiceId: couple.practiceId, coupleId: couple.id });
    const limit = query.limit ?? PAGE_LIMIT.default;
    const builder = this.dataSource
      .createQueryBuilder(Assignment, 'a')
      .addSelect('a.created_at::text', 'sort_key')
      .where('a.practice_id = :practiceId AND a.couple_id = :coupleId', { practiceId: couple.practiceId, coupleId: couple.id })
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(limit + 1);
    if (query.cursor) {
      const [value, id] = decodeCursor(query.cursor);
      if (typeof value !== 'string' || !UUID.test(id) || Number.isNaN(Date.parse(value))) throw invalidCursor();
      builder.andWhere('(a.created_at, a.id) < (CAST(:cursorValue AS timestamptz), CAST(:cursorId AS uuid))', { cursorValue: value, cursorId: id });
    }
    const { entities, raw } = await builder.getRawAndEntities<{ sort_key: string }>();
    const page = entities.slice(0, limit);
    const last = page[page.length - 1];
    const lastKey = raw[page.length - 1]?.sort_key;
    const partners = await this.access.partnersOf(couple);
    return {
      items: await assignmentViews(this.dataSource.manager, page, partners, await this.exercises.lookup(couple.practiceId, page, undefined, auth.locale)),
      nextCursor: entities.length > limit && last && lastKey ? encodeCursor([lastKey, last.id]) : null,
    };
  }

  /** Assigns the latest version of an exercise to an active couple. */
  async create(auth: AuthContext, coupleId: string, dto: CreateAssignmentDto): Promise<AssignmentView> {
    return this.dataSource.transaction(async (manager) => {
      const couple = await this.access.couple(auth, coupleId, manager, { lock: true });
      // Built-in, or the practice's own and not archived (an archived or another practice's key: 400 unknownExercise).
      const definition = await this.exercises.latestAssignable(couple.practiceId, dto.exerciseKey, manager);
      if (!definition) throw new AssignmentsException('unknownExercise');
      if (couple.status === 'archived') throw new AssignmentsException('coupleArchived');
      const now = this.clock.now();
      const opensAt = dto.opensAt ? new Date(dto.opensAt) : now;
      if (opensAt.getTime() > now.getTime() + MAX_OPENS_AHEAD_MS) throw new AssignmentsException('opensTooLate');
      const dueAt = dto.dueAt ? new Date(dto.dueAt) : null;
      // A due date before the opening would count as overdue on the dashboard while the partners cannot see it yet.
      if (dueAt && dueAt <= opensAt && dto.opensAt) throw new AssignmentsException('dueBeforeOpens');
      const series = dto.repeat
        ? await manager.save(
            manager.create(AssignmentSeries, { practiceId: couple.practiceId, coupleId: couple.id, everyDays: dto.repeat.everyDays, times: dto.repeat.times ?? null, stoppedAt: null }),
          )
        : null;
      const assignment = await manager.save(
        manager.create(Assignment, {
          practiceId: couple.practiceId,
          coupleId: couple.id,
          exerciseKey: definition.key,
          exerciseVersion: definition.version,
          instructions: dto.instructions ?? null,
          dueAt,
          opensAt,
          seriesId: series?.id ?? null,
          occurrence: series ? 1 : null,
          visibility: dto.visibility ?? 'counselor_only',
          reminders: dto.reminders ?? true,
          status: 'open',
          createdByUserId: auth.kind === 'staff' ? auth.userId : null,
        }),
      );
      await this.audit.record(
        {
          practiceId: couple.practiceId,
          actor: actorOf(auth),
          action: 'assignment.created',
          target: { type: 'assignment', id: assignment.id },
          details: {
            coupleId: couple.id,
            exerciseKey: definition.key,
            exerciseVersion: definition.version,
            visibility: assignment.visibility,
            ...(dto.opensAt && { opensAt: opensAt.toISOString() }),
            ...(series && { seriesId: series.id, repeat: { everyDays: series.everyDays, times: series.times } }),
          },
        },
        manager,
      );
      return toAssignmentView(assignment, await this.access.partnersOf(couple, manager), [], () => definition, null, series);
    });
  }

  /**
   * One assignment with each partner's status and, for submitted responses only, their answers (counselor-only
   * fields included). A read that shows answers is audited once (`response.viewed` on the assignment, naming
   * the responses and partners shown), in the same transaction as the read: one row per view, however many
   * partners had submitted (it was one row per response, which read as every page view logged twice).
   */
  async get(auth: AuthContext, id: string): Promise<AssignmentView> {
    return this.dataSource.transaction(async (manager) => {
      const { assignment, couple } = await this.access.assignment(auth, id, manager);
      const responses = await responsesOf(manager, couple.practiceId, [assignment.id], true);
      const shown = responses.filter((r) => r.status === 'submitted');
      if (shown.length > 0) {
        await this.audit.record(
          {
            practiceId: couple.practiceId,
            actor: actorOf(auth),
            action: 'response.viewed',
            target: { type: 'assignment', id: assignment.id },
            details: { assignmentId: assignment.id, coupleId: couple.id, responseIds: shown.map((r) => r.id), partnerIds: shown.map((r) => r.partnerId) },
          },
          manager,
        );
      }
      const reviewers = await safetyReviewersOf(manager, [assignment]);
      const reviewerName = assignment.safetyReviewedByUserId ? (reviewers.get(assignment.safetyReviewedByUserId) ?? null) : null;
      const series = await seriesOf(manager, couple.practiceId, [assignment.seriesId]);
      const definitions = await this.exercises.lookup(couple.practiceId, [assignment], manager, auth.locale);
      return toAssignmentView(assignment, await this.access.partnersOf(couple, manager), responses, definitions, reviewerName, (assignment.seriesId && series.get(assignment.seriesId)) || null);
    });
  }
}
