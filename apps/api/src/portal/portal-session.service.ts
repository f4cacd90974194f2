import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource, EntityManager } from 'typeorm';
import { crisisResourcesFor, PARTNER_SESSION_COOKIE, PortalMe, UpdatePortalMeRequest } from '@trp/contracts';
import { AuditService } from '../audit/audit.service';
import type { PartnerAuthContext } from '../auth/auth-context';
import { cookieOptions, sessionCookieName } from '../auth/csrf';
import { hashToken } from '../auth/session-token';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { InviteLink } from '../invite-links/invite-link.entity';
import { PracticesService } from '../practices/practices.service';
import { PartnerSessionsService } from '../auth/partner-sessions/partner-sessions.service';
import { PortalException } from './portal.exception';

interface MeRow {
  partner_id: string;
  display_name: string;
  perspective: PortalMe['partner']['perspective'];
  locale: PortalMe['partner']['locale'];
  counselor_name: string | null;
  reminders_enabled: boolean;
  has_email: boolean;
}

/** Exchanging an invite link for a partner session, signing out, and who the partner is. */
@Injectable()
export class PortalSessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: PartnerSessionsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly practices: PracticesService,
  ) {}

  /**
   * Unknown token → 401 (audited as `invite_link.unknown`, with no practice); revoked (or re-issued), expired, or the couple archived → 410. Otherwise, in one
   * transaction: the opening is recorded on the link, a session the browser may already hold is ended
   * (opening another partner's link replaces it cleanly), a new session starts, and `invite_link.used` is audited.
   */
  async exchange(token: string, request: FastifyRequest, reply: FastifyReply): Promise<PortalMe> {
    const { sessionToken, expiresAt, me } = await this.dataSource.transaction(async (manager) => {
      const link = await manager.findOne(InviteLink, { where: { tokenHash: hashToken(token) }, lock: { mode: 'pessimistic_write' } });
      if (!link) {
        // Outside the transaction (which this throw rolls back); no practice can be named for a token nobody issued.
        await this.audit.record({ practiceId: null, actor: { kind: 'anonymous' }, action: 'invite_link.unknown', outcome: 'denied' });
        throw new PortalException('linkUnknown');
      }
      const now = this.clock.now();
      const coupleStatus = await this.coupleStatusOf(manager, link);
      const usedUp = link.singleUse && link.useCount > 0;
      if (link.revokedAt || usedUp || link.expiresAt.getTime() <= now.getTime() || coupleStatus !== 'active') {
        const reason = link.revokedAt ? 'revoked' : usedUp ? 'used' : coupleStatus !== 'active' ? 'couple_archived' : 'expired';
        await this.audit.record({
          practiceId: link.practiceId,
          actor: { kind: 'anonymous' },
          action: 'invite_link.used',
          target: { type: 'invite_link', id: link.id },
          outcome: 'denied',
          details: { partnerId: link.partnerId, reason },
        });
        throw new PortalException('linkGone');
      }
      await manager.update(
        InviteLink,
        { id: link.id },
        { firstOpenedAt: link.firstOpenedAt ?? now, lastOpenedAt: now, useCount: link.useCount + 1 },
      );
      await this.sessions.revokeToken(request.cookies?.[sessionCookieName(this.config, PARTNER_SESSION_COOKIE)], manager);
      const { token: sessionToken, session } = await this.sessions.start(link, manager);
      await this.audit.record(
        {
          practiceId: link.practiceId,
          actor: { kind: 'partner', id: link.partnerId },
          action: 'invite_link.used',
          target: { type: 'invite_link', id: link.id },
          details: { partnerId: link.partnerId, useCount: link.useCount + 1 },
        },
        manager,
      );
      return { sessionToken, expiresAt: session.expiresAt, me: await this.loadMe(manager, link.practiceId, link.partnerId) };
    });
    reply.setCookie(sessionCookieName(this.config, PARTNER_SESSION_COOKIE), sessionToken, { ...cookieOptions(this.config, true), expires: expiresAt });
    return me;
  }

  async logout(auth: PartnerAuthContext, reply: FastifyReply): Promise<void> {
    await this.sessions.revoke(auth.sessionId);
    reply.clearCookie(sessionCookieName(this.config, PARTNER_SESSION_COOKIE), cookieOptions(this.config, true));
  }

  me(auth: PartnerAuthContext): Promise<PortalMe> {
    return this.loadMe(this.dataSource.manager, auth.practiceId, auth.partnerId);
  }

  /** The partner's own reminder switch, the browser's time zone (for quiet hours), and the partner's language. */
  async updateMe(auth: PartnerAuthContext, dto: UpdatePortalMeRequest): Promise<PortalMe> {
    if (dto.remindersEnabled !== undefined || dto.timezone !== undefined || dto.locale !== undefined) {
      await this.dataSource.query(
        `UPDATE partner SET reminders_enabled = COALESCE($3, reminders_enabled), timezone = COALESCE($4, timezone), locale = COALESCE($5, locale)
          WHERE id = $1 AND practice_id = $2`,
        [auth.partnerId, auth.practiceId, dto.remindersEnabled ?? null, dto.timezone ?? null, dto.locale ?? null],
      );
    }
    return this.me(auth);
  }

  private async coupleStatusOf(manager: EntityManager, link: InviteLink): Promise<string | undefined> {
    const rows: { status: string }[] = await manager.query(
      `SELECT c.status FROM partner p JOIN couple c ON c.id = p.couple_id AND c.practice_id = p.practice_id
        WHERE p.id = $1 AND p.practice_id = $2`,
      [link.partnerId, link.practiceId],
    );
    return rows[0]?.status;
  }

  private async loadMe(manager: EntityManager, practiceId: string, partnerId: string): Promise<PortalMe> {
    const rows: MeRow[] = await manager.query(
      `SELECT p.id AS partner_id, p.display_name, p.perspective, p.locale, p.reminders_enabled, (p.email IS NOT NULL AND p.email <> '') AS has_email, u.display_name AS counselor_name
         FROM partner p
         JOIN couple c ON c.id = p.couple_id AND c.practice_id = p.practice_id
         LEFT JOIN user_account u ON u.id = c.counselor_id AND u.practice_id = c.practice_id
        WHERE p.id = $1 AND p.practice_id = $2`,
      [partnerId, practiceId],
    );
    const row = rows[0];
    if (!row) throw new PortalException('linkUnknown');
    return {
      crisisResources: crisisResourcesFor((await this.practices.settings(practiceId, manager)).crisisResources, row.locale),
      partner: { id: row.partner_id, displayName: row.display_name, perspective: row.perspective, locale: row.locale },
      counselor: { displayName: row.counselor_name ?? (row.locale === 'es' ? 'Tu terapeuta' : 'Your counselor') },
      remindersEnabled: row.reminders_enabled,
      hasEmail: row.has_email,
    };
  }
}
