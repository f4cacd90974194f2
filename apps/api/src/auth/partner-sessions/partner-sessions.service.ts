import type { Locale } from '@trp/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import type { PartnerAuthContext } from '../auth-context';
import { hashToken, newToken } from '../session-token';
import { Clock } from '../../common/clock';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { PARTNER_LAST_SEEN_RESOLUTION_MS, partnerSessionState, pinLocked } from './partner-session-policy';
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
  unlocked_at: Date | null;
  has_pin: boolean;
  locale: Locale;
  link_expires_at: Date;
  link_revoked_at: Date | null;
}

/** A live partner session, and whether it waits for the partner's PIN (see `pinLocked`). */
export interface PartnerAuthentication {
  readonly auth: PartnerAuthContext;
  /** The partner has a PIN and this session is new or was idle too long: only the lock screen's routes open. */
  readonly pinLocked: boolean;
}

/** Server-side partner sessions in PostgreSQL: start (from an invite link), authenticate a token, lock and unlock, end. */
@Injectable()
export class PartnerSessionsService {
  private readonly pinIdleMs: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.pinIdleMs = config.pinIdleSeconds * 1000;
  }

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
        unlockedAt: null,
      }),
    );
    return { token, session };
  }

  /**
   * The partner behind a session token, or undefined when the token is unknown or the session has ended
   * (see `partnerSessionState`). One query per request, checked against the link and the couple every time,
   * so revoking or re-issuing the link, or archiving the couple, takes effect on the next request.
   *
   * The PIN lock is decided here too, for every partner route: a partner with a PIN finds a new session, or one whose
   * last request is older than the idle limit, locked (`pinLocked`) until a right PIN is checked (`unlock`). For them
   * every request is recorded (`last_seen_at` to the millisecond, the idle clock), and going idle is stored (the
   * session stays locked whatever comes next). Without a PIN `last_seen_at` moves at most once a minute.
   */
  async authenticate(token: string | undefined): Promise<PartnerAuthentication | undefined> {
    if (!token || token.length > 100) return undefined;
    const rows: SessionRow[] = await this.dataSource.query(
      `SELECT s.id, s.partner_id, s.practice_id, s.expires_at, s.last_seen_at, s.revoked_at, s.unlocked_at,
              l.expires_at AS link_expires_at, l.revoked_at AS link_revoked_at,
              p.couple_id, c.status AS couple_status, p.pin_hash IS NOT NULL AS has_pin, p.locale
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
    const locked = pinLocked({ hasPin: row.has_pin, unlockedAt: row.unlocked_at, lastSeenAt: row.last_seen_at }, now, this.pinIdleMs);
    if (row.has_pin) {
      // Idle too long: lock it for good (until a right PIN), not only for this request.
      await this.dataSource.query(
        `UPDATE partner_session SET last_seen_at = $2, unlocked_at = CASE WHEN $3::boolean THEN NULL ELSE unlocked_at END
          WHERE id = $1 AND revoked_at IS NULL`,
        [row.id, now, locked],
      );
    } else if (now.getTime() - row.last_seen_at.getTime() >= PARTNER_LAST_SEEN_RESOLUTION_MS) {
      await this.dataSource.query(`UPDATE partner_session SET last_seen_at = $2 WHERE id = $1 AND revoked_at IS NULL`, [row.id, now]);
    }
    return {
      auth: { kind: 'partner', partnerId: row.partner_id, coupleId: row.couple_id, practiceId: row.practice_id, sessionId: row.id, locale: row.locale },
      pinLocked: locked,
    };
  }

  /** A right PIN was checked on this session, or the partner set their first PIN on it: it opens everything again. */
  async unlock(auth: PartnerAuthContext, manager: EntityManager): Promise<void> {
    const now = this.clock.now();
    await manager.update(PartnerSession, { id: auth.sessionId, partnerId: auth.partnerId, practiceId: auth.practiceId, revokedAt: IsNull() }, { unlockedAt: now, lastSeenAt: now });
  }

  /** Ends one session (sign-out, or a second link opened in the same browser). */
  async revoke(sessionId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.update(PartnerSession, { id: sessionId, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
  }

  /** Ends every session of a partner (the fifth wrong PIN). */
  async revokeAllOf(practiceId: string, partnerId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.update(PartnerSession, { practiceId, partnerId, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
  }

  /** Ends the session behind a token, if any (the cookie a browser still carries when it opens another link). */
  async revokeToken(token: string | undefined, manager: EntityManager): Promise<void> {
    if (!token || token.length > 100) return;
    await manager.update(PartnerSession, { tokenHash: hashToken(token), revokedAt: IsNull() }, { revokedAt: this.clock.now() });
  }
}
