import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { CoupleView } from '@trp/contracts';
import { AccessService } from '../access/access.service';
import { actorOf } from '../audit/audit-record';
import { AuditService } from '../audit/audit.service';
import type { AuthContext, PartnerAuthContext } from '../auth/auth-context';
import { Clock } from '../common/clock';
import type { Couple } from '../couples/couple.entity';
import { coupleView } from '../couples/couple-views';
import { Partner } from '../couples/partner.entity';
import { InviteLink } from '../invite-links/invite-link.entity';
import { ERASED_PARTNER_NAME, ErasePartnerDto, ExportFormat } from './dto/records.dto';
import { ExportInput, htmlExport, jsonExport } from './export-document';
import { ExercisesService } from '../exercises/exercises.service';
import type { ExerciseDefinition } from '@trp/exercises';
import { partnerAssignments } from './partner-records';
import { RecordsException } from './records.exception';

/** A document being streamed: its content type, a file name, and its chunks. */
export interface ExportStream {
  readonly contentType: string;
  readonly fileName: string;
  readonly chunks: AsyncGenerator<string>;
}

/**
 * A person's data (DESIGN "A person's data"): the export of one partner's records (by their counselor, or by the
 * partner themselves) and the erasure of one partner's data without touching the other's.
 */
@Injectable()
export class RecordsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly exercises: ExercisesService,
  ) {}

  /** The exercise resolver for one practice, remembering what it has read (an export names few versions, many times). */
  private definitionsOf(practiceId: string): ExportInput['definitionOf'] {
    const cache = new Map<string, Promise<ExerciseDefinition | undefined>>();
    return (key, version) => {
      const id = `${key}@${version}`;
      const known = cache.get(id) ?? this.exercises.definition(practiceId, key, version);
      cache.set(id, known);
      return known;
    };
  }

  /** Everything held about one partner of the caller's couple; never the other partner's answers or the notes. */
  async counselorExport(auth: AuthContext, coupleId: string, partnerId: string, format: ExportFormat): Promise<ExportStream> {
    const { couple, partner } = await this.access.partner(auth, coupleId, partnerId);
    const links = await this.dataSource.manager.find(InviteLink, {
      where: { practiceId: couple.practiceId, partnerId: partner.id },
      order: { createdAt: 'ASC' },
    });
    await this.audit.record({
      practiceId: couple.practiceId,
      actor: actorOf(auth),
      action: 'partner.exported',
      target: { type: 'partner', id: partner.id },
      details: { coupleId: couple.id, partnerId: partner.id, format },
    });
    return this.stream(format, {
      audience: 'counselor',
      exportedAt: this.clock.now(),
      subject: partner,
      links,
      assignments: partnerAssignments(this.dataSource.manager, { practiceId: couple.practiceId, coupleId: couple.id, partnerId: partner.id }),
      definitionOf: this.definitionsOf(couple.practiceId),
    });
  }

  /** The partner's own answers (drafts and submissions), as JSON. */
  async partnerExport(auth: PartnerAuthContext, format: ExportFormat): Promise<ExportStream> {
    const partner = await this.dataSource.manager.findOneOrFail(Partner, { where: { id: auth.partnerId, practiceId: auth.practiceId, coupleId: auth.coupleId } });
    await this.audit.record({
      practiceId: auth.practiceId,
      actor: actorOf(auth),
      action: 'partner.exported_own',
      target: { type: 'partner', id: partner.id },
      details: { coupleId: auth.coupleId, partnerId: partner.id, format },
    });
    return this.stream(format, {
      audience: 'partner',
      exportedAt: this.clock.now(),
      subject: partner,
      links: [],
      assignments: partnerAssignments(this.dataSource.manager, { practiceId: auth.practiceId, coupleId: auth.coupleId, partnerId: partner.id, onlyAnswered: true }),
      definitionOf: this.definitionsOf(auth.practiceId),
    });
  }

  /** Erases one partner's data in one transaction (the other partner's answers, the assignments and the notes stay). */
  async erasePartner(auth: AuthContext, coupleId: string, partnerId: string, dto: ErasePartnerDto): Promise<CoupleView> {
    return this.dataSource.transaction(async (manager) => {
      const { couple, partner } = await this.access.partner(auth, coupleId, partnerId, manager, { lock: true });
      if (partner.erasedAt) throw new RecordsException('alreadyErased');
      if (normalizeName(dto.confirm) !== normalizeName(partner.displayName)) throw new RecordsException('wrongConfirm');
      const counts = await erasePartnerData(manager, partner, this.clock.now());
      await this.audit.record(
        {
          practiceId: couple.practiceId,
          actor: actorOf(auth),
          action: 'partner.erased',
          target: { type: 'partner', id: partner.id },
          details: { coupleId: couple.id, partnerId: partner.id, ...counts },
        },
        manager,
      );
      return coupleView(manager, couple, this.clock.now());
    });
  }

  /** An admin erases a whole archived couple: the couple and everything of it goes; the audit log keeps that it did. */
  async eraseCouple(auth: AuthContext, coupleId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const couple = await this.access.coupleForErasure(auth, coupleId, manager, { lock: true });
      if (couple.status !== 'archived') throw new RecordsException('notArchived');
      await eraseCoupleData(manager, couple);
      await this.audit.record(
        { practiceId: couple.practiceId, actor: actorOf(auth), action: 'couple.erased', target: { type: 'couple', id: couple.id }, details: { coupleId: couple.id, reason: 'request' } },
        manager,
      );
    });
  }

  private stream(format: ExportFormat, input: ExportInput): ExportStream {
    const day = input.exportedAt.toISOString().slice(0, 10);
    return format === 'html'
      ? { contentType: 'text/html; charset=utf-8', fileName: `records-${day}.html`, chunks: htmlExport(input) }
      : { contentType: 'application/json; charset=utf-8', fileName: `records-${day}.json`, chunks: jsonExport(input) };
  }
}

/**
 * Removes a whole couple (inside the caller's transaction): partners, links, sessions, assignments, answers and notes
 * go with it (their foreign keys cascade from the couple). The audit log keeps ids only.
 */
export async function eraseCoupleData(manager: EntityManager, couple: Pick<Couple, 'id' | 'practiceId'>): Promise<void> {
  await manager.query(`DELETE FROM couple WHERE practice_id = $1 AND id = $2`, [couple.practiceId, couple.id]);
}

function normalizeName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Removes a partner's answers, drafts, links and sessions and replaces their name and email (inside the caller's
 * transaction). Answers how many rows went, for the audit log (no content).
 */
export async function erasePartnerData(manager: EntityManager, partner: Partner, now: Date): Promise<{ responses: number; links: number; sessions: number }> {
  const scope = [partner.practiceId, partner.id];
  const [, responses] = await manager.query(`DELETE FROM response WHERE practice_id = $1 AND partner_id = $2`, scope);
  const [, sessions] = await manager.query(`DELETE FROM partner_session WHERE practice_id = $1 AND partner_id = $2`, scope);
  const [, links] = await manager.query(`DELETE FROM invite_link WHERE practice_id = $1 AND partner_id = $2`, scope);
  await manager.update(Partner, { id: partner.id, practiceId: partner.practiceId }, { displayName: ERASED_PARTNER_NAME, email: null, erasedAt: now, pinHash: null, pinFailures: 0 });
  return { responses: Number(responses) || 0, links: Number(links) || 0, sessions: Number(sessions) || 0 };
}
