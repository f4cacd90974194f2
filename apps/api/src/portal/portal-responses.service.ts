import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { PortalAssignment, SavedDraft } from '@trp/contracts';
import { type Answers, safetyFlags, scoreOf, validateAnswers } from '@trp/exercises';
import { Response } from '../assignments/response.entity';
import { SafetyAlertsService } from '../alerts/safety-alerts.service';
import { AuditService } from '../audit/audit.service';
import type { PartnerAuthContext } from '../auth/auth-context';
import { Clock } from '../common/clock';
import { ExercisesService } from '../exercises/exercises.service';
import { SaveDraftDto, SubmitDto, toMine } from './dto/portal.dto';
import { definitionOf, ownAssignment } from './portal-access';
import { PortalException } from './portal.exception';

/**
 * What a partner writes: drafts (optimistic versions between devices) and the submission (idempotent).
 * Each write is one transaction that locks the partner's response row, so two devices or a double tap
 * can never interleave.
 */
@Injectable()
export class PortalResponsesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly alerts: SafetyAlertsService,
    private readonly exercises: ExercisesService,
  ) {}

  /**
   * Saves a draft when `version` is the current one (0 before the first save): 200 with the new version.
   * A stale version → 409 with the current draft; a submitted response → 409 (until the counselor reopens it);
   * answers that break the definition → 422 naming them; a closed assignment → 409. Nothing is written on an error.
   */
  saveDraft(auth: PartnerAuthContext, assignmentId: string, dto: SaveDraftDto): Promise<SavedDraft> {
    return this.dataSource.transaction(async (manager) => {
      const assignment = await ownAssignment(manager, auth, assignmentId, this.clock.now());
      if (assignment.status !== 'open') throw new PortalException('assignmentClosed');
      // In the partner's language, so a 422 names the problems in their words (answers themselves are language-neutral).
      const locale = auth.locale;
      const checked = validateAnswers(await definitionOf(this.exercises, assignment, manager, locale), dto.answers, 'draft', locale);
      if (!checked.ok) throw PortalException.invalidAnswers(checked.errors);
      const now = this.clock.now();

      let current = await this.lockResponse(manager, auth, assignment.id);
      if (!current && dto.version === 0) {
        const inserted = await this.insert(manager, auth, assignment.id, { status: 'draft', answers: checked.answers, flagged: false, score: null, now });
        if (inserted) return { version: inserted.version, savedAt: now.toISOString() };
        current = await this.lockResponse(manager, auth, assignment.id); // created meanwhile by another device
      }
      if (!current) throw PortalException.conflict({ version: 0, answers: {} });
      if (current.status === 'submitted') throw new PortalException('alreadySubmitted');
      if (current.version !== dto.version) throw PortalException.conflict({ version: current.version, answers: current.answers });

      const version = current.version + 1;
      await manager.update(Response, { id: current.id }, { answers: checked.answers, version, updatedAt: now });
      return { version, savedAt: now.toISOString() };
    });
  }

  /**
   * Submits (validated in submit mode; 422 naming the fields, nothing written). Repeating it changes nothing and
   * answers the same 200 with the stored submission, so a double tap or a retry after a timeout is safe: the
   * response row is locked (or inserted with ON CONFLICT) inside one transaction, so exactly one submission happens.
   */
  submit(auth: PartnerAuthContext, assignmentId: string, dto: SubmitDto): Promise<PortalAssignment['mine']> {
    return this.dataSource.transaction(async (manager) => {
      const assignment = await ownAssignment(manager, auth, assignmentId, this.clock.now());
      let current = await this.lockResponse(manager, auth, assignment.id);
      if (current?.status === 'submitted') return toMine(current);
      if (assignment.status !== 'open') throw new PortalException('assignmentClosed');
      const locale = auth.locale;
      const definition = await definitionOf(this.exercises, assignment, manager, locale);
      const checked = validateAnswers(definition, dto.answers, 'submit', locale);
      if (!checked.ok) throw PortalException.invalidAnswers(checked.errors);
      const flagged = safetyFlags(definition, checked.answers).length > 0;
      const score = scoreOf(definition, checked.answers)?.value ?? null;
      const now = this.clock.now();

      // The answer is built from what is written and what the write RETURNs (the answers as jsonb stored them, so
      // a repeated submit answers the very same body): no statement reads the row back.
      const written = { status: 'submitted' as const, answers: checked.answers, safetyFlagged: flagged, score, submittedAt: now, updatedAt: now };
      let submitted: Response | null = null;
      if (!current) {
        const inserted = await this.insert(manager, auth, assignment.id, { status: 'submitted', answers: checked.answers, flagged, score, now });
        if (inserted) submitted = manager.create(Response, { ...written, id: inserted.id, version: inserted.version, answers: inserted.answers });
        else current = await this.lockResponse(manager, auth, assignment.id);
      }
      if (!submitted) {
        if (!current) throw new PortalException('assignmentNotFound');
        if (current.status === 'submitted') return toMine(current); // a concurrent submit won
        const updated = await manager
          .createQueryBuilder()
          .update(Response)
          .set({ ...written, version: current.version + 1 })
          .where('id = :id', { id: current.id })
          .returning(['answers'])
          .execute();
        const [stored] = updated.raw as { answers: Answers }[];
        submitted = manager.merge(Response, current, { ...written, version: current.version + 1, answers: stored?.answers ?? checked.answers });
      }
      await this.audit.record(
        {
          practiceId: auth.practiceId,
          actor: { kind: 'partner', id: auth.partnerId },
          action: 'response.submitted',
          target: { type: 'assignment', id: assignment.id },
          details: { responseId: submitted.id, coupleId: auth.coupleId },
        },
        manager,
      );
      if (flagged) await this.alerts.flagged(manager, auth.practiceId, auth.coupleId);
      return toMine(submitted);
    });
  }

  private lockResponse(manager: EntityManager, auth: PartnerAuthContext, assignmentId: string): Promise<Response | null> {
    return manager.findOne(Response, {
      where: { practiceId: auth.practiceId, assignmentId, partnerId: auth.partnerId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** Inserts the partner's first response row; undefined when one exists already (another device or tap won). */
  private async insert(
    manager: EntityManager,
    auth: PartnerAuthContext,
    assignmentId: string,
    row: { status: 'draft' | 'submitted'; answers: Answers; flagged: boolean; score: number | null; now: Date },
  ): Promise<{ id: string; version: number; answers: Answers } | undefined> {
    const rows: { id: string; version: number; answers: Answers }[] = await manager.query(
      `INSERT INTO response (practice_id, assignment_id, partner_id, status, answers, version, safety_flagged, score, submitted_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5::jsonb, 1, $6, $9, $7, $8, $8)
       ON CONFLICT (assignment_id, partner_id) DO NOTHING
       RETURNING id, version, answers`,
      [auth.practiceId, assignmentId, auth.partnerId, row.status, JSON.stringify(row.answers), row.flagged, row.status === 'submitted' ? row.now : null, row.now, row.score],
    );
    return rows[0];
  }
}
