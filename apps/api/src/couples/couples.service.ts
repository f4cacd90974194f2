import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CoupleStatus, CoupleView, Page, PAGE_LIMIT } from '@trp/contracts';
import { AccessException } from '../access/access.exception';
import { AccessService } from '../access/access.service';
import { actorOf } from '../audit/audit-record';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../auth/auth-context';
import { Clock } from '../common/clock';
import { decodeCursor, encodeCursor, invalidCursor } from '../common/cursor';
import { revokeLiveLinks } from '../invite-links/link-revocation';
import { PracticesService } from '../practices/practices.service';
import { Couple } from './couple.entity';
import { coupleView, coupleViews } from './couple-views';
import { CouplesException } from './couples.exception';
import { CoupleListQueryDto, CreateCoupleDto, UpdateCoupleDto, UpdatePartnerDto } from './dto/couple.dto';
import { Partner } from './partner.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A counselor's own caseload: list, add, read, change, archive and restore couples. */
@Injectable()
export class CouplesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly practices: PracticesService,
  ) {}

  /** The caller's couples, newest first: search by label or partner name, filter by status, keyset paging. */
  async list(auth: AuthContext, query: CoupleListQueryDto): Promise<Page<CoupleView>> {
    const caller = this.access.counselor(auth);
    const limit = query.limit ?? PAGE_LIMIT.default;
    const builder = this.dataSource
      .createQueryBuilder(Couple, 'c')
      .addSelect('c.created_at::text', 'sort_key')
      .where('c.practice_id = :practiceId AND c.counselor_id = :counselorId', { practiceId: caller.practiceId, counselorId: caller.userId })
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(limit + 1);
    if (query.status) builder.andWhere('c.status = :status', { status: query.status });
    if (query.search) {
      const pattern = `%${query.search.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
      builder.andWhere(
        `(c.label ILIKE :pattern OR EXISTS (SELECT 1 FROM partner p WHERE p.practice_id = c.practice_id AND p.couple_id = c.id AND p.display_name ILIKE :pattern))`,
        { pattern },
      );
    }
    if (query.cursor) {
      const [value, id] = decodeCursor(query.cursor);
      if (typeof value !== 'string' || !UUID.test(id) || Number.isNaN(Date.parse(value))) throw invalidCursor();
      builder.andWhere('(c.created_at, c.id) < (CAST(:cursorValue AS timestamptz), CAST(:cursorId AS uuid))', { cursorValue: value, cursorId: id });
    }
    const { entities, raw } = await builder.getRawAndEntities<{ sort_key: string }>();
    const page = entities.slice(0, limit);
    const last = page[page.length - 1];
    const lastKey = raw[page.length - 1]?.sort_key;
    return {
      items: await coupleViews(this.dataSource.manager, page, this.clock.now()),
      nextCursor: entities.length > limit && last && lastKey ? encodeCursor([lastKey, last.id]) : null,
    };
  }

  /** A new couple in the caller's caseload, with its two partners (positions 1 and 2), in one transaction. */
  async create(auth: AuthContext, dto: CreateCoupleDto): Promise<CoupleView> {
    const caller = this.access.counselor(auth);
    return this.dataSource.transaction(async (manager) => {
      const { defaultLocale } = await this.practices.settings(caller.practiceId, manager);
      const couple = await manager.save(manager.create(Couple, { practiceId: caller.practiceId, counselorId: caller.userId, label: dto.label, status: 'active' }));
      await manager.save(
        dto.partners.map((partner, index) =>
          manager.create(Partner, {
            practiceId: caller.practiceId,
            coupleId: couple.id,
            position: (index + 1) as 1 | 2,
            displayName: partner.displayName,
            email: partner.email || null,
            perspective: partner.perspective ?? 'unspecified',
            locale: partner.locale ?? defaultLocale,
          }),
        ),
      );
      await this.audit.record(
        { practiceId: caller.practiceId, actor: actorOf(caller), action: 'couple.created', target: { type: 'couple', id: couple.id } },
        manager,
      );
      return coupleView(manager, couple, this.clock.now());
    });
  }

  async get(auth: AuthContext, id: string): Promise<CoupleView> {
    const couple = await this.access.couple(auth, id);
    return coupleView(this.dataSource.manager, couple, this.clock.now());
  }

  /** Label, status (archive/restore) and partners' names, emails, perspectives and languages, in one transaction. */
  async update(auth: AuthContext, id: string, dto: UpdateCoupleDto): Promise<CoupleView> {
    return this.dataSource.transaction(async (manager) => {
      const couple = await this.access.couple(auth, id, manager, { lock: true });
      const changed: string[] = [];
      if (dto.label !== undefined && dto.label !== couple.label) {
        couple.label = dto.label;
        changed.push('label');
      }
      if (dto.partners?.length) changed.push(...(await this.updatePartners(manager, couple, dto.partners)));
      if (changed.length) {
        await manager.save(couple);
        await this.audit.record(
          { practiceId: couple.practiceId, actor: actorOf(auth), action: 'couple.updated', target: { type: 'couple', id: couple.id }, details: { changed } },
          manager,
        );
      }
      if (dto.status && dto.status !== couple.status) await this.setStatus(manager, auth, couple, dto.status);
      return coupleView(manager, couple, this.clock.now());
    });
  }

  /** Archives the couple (idempotent): it leaves the active caseload and the dashboard; its partners' links stop working. */
  async archive(auth: AuthContext, id: string): Promise<CoupleView> {
    return this.dataSource.transaction(async (manager) => {
      const couple = await this.access.couple(auth, id, manager, { lock: true });
      if (couple.status !== 'archived') await this.setStatus(manager, auth, couple, 'archived');
      return coupleView(manager, couple, this.clock.now());
    });
  }

  private async setStatus(manager: EntityManager, auth: AuthContext, couple: Couple, status: CoupleStatus): Promise<void> {
    const now = this.clock.now();
    couple.status = status;
    couple.archivedAt = status === 'archived' ? now : null;
    await manager.save(couple);
    let revokedLinks = 0;
    if (status === 'archived') {
      const partners = await this.access.partnersOf(couple, manager);
      revokedLinks = (await revokeLiveLinks(manager, couple.practiceId, partners.map((p) => p.id), now)).length;
    }
    await this.audit.record(
      {
        practiceId: couple.practiceId,
        actor: actorOf(auth),
        action: status === 'archived' ? 'couple.archived' : 'couple.restored',
        target: { type: 'couple', id: couple.id },
        ...(status === 'archived' && { details: { revokedLinks } }),
      },
      manager,
    );
  }

  /** Applies partner changes (matched by id within this couple); answers what changed, e.g. `partners[1].email`. */
  private async updatePartners(manager: EntityManager, couple: Couple, changes: readonly UpdatePartnerDto[]): Promise<string[]> {
    if (new Set(changes.map((c) => c.id)).size !== changes.length) throw new CouplesException('duplicatePartner');
    const partners = await this.access.partnersOf(couple, manager);
    const changed: string[] = [];
    for (const change of changes) {
      const partner = partners.find((p) => p.id === change.id);
      if (!partner) throw new AccessException('partnerNotFound');
      const before = { displayName: partner.displayName, email: partner.email, perspective: partner.perspective, locale: partner.locale };
      if (change.displayName !== undefined) partner.displayName = change.displayName;
      if (change.email !== undefined) partner.email = change.email || null;
      if (change.perspective !== undefined) partner.perspective = change.perspective;
      if (change.locale !== undefined) partner.locale = change.locale;
      const fields = (Object.keys(before) as (keyof typeof before)[]).filter((key) => before[key] !== partner[key]);
      if (fields.length) {
        await manager.save(partner);
        changed.push(...fields.map((field) => `partners[${partner.position}].${field}`));
      }
    }
    return changed;
  }
}
