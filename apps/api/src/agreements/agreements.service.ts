import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AgreementDecision, AgreementView, Page, PortalAgreement } from '@trp/contracts';
import { type Answers, getField, mergeAgreementItems } from '@trp/exercises';
import { ExercisesService } from '../exercises/exercises.service';
import { AccessService } from '../access/access.service';
import { updateReturning } from '../access/update-returning';
import { actorOf } from '../audit/audit-record';
import { AuditService } from '../audit/audit.service';
import type { Assignment } from '../assignments/assignment.entity';
import type { PartnerAuthContext, AuthContext } from '../auth/auth-context';
import { Clock } from '../common/clock';
import type { Couple } from '../couples/couple.entity';
import { AgreementsException } from './agreements.exception';
import { UpdateAgreementItemDto } from './dto/agreement.dto';

/** The exercise that ends in an agreement. */
export const BOUNDARIES_EXERCISE_KEY = 'set-boundaries';

interface AgreementRow {
  status: 'draft' | 'shared';
  shared_at: Date | null;
}

/** One item as shared (`agreement.shared_items`): `itemId` stays on the server (erasure finds an item's copies by it). */
interface SharedItem {
  readonly itemId?: string;
  readonly fieldId: string;
  readonly text: string;
}

interface ItemRow {
  id: string;
  field_id: string;
  text: string;
  from_partner_ids: string[];
  decision: AgreementDecision;
}

/**
 * The boundaries agreement: drafted (merged from both partners' list items) the first time the counselor opens it
 * once both have submitted; the counselor decides and rewords per item; sharing copies the agreed items' text for the
 * partners (`GET /api/portal/agreements`), whatever the assignment's visibility. Later edits reach partners only
 * when shared again (a new version).
 */
@Injectable()
export class AgreementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly exercises: ExercisesService,
  ) {}

  get(auth: AuthContext, assignmentId: string): Promise<AgreementView> {
    return this.dataSource.transaction(async (manager) => {
      const { assignment, couple } = await this.access.assignment(auth, assignmentId, manager);
      await this.ensureDraft(manager, assignment, couple);
      return this.view(manager, assignment);
    });
  }

  updateItem(auth: AuthContext, assignmentId: string, itemId: string, dto: UpdateAgreementItemDto): Promise<AgreementView> {
    if (dto.decision === undefined && dto.text === undefined) throw new AgreementsException('nothingToChange');
    return this.dataSource.transaction(async (manager) => {
      const { assignment, couple } = await this.access.assignment(auth, assignmentId, manager);
      await this.ensureDraft(manager, assignment, couple, true);
      const updated = await updateReturning<{ id: string }>(
        manager,
        `UPDATE agreement_item SET decision = coalesce($4, decision), text = coalesce($5, text)
          WHERE practice_id = $1 AND assignment_id = $2 AND id = $3 RETURNING id`,
        [assignment.practiceId, assignment.id, itemId, dto.decision ?? null, dto.text ?? null],
      );
      if (updated.length === 0) throw new AgreementsException('itemNotFound');
      await manager.query(`UPDATE agreement SET status = 'draft', updated_at = $3 WHERE practice_id = $1 AND assignment_id = $2`, [
        assignment.practiceId,
        assignment.id,
        this.clock.now(),
      ]);
      return this.view(manager, assignment);
    });
  }

  /** Shares the agreed items (text only) with both partners; sharing an unchanged shared agreement changes nothing. */
  share(auth: AuthContext, assignmentId: string): Promise<AgreementView> {
    return this.dataSource.transaction(async (manager) => {
      const { assignment, couple } = await this.access.assignment(auth, assignmentId, manager);
      const current = await this.ensureDraft(manager, assignment, couple, true);
      if (current.status === 'shared') return this.view(manager, assignment);
      const agreed = (await this.items(manager, assignment)).filter((item) => item.decision === 'agreed');
      if (agreed.length === 0) throw new AgreementsException('nothingAgreed');
      await manager.query(
        `UPDATE agreement SET status = 'shared', shared_at = $3, updated_at = $3, shared_version = shared_version + 1, shared_items = $4::jsonb
          WHERE practice_id = $1 AND assignment_id = $2`,
        [assignment.practiceId, assignment.id, this.clock.now(), JSON.stringify(agreed.map((item): SharedItem => ({ itemId: item.id, fieldId: item.field_id, text: item.text })))],
      );
      await this.audit.record(
        {
          practiceId: assignment.practiceId,
          actor: actorOf(auth),
          action: 'agreement.shared',
          target: { type: 'assignment', id: assignment.id },
          details: { assignmentId: assignment.id, coupleId: couple.id, itemIds: agreed.map((item) => item.id) },
        },
        manager,
      );
      return this.view(manager, assignment);
    });
  }

  /** The partner's couple's shared agreements, newest first: the agreed items' text as last shared, nothing else. */
  async forPartner(auth: PartnerAuthContext): Promise<Page<PortalAgreement>> {
    return { items: await this.sharedOf(auth.practiceId, auth.coupleId), nextCursor: null };
  }

  /**
   * A couple's shared agreements as partners read them (text only, as last shared, newest first): also what a
   * partner's export holds (RecordsService). Never a draft, a decision, or who proposed an item.
   */
  async sharedOf(practiceId: string, coupleId: string, manager: EntityManager = this.dataSource.manager): Promise<PortalAgreement[]> {
    const rows: { assignment_id: string; exercise_key: string; exercise_version: number; shared_at: Date; shared_version: number; shared_items: SharedItem[] }[] =
      await manager.query(
        `SELECT ag.assignment_id, a.exercise_key, a.exercise_version, ag.shared_at, ag.shared_version, ag.shared_items
           FROM agreement ag
           JOIN assignment a ON a.practice_id = ag.practice_id AND a.id = ag.assignment_id
          WHERE ag.practice_id = $1 AND a.couple_id = $2 AND a.status <> 'cancelled' AND ag.shared_version > 0
          ORDER BY ag.shared_at DESC, ag.assignment_id`,
        [practiceId, coupleId],
      );
    const definitions = await this.exercises.lookup(
      practiceId,
      rows.map((row) => ({ exerciseKey: row.exercise_key, exerciseVersion: row.exercise_version })),
      manager,
    );
    return rows.map((row) => {
      const definition = definitions(row.exercise_key, row.exercise_version);
      return {
        assignmentId: row.assignment_id,
        title: definition?.title ?? 'Your agreement',
        sharedAt: row.shared_at.toISOString(),
        version: row.shared_version,
        items: row.shared_items.map((item) => ({
          fieldId: item.fieldId,
          heading: (definition && getField(definition, item.fieldId)?.label) ?? '',
          text: item.text,
        })),
      };
    });
  }

  /**
   * The assignment's agreement, drafted now when there is none (both partners must have submitted). With `lock`,
   * the agreement row is locked for the write that follows.
   */
  private async ensureDraft(manager: EntityManager, assignment: Assignment, couple: Couple, lock = false): Promise<AgreementRow> {
    if (assignment.exerciseKey !== BOUNDARIES_EXERCISE_KEY) throw new AgreementsException('notBoundaries');
    const existing = await this.agreement(manager, assignment, lock);
    if (existing) return existing;
    if (assignment.status === 'cancelled') throw new AgreementsException('cancelled');
    const definition = await this.exercises.definition(assignment.practiceId, assignment.exerciseKey, assignment.exerciseVersion, manager);
    if (!definition) throw new AgreementsException('notBoundaries');
    const partners = [...(await this.access.partnersOf(couple, manager))].sort((a, b) => a.position - b.position);
    const responses: { partner_id: string; answers: Answers }[] = await manager.query(
      `SELECT partner_id, answers FROM response WHERE practice_id = $1 AND assignment_id = $2 AND status = 'submitted'`,
      [assignment.practiceId, assignment.id],
    );
    const submissions = partners.flatMap((partner) => {
      const response = responses.find((r) => r.partner_id === partner.id);
      return response ? [{ partnerId: partner.id, answers: response.answers }] : [];
    });
    if (submissions.length < partners.length || submissions.length === 0) throw new AgreementsException('notBothSubmitted');

    const inserted: unknown[] = await manager.query(
      `INSERT INTO agreement (assignment_id, practice_id, created_at, updated_at) VALUES ($1, $2, $3, $3)
       ON CONFLICT (assignment_id) DO NOTHING RETURNING assignment_id`,
      [assignment.id, assignment.practiceId, this.clock.now()],
    );
    if (inserted.length > 0) {
      const items = mergeAgreementItems(definition, submissions);
      if (items.length > 0) {
        await manager.query(
          `INSERT INTO agreement_item (practice_id, assignment_id, position, field_id, text, from_partner_ids)
           SELECT $1, $2, t.position, t.field_id, t.text, t.from_ids::uuid[]
             FROM jsonb_to_recordset($3::jsonb) AS t(position int, field_id text, text text, from_ids text[])`,
          [
            assignment.practiceId,
            assignment.id,
            JSON.stringify(items.map((item, position) => ({ position, field_id: item.fieldId, text: item.text.slice(0, 300), from_ids: item.from }))),
          ],
        );
      }
    }
    return (await this.agreement(manager, assignment, lock)) as AgreementRow; // drafted now, or by a concurrent request
  }

  private async agreement(manager: EntityManager, assignment: Assignment, lock: boolean): Promise<AgreementRow | undefined> {
    const rows: AgreementRow[] = await manager.query(
      `SELECT status, shared_at FROM agreement WHERE practice_id = $1 AND assignment_id = $2 ${lock ? 'FOR UPDATE' : ''}`,
      [assignment.practiceId, assignment.id],
    );
    return rows[0];
  }

  private items(manager: EntityManager, assignment: Assignment): Promise<ItemRow[]> {
    return manager.query(
      `SELECT id, field_id, text, from_partner_ids, decision FROM agreement_item WHERE practice_id = $1 AND assignment_id = $2 ORDER BY position`,
      [assignment.practiceId, assignment.id],
    );
  }

  private async view(manager: EntityManager, assignment: Assignment): Promise<AgreementView> {
    const agreement = await this.agreement(manager, assignment, false);
    const items = await this.items(manager, assignment);
    return {
      status: agreement?.status ?? 'draft',
      ...(agreement?.shared_at && { sharedAt: agreement.shared_at.toISOString() }),
      items: items.map((item) => ({ id: item.id, fieldId: item.field_id, text: item.text, from: item.from_partner_ids, decision: item.decision })),
    };
  }
}
