import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { CoupleView } from '@trp/contracts';
import { AccessService } from '../access/access.service';
import { updateReturning } from '../access/update-returning';
import { AgreementsService } from '../agreements/agreements.service';
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
    private readonly agreements: AgreementsService,
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
      agreements: await this.agreements.sharedOf(couple.practiceId, couple.id),
      assignments: partnerAssignments(this.dataSource.manager, { practiceId: couple.practiceId, coupleId: couple.id, partnerId: partner.id }),
      definitionOf: this.definitionsOf(couple.practiceId),
    });
  }

  /** The partner's own answers (drafts and submissions) and the couple's shared agreements (text only). */
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
      agreements: await this.agreements.sharedOf(auth.practiceId, auth.coupleId),
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
 * Removes a whole couple (inside the caller's transaction): partners, links, sessions, reminder records, assignments,
 * answers, agreements and notes go with it (their foreign keys cascade from the couple); the mails to its partners
 * (which hang on the practice, not the couple) first. The audit log keeps ids only.
 */
export async function eraseCoupleData(manager: EntityManager, couple: Pick<Couple, 'id' | 'practiceId'>): Promise<void> {
  const partners: { id: string; email: string | null }[] = await manager.query(`SELECT id, email FROM partner WHERE practice_id = $1 AND couple_id = $2`, [couple.practiceId, couple.id]);
  for (const partner of partners) await erasePartnerMails(manager, { practiceId: couple.practiceId, ...partner });
  await manager.query(`DELETE FROM couple WHERE practice_id = $1 AND id = $2`, [couple.practiceId, couple.id]);
}

function normalizeName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Mail kinds addressed to a partner (the others go to staff). */
const PARTNER_MAIL_KINDS = ['invite_link', 'reminder'];

/**
 * Removes everything held about one partner (inside the caller's transaction) and replaces their name and email:
 * answers and drafts; links (also a reminder's single-use ones) and sessions (and with them the PIN lock state);
 * reminder records; the mails addressed to them (queued, sent or failed: their mail jobs carry only the mail's id,
 * and a job whose mail is gone sends nothing); agreement items only they proposed (with the copy shared with the
 * partners); their id on items both proposed (the text stays: it is the other partner's too); the PIN, the time zone
 * and the reminder switch. Answers how many rows went, for the audit log (no content).
 *
 * A new table or column about a partner must be handled here: the "plant strings, then query every table" test
 * (records.integration-spec.ts) reads every text column of the database after an erasure.
 */
export async function erasePartnerData(
  manager: EntityManager,
  partner: Partner,
  now: Date,
): Promise<{ responses: number; links: number; sessions: number; reminders: number; mails: number; agreementItems: number }> {
  const scope = [partner.practiceId, partner.id];
  const count = (result: unknown) => Number((result as [unknown, number])[1]) || 0;
  const responses = count(await manager.query(`DELETE FROM response WHERE practice_id = $1 AND partner_id = $2`, scope));
  const sessions = count(await manager.query(`DELETE FROM partner_session WHERE practice_id = $1 AND partner_id = $2`, scope));
  const links = count(await manager.query(`DELETE FROM invite_link WHERE practice_id = $1 AND partner_id = $2`, scope));
  const mails = await erasePartnerMails(manager, partner);
  const reminders = count(await manager.query(`DELETE FROM partner_reminder WHERE practice_id = $1 AND partner_id = $2`, scope));
  const agreementItems = await eraseAgreementItems(manager, partner);
  await manager.update(
    Partner,
    { id: partner.id, practiceId: partner.practiceId },
    { displayName: ERASED_PARTNER_NAME, email: null, erasedAt: now, pinHash: null, pinFailures: 0, timezone: null, remindersEnabled: false },
  );
  return { responses, links, sessions, reminders, mails, agreementItems };
}

/**
 * The mails to one partner (queued, sent or failed): those their reminder records name, and every partner mail (link,
 * reminder) to their address in the practice. A mail's job carries only the mail's id, and finds nothing to send
 * once the row is gone. Answers how many went.
 */
async function erasePartnerMails(manager: EntityManager, partner: { practiceId: string; id: string; email: string | null }): Promise<number> {
  const result: unknown = await manager.query(
    `DELETE FROM mail_message m
      WHERE m.practice_id = $1
        AND (m.id IN (SELECT r.mail_id FROM partner_reminder r WHERE r.practice_id = $1 AND r.partner_id = $2 AND r.mail_id IS NOT NULL)
             OR ($3::text IS NOT NULL AND m.kind = ANY($4::text[]) AND lower(m."to") = lower($3)))`,
    [partner.practiceId, partner.id, partner.email, PARTNER_MAIL_KINDS],
  );
  return Number((result as [unknown, number])[1]) || 0;
}

/**
 * Agreement items only this partner proposed go, with their copy in what was shared (found by item id; a copy
 * shared before ids were kept, by field and text); on items both proposed only their id goes. Answers how many went.
 */
async function eraseAgreementItems(manager: EntityManager, partner: Partner): Promise<number> {
  const gone = await updateReturning<{ assignment_id: string; id: string; field_id: string; text: string }>(
    manager,
    `DELETE FROM agreement_item WHERE practice_id = $1 AND from_partner_ids = ARRAY[$2::uuid] RETURNING assignment_id, id, field_id, text`,
    [partner.practiceId, partner.id],
  );
  await manager.query(
    `UPDATE agreement_item SET from_partner_ids = array_remove(from_partner_ids, $2::uuid) WHERE practice_id = $1 AND $2::uuid = ANY(from_partner_ids)`,
    [partner.practiceId, partner.id],
  );
  if (gone.length === 0) return 0;
  await manager.query(
    `UPDATE agreement ag
        SET shared_items = coalesce((
              SELECT jsonb_agg(item ORDER BY ordinality)
                FROM jsonb_array_elements(ag.shared_items) WITH ORDINALITY AS e(item, ordinality)
               WHERE NOT EXISTS (
                       SELECT 1 FROM jsonb_to_recordset($2::jsonb) AS g(assignment_id uuid, id text, field_id text, text text)
                        WHERE g.assignment_id = ag.assignment_id
                          AND (item->>'itemId' = g.id OR (item->>'itemId' IS NULL AND item->>'fieldId' = g.field_id AND item->>'text' = g.text)))
            ), '[]'::jsonb)
      WHERE ag.practice_id = $1 AND ag.assignment_id = ANY($3::uuid[])`,
    [partner.practiceId, JSON.stringify(gone), [...new Set(gone.map((g) => g.assignment_id))]],
  );
  return gone.length;
}
