import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import type { PartnerAuthContext } from '../auth/auth-context';
import { hashToken, newToken } from '../auth/session-token';
import { Clock } from '../common/clock';
import { PARTNER_LAST_SEEN_RESOLUTION_MS, partnerSessionState } from './partner-session-policy';
import { PartnerSession } from './partner-session.entity';

interface SessionRow {
  id: string;
  partner_id: string;
  practice_id: string;
  couple_id: string;
  couple_status: string;
  expires_at: Date;
  last_seen_at: Date;
  revoked_at: Date | null;
  link_expires_at: Date;
  link_revoked_at: Date | null;
}

/** Server-side partner sessions in PostgreSQL: start (from an invite link), authenticate a token, end. */
@Injectable()
export class PartnerSessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Starts a session for a partner from one of their links; answers the token (only its hash is stored). */
  async start(
    link: { readonly id: string; readonly practiceId: string; readonly partnerId: string; readonly expiresAt: Date },
    manager: EntityManager,
  ): Promise<{ token: string; session: PartnerSession }> {
    const token = newToken();
    const now = this.clock.now();
    const session = await manager.save(
      manager.create(PartnerSession, {
        practiceId: link.practiceId,
        partnerId: link.partnerId,
        inviteLinkId: link.id,
        tokenHash: hashToken(token),
        createdAt: now,
        lastSeenAt: now,
        expiresAt: link.expiresAt,
        revokedAt: null,
      }),
    );
    return { token, session };
  }

  /**
   * The partner behind a session token, or undefined when the token is unknown or the session has ended
   * (see `partnerSessionState`). One query per request, checked against the link and the couple every time,
   * so revoking or re-issuing the link, or archiving the couple, takes effect on the next request.
   */
  async authenticate(token: string | undefined): Promise<PartnerAuthContext | undefined> {
    if (!token || token.length > 100) return undefined;
    const rows: SessionRow[] = await this.dataSource.query(
      `SELECT s.id, s.partner_id, s.practice_id, s.expires_at, s.last_seen_at, s.revoked_at,
              l.expires_at AS link_expires_at, l.revoked_at AS link_revoked_at,
              p.couple_id, c.status AS couple_status
         FROM partner_session s
         JOIN invite_link l ON l.id = s.invite_link_id AND l.partner_id = s.partner_id AND l.practice_id = s.practice_id
         JOIN partner p ON p.id = s.partner_id AND p.practice_id = s.practice_id
         JOIN couple c ON c.id = p.couple_id AND c.practice_id = p.practice_id
        WHERE s.token_hash = $1`,
      [hashToken(token)],
    );
    const row = rows[0];
    if (!row) return undefined;
    const now = this.clock.now();
    const state = partnerSessionState(
      {
        expiresAt: row.expires_at,
        lastSeenAt: row.last_seen_at,
        revokedAt: row.revoked_at,
        linkExpiresAt: row.link_expires_at,
        linkRevokedAt: row.link_revoked_at,
        coupleStatus: row.couple_status,
      },
      now,
    );
    if (state !== 'active') return undefined;
    if (now.getTime() - row.last_seen_at.getTime() >= PARTNER_LAST_SEEN_RESOLUTION_MS) {
      await this.dataSource.query(`UPDATE partner_session SET last_seen_at = $2 WHERE id = $1 AND revoked_at IS NULL`, [row.id, now]);
    }
    return { kind: 'partner', partnerId: row.partner_id, coupleId: row.couple_id, practiceId: row.practice_id, sessionId: row.id };
  }

  /** Ends one session (sign-out, or a second link opened in the same browser). */
  async revoke(sessionId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.update(PartnerSession, { id: sessionId, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
  }

  /** Ends the session behind a token, if any (the cookie a browser still carries when it opens another link). */
  async revokeToken(token: string | undefined, manager: EntityManager): Promise<void> {
    if (!token || token.length > 100) return;
    await manager.update(PartnerSession, { tokenHash: hashToken(token), revokedAt: IsNull() }, { revokedAt: this.clock.now() });
  }
}
