import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { PASSWORD_RESET_LINK_MINUTES, PASSWORD_RESET_PAGE_PATH, PasswordResetAccepted, SentPasswordReset } from '@trp/contracts';
import { AuditService } from '../audit/audit.service';
import type { StaffAuthContext } from '../auth/auth-context';
import { SessionsService } from '../auth/sessions.service';
import { SignInLockoutService } from '../auth/sign-in-lockout.service';
import { hashToken, newToken } from '../auth/session-token';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { MailOutboxService } from '../mail/mail-outbox.service';
import { AccountsException } from './accounts.exception';
import { PASSWORD_RESET_ACCEPTED, PasswordResetRequestDto, ResetPasswordDto } from './dto/password-reset.dto';
import { passwordResetMail } from './password-reset-mail';
import { PasswordReset } from './password-reset.entity';
import { hashPassword } from './passwords';
import { assertPasswordAllowed, normalizeEmail } from './staff-accounts';
import { UserAccount } from './user-account.entity';
import { UsersService } from './users.service';

/** At most this many reset mails per account within an hour (self-service and admin together). */
export const RESET_MAILS_PER_HOUR = 3;
const HOUR_MS = 3_600_000;

type Issued = { readonly user: UserAccount & { practiceName: string }; readonly url: string; readonly expiresAt: Date };

/**
 * Password reset, in one place: the self-service request (always the same 202, mail only for an active account,
 * sent after the answer so timing does not tell), the admin's "send reset", and setting the new password with a
 * link (once, within the hour; ends every session and clears the sign-in lockout). Tokens have 256 bits; only
 * their sha256 is stored; a new link kills the older unused one.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly lockout: SignInLockoutService,
    private readonly mail: MailOutboxService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * Self-service: the same answer for a known, unknown or inactive email. Known and unknown emails do the same
   * lookups, token work and audit write; the mail is queued and sent after the answer.
   */
  async request(dto: PasswordResetRequestDto): Promise<PasswordResetAccepted> {
    const email = normalizeEmail(dto.email);
    await this.dataSource.transaction(async (manager) => {
      // An email may have an account in more than one practice (issue 13): each active one gets its own mail,
      // which names its practice.
      const users = await manager.find(UserAccount, { where: { email }, order: { createdAt: 'ASC' }, lock: { mode: 'pessimistic_write' } });
      const active = users.filter((u) => u.status === 'active');
      const actor = { kind: 'anonymous' } as const;
      if (active.length === 0) {
        const user = users[0];
        await this.recentCount(manager, user?.id ?? randomUUID());
        hashToken(newToken());
        await this.audit.record(
          {
            practiceId: user?.practiceId ?? null,
            actor,
            action: 'auth.password_reset_requested',
            outcome: 'failure',
            ...(user && { target: { type: 'user', id: user.id } }),
            details: { via: 'self', reason: user ? `account_${user.status}` : 'unknown_email' },
          },
          manager,
        );
        return [];
      }
      const sent: Issued[] = [];
      for (const user of active) {
        if ((await this.recentCount(manager, user.id)) >= RESET_MAILS_PER_HOUR) {
          await this.audit.record(
            {
              practiceId: user.practiceId,
              actor,
              action: 'auth.password_reset_requested',
              outcome: 'denied',
              target: { type: 'user', id: user.id },
              details: { via: 'self', reason: 'too_many_requests' },
            },
            manager,
          );
          continue;
        }
        const one = await this.issue(manager, user, null);
        await this.queueMail(manager, one);
        sent.push(one);
      }
      return sent;
    });
    return PASSWORD_RESET_ACCEPTED;
  }

  /** An admin sends the reset mail to an active account of their practice (404 foreign, 409 inactive, 429 over the limit). */
  async send(auth: StaffAuthContext, userId: string): Promise<SentPasswordReset> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.users.findInPractice(manager, auth.practiceId, userId);
      const user = await manager.findOneOrFail(UserAccount, { where: { id: found.id }, lock: { mode: 'pessimistic_write' } });
      if (user.status === 'invited') throw new AccountsException('resetNotYetAccepted');
      if (user.status !== 'active') throw new AccountsException('resetNeedsActiveAccount');
      if ((await this.recentCount(manager, user.id)) >= RESET_MAILS_PER_HOUR) throw new AccountsException('tooManyResets');
      const [admin] = await manager.query(`SELECT display_name FROM user_account WHERE id = $1`, [auth.userId]);
      const issued = await this.issue(manager, user, auth.userId);
      await this.queueMail(manager, issued, admin?.display_name || undefined);
      return { sentTo: user.email, expiresAt: issued.expiresAt.toISOString() };
    });
  }

  /** Sets the new password with a link: unknown 404; used, replaced or expired 410; a password breaking the rules 400. */
  async reset(token: string, dto: ResetPasswordDto): Promise<void> {
    const user = await this.dataSource.transaction(async (manager) => {
      const reset =
        token.length <= 100
          ? await manager.findOne(PasswordReset, { where: { tokenHash: hashToken(token) }, lock: { mode: 'pessimistic_write' } })
          : null;
      if (!reset) throw new AccountsException('resetLinkNotFound');
      const now = this.clock.now();
      if (reset.usedAt || reset.revokedAt || reset.expiresAt <= now) throw new AccountsException('resetLinkGone');
      const account = await manager.findOne(UserAccount, { where: { id: reset.userId }, lock: { mode: 'pessimistic_write' } });
      if (!account || account.status !== 'active') throw new AccountsException('resetLinkGone');
      assertPasswordAllowed(dto.password, account.email);
      await manager.update(UserAccount, { id: account.id }, { passwordHash: await hashPassword(dto.password), passwordChangedAt: now });
      await manager.update(PasswordReset, { id: reset.id }, { usedAt: now });
      const sessionsEnded = await this.sessions.revokeAllForUser(account.id, manager);
      await this.audit.record(
        {
          practiceId: account.practiceId,
          actor: { kind: 'staff', id: account.id },
          action: 'auth.password_reset',
          target: { type: 'user', id: account.id },
          details: { sessionsEnded },
        },
        manager,
      );
      return account;
    });
    await this.lockout.clearAccount(normalizeEmail(user.email));
  }

  /** Reset mails of the account within the last hour (sent ones count even when replaced). */
  private async recentCount(manager: EntityManager, userId: string): Promise<number> {
    const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM password_reset WHERE user_id = $1 AND created_at > $2`, [
      userId,
      new Date(this.clock.now().getTime() - HOUR_MS),
    ]);
    return count;
  }

  /** A new link for the account (the open one dies), audited; the caller sends the mail. */
  private async issue(manager: EntityManager, user: UserAccount, requestedByUserId: string | null): Promise<Issued> {
    const now = this.clock.now();
    const token = newToken();
    await manager.update(PasswordReset, { userId: user.id, usedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: now });
    const expiresAt = new Date(now.getTime() + PASSWORD_RESET_LINK_MINUTES * 60_000);
    const saved = await manager.save(
      manager.create(PasswordReset, { practiceId: user.practiceId, userId: user.id, tokenHash: hashToken(token), requestedByUserId, createdAt: now, expiresAt }),
    );
    await this.audit.record(
      {
        practiceId: user.practiceId,
        actor: requestedByUserId ? { kind: 'staff', id: requestedByUserId } : { kind: 'anonymous' },
        action: 'auth.password_reset_requested',
        target: { type: 'user', id: user.id },
        details: { via: requestedByUserId ? 'admin' : 'self', resetId: saved.id, expiresAt: expiresAt.toISOString() },
      },
      manager,
    );
    const [practice] = await manager.query(`SELECT name FROM practice WHERE id = $1`, [user.practiceId]);
    return {
      user: Object.assign(user, { practiceName: practice?.name ?? 'your practice' }),
      url: `${this.config.publicUrl}/${PASSWORD_RESET_PAGE_PATH}/${token}`,
      expiresAt,
    };
  }

  /** Queues the reset mail in the transaction (a `mail` job: sent after the answer, retried, link purged once sent). */
  private async queueMail(manager: EntityManager, issued: Issued, sentBy?: string): Promise<void> {
    await this.mail.queue(manager, {
      ...passwordResetMail({
        to: issued.user.email,
        locale: issued.user.locale,
        displayName: issued.user.displayName,
        practiceName: issued.user.practiceName,
        url: issued.url,
        ...(sentBy && { sentBy }),
      }),
      practiceId: issued.user.practiceId,
      kind: 'password_reset',
      link: issued.url,
    });
  }
}
