import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, Not } from 'typeorm';
import { DEFAULT_LOCALE, isLocale, isRole, PracticeSettings } from '@trp/contracts';
import { Clock } from '../common/clock';
import { resolvePracticeSettings } from '../practices/practice-settings';
import type { StaffAuthContext } from './auth-context';
import { sessionExpiry, sessionState, shouldTouch } from './session-policy';
import { hashToken, newToken } from './session-token';
import { StaffSession } from './staff-session.entity';

interface SessionRow {
  id: string;
  user_id: string;
  practice_id: string;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
  status: string;
  roles: string[];
  locale: string;
  mfa_enabled: boolean;
  settings: Record<string, unknown>;
}

export interface NewSession {
  readonly userId: string;
  readonly practiceId: string;
  readonly policy: PracticeSettings;
  readonly ip: string | null;
  readonly userAgent: string | null;
}

/** Server-side staff sessions in PostgreSQL: start, authenticate a token, revoke. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Starts a session; answers the token for the cookie (only its hash is stored). */
  async start(input: NewSession, manager: EntityManager = this.dataSource.manager): Promise<{ token: string; sessionId: string }> {
    const token = newToken();
    const now = this.clock.now();
    const session = await manager.save(
      manager.create(StaffSession, {
        practiceId: input.practiceId,
        userId: input.userId,
        tokenHash: hashToken(token),
        createdAt: now,
        lastSeenAt: now,
        expiresAt: sessionExpiry(now, input.policy),
        revokedAt: null,
        ip: input.ip,
        userAgent: input.userAgent?.slice(0, 300) ?? null,
      }),
    );
    return { token, sessionId: session.id };
  }

  /**
   * The caller behind a session token, or undefined when the token is unknown, revoked, idle or expired,
   * or the account is no longer active. One query per request; last-seen moves at most once a minute.
   */
  async authenticate(token: string | undefined): Promise<StaffAuthContext | undefined> {
    if (!token || token.length > 100) return undefined;
    const rows: SessionRow[] = await this.dataSource.query(
      `SELECT s.id, s.user_id, s.practice_id, s.created_at, s.last_seen_at, s.expires_at, s.revoked_at,
              u.status, u.roles, u.locale, (u.mfa_enabled_at IS NOT NULL) AS mfa_enabled, p.settings
         FROM staff_session s
         JOIN user_account u ON u.id = s.user_id AND u.practice_id = s.practice_id
         JOIN practice p ON p.id = s.practice_id
        WHERE s.token_hash = $1`,
      [hashToken(token)],
    );
    const row = rows[0];
    if (!row || row.status !== 'active') return undefined;
    const now = this.clock.now();
    const policy = resolvePracticeSettings(row.settings);
    const times = { createdAt: row.created_at, lastSeenAt: row.last_seen_at, expiresAt: row.expires_at, revokedAt: row.revoked_at };
    if (sessionState(times, policy, now) !== 'active') return undefined;
    if (shouldTouch(row.last_seen_at, now)) {
      await this.dataSource.query(`UPDATE staff_session SET last_seen_at = $2 WHERE id = $1 AND revoked_at IS NULL`, [row.id, now]);
    }
    return {
      kind: 'staff',
      userId: row.user_id,
      practiceId: row.practice_id,
      roles: row.roles.filter(isRole),
      sessionId: row.id,
      mfaEnrollmentRequired: policy.mfaRequired && !row.mfa_enabled,
      locale: isLocale(row.locale) ? row.locale : DEFAULT_LOCALE,
    };
  }

  async revoke(sessionId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.update(StaffSession, { id: sessionId, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
  }

  /** Ends every open session of a user (deactivation, role change, MFA reset), except `keepSessionId` if given. */
  async revokeAllForUser(userId: string, manager: EntityManager = this.dataSource.manager, keepSessionId?: string): Promise<number> {
    const result = await manager.update(
      StaffSession,
      { userId, revokedAt: IsNull(), ...(keepSessionId && { id: Not(keepSessionId) }) },
      { revokedAt: this.clock.now() },
    );
    return result.affected ?? 0;
  }
}
