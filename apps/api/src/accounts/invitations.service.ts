import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { CreatedInvitation, Invitation, INVITATION_PAGE_PATH, Page, PAGE_LIMIT } from '@trp/contracts';
import { AuditService } from '../audit/audit.service';
import type { StaffAuthContext } from '../auth/auth-context';
import { hashToken, newToken } from '../auth/session-token';
import { Clock } from '../common/clock';
import { decodeCursor, encodeCursor, invalidCursor } from '../common/cursor';
import { PageQueryDto } from '../common/page-query.dto';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { PracticesService } from '../practices/practices.service';
import { AccountInvitation } from './account-invitation.entity';
import { AccountsException } from './accounts.exception';
import { AcceptInvitationDto, CreateInvitationDto, toCreatedInvitationDto, toInvitationDto } from './dto/invitation.dto';
import { hashPassword } from './passwords';
import { assertPasswordAllowed, normalizeEmail } from './staff-accounts';
import { UserAccount } from './user-account.entity';
import { MailOutboxService } from '../mail/mail-outbox.service';
import { invitationMail } from './invitation-mail';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Staff invitations: an admin invites an email with roles (an `invited` account and one open invitation),
 * resends (new token, the old one dies) or revokes; the invitee accepts with a name and a password.
 * Tokens have 256 bits; only their sha256 is stored; the link is answered once, to the admin.
 */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly practices: PracticesService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly mail: MailOutboxService,
  ) {}

  /**
   * Invites an email. An email already `invited` in this practice gets a fresh invitation with the new roles
   * (the old link dies); another account of this practice is a 409. Accounts in other practices play no part: the
   * answer is the same whatever other practices hold (an email has at most one account per practice, issue 13).
   */
  async invite(auth: StaffAuthContext, dto: CreateInvitationDto): Promise<CreatedInvitation> {
    const email = normalizeEmail(dto.email);
    return this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOne(UserAccount, { where: { email, practiceId: auth.practiceId }, lock: { mode: 'pessimistic_write' } });
      let user: UserAccount;
      if (!existing) {
        // A new account starts in the practice's language (the invitation mail is written in it too).
        const { defaultLocale: locale } = await this.practices.settings(auth.practiceId, manager);
        user = await manager.save(manager.create(UserAccount, { practiceId: auth.practiceId, email, displayName: '', roles: [...dto.roles].sort(), status: 'invited', locale }));
      } else if (existing.status === 'invited') {
        user = existing;
        await manager.update(UserAccount, { id: user.id }, { roles: [...dto.roles].sort() });
        await this.closeOpenInvitations(manager, user.id);
      } else {
        throw new AccountsException('emailTaken');
      }
      return this.issue(manager, auth, user, [...dto.roles].sort());
    });
  }

  /** Pending invitations (not accepted, not revoked, not expired), newest first. */
  async listPending(auth: StaffAuthContext, query: PageQueryDto): Promise<Page<Invitation>> {
    const limit = query.limit ?? PAGE_LIMIT.default;
    const builder = this.dataSource
      .createQueryBuilder(AccountInvitation, 'i')
      .leftJoinAndSelect('i.invitedBy', 'invitedBy')
      .addSelect('i.created_at::text', 'sort_key')
      .where('i.practice_id = :practiceId AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > :now', {
        practiceId: auth.practiceId,
        now: this.clock.now(),
      })
      .orderBy('i.created_at', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .limit(limit + 1);
    if (query.cursor) {
      const [value, id] = decodeCursor(query.cursor);
      if (typeof value !== 'string' || !UUID.test(id)) throw invalidCursor();
      builder.andWhere('(i.created_at, i.id) < (CAST(:cursorValue AS timestamptz), CAST(:cursorId AS uuid))', { cursorValue: value, cursorId: id });
    }
    const { entities, raw } = await builder.getRawAndEntities<{ sort_key: string }>();
    const page = entities.slice(0, limit);
    const last = page[page.length - 1];
    const lastKey = raw[page.length - 1]?.sort_key;
    return {
      items: page.map(toInvitationDto),
      nextCursor: entities.length > limit && last && lastKey ? encodeCursor([lastKey, last.id]) : null,
    };
  }

  /** A new link for an open (or expired) invitation; the old one dies at once. */
  async resend(auth: StaffAuthContext, id: string): Promise<CreatedInvitation> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await this.findOpen(manager, auth, id);
      const user = await manager.findOneOrFail(UserAccount, { where: { id: invitation.userId, practiceId: auth.practiceId } });
      await this.closeOpenInvitations(manager, user.id);
      return this.issue(manager, auth, user, invitation.roles);
    });
  }

  /** Withdraws an invitation: its link answers 410 from now on. The account stays `invited` (invite the email again to re-issue). */
  async revoke(auth: StaffAuthContext, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const invitation = await this.findOpen(manager, auth, id);
      await manager.update(AccountInvitation, { id: invitation.id }, { revokedAt: this.clock.now() });
      await this.audit.record(
        {
          practiceId: auth.practiceId,
          actor: { kind: 'staff', id: auth.userId },
          action: 'invitation.revoked',
          target: { type: 'invitation', id: invitation.id },
          details: { userId: invitation.userId },
        },
        manager,
      );
    });
  }

  /** Accepts an invitation: the account becomes active with this name and password. Unknown token 404; closed or expired 410. */
  async accept(token: string, dto: AcceptInvitationDto): Promise<UserAccount> {
    return this.dataSource.transaction(async (manager) => {
      const invitation =
        token.length <= 100
          ? await manager.findOne(AccountInvitation, { where: { tokenHash: hashToken(token) }, lock: { mode: 'pessimistic_write' } })
          : null;
      if (!invitation) throw new AccountsException('invitationNotFound');
      const now = this.clock.now();
      if (invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= now) throw new AccountsException('invitationGone');
      const user = await manager.findOne(UserAccount, { where: { id: invitation.userId }, lock: { mode: 'pessimistic_write' } });
      if (!user || user.status !== 'invited') throw new AccountsException('invitationGone');
      assertPasswordAllowed(dto.password, user.email);
      await manager.update(
        UserAccount,
        { id: user.id },
        { displayName: dto.displayName, passwordHash: await hashPassword(dto.password), passwordChangedAt: now, status: 'active' },
      );
      await manager.update(AccountInvitation, { id: invitation.id }, { acceptedAt: now });
      await this.audit.record(
        {
          practiceId: user.practiceId,
          actor: { kind: 'staff', id: user.id },
          action: 'invitation.accepted',
          target: { type: 'invitation', id: invitation.id },
          details: { userId: user.id, roles: user.roles },
        },
        manager,
      );
      return manager.findOneOrFail(UserAccount, { where: { id: user.id }, relations: { practice: true } });
    });
  }

  private async issue(manager: EntityManager, auth: StaffAuthContext, user: UserAccount, roles: UserAccount['roles']): Promise<CreatedInvitation> {
    const token = newToken();
    const { inviteLinkDays } = await this.practices.settings(auth.practiceId, manager);
    const saved = await manager.save(
      manager.create(AccountInvitation, {
        practiceId: auth.practiceId,
        userId: user.id,
        email: user.email,
        roles,
        tokenHash: hashToken(token),
        invitedByUserId: auth.userId,
        expiresAt: new Date(this.clock.now().getTime() + inviteLinkDays * 86_400_000),
      }),
    );
    await this.audit.record(
      {
        practiceId: auth.practiceId,
        actor: { kind: 'staff', id: auth.userId },
        action: 'invitation.issued',
        target: { type: 'invitation', id: saved.id },
        details: { userId: user.id, roles },
      },
      manager,
    );
    // The admin gets the link in the answer too (to hand over another way); the mail is a job, sent after the answer.
    const invitation = await manager.findOneOrFail(AccountInvitation, { where: { id: saved.id }, relations: { invitedBy: true } });
    const url = `${this.config.publicUrl}/${INVITATION_PAGE_PATH}/${token}`;
    const [practice] = await manager.query(`SELECT name FROM practice WHERE id = $1`, [auth.practiceId]);
    await this.mail.queue(manager, {
      ...invitationMail({
        to: user.email,
        locale: user.locale,
        practiceName: practice?.name ?? '',
        invitedBy: invitation.invitedBy?.displayName || undefined,
        url,
        expiresAt: invitation.expiresAt,
      }),
      practiceId: auth.practiceId,
      kind: 'staff_invitation',
      link: url,
    });
    return toCreatedInvitationDto(invitation, url);
  }

  private async closeOpenInvitations(manager: EntityManager, userId: string): Promise<void> {
    await manager.update(AccountInvitation, { userId, acceptedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: this.clock.now() });
  }

  /** An invitation of the caller's practice that is still open (expired ones may be resent or revoked); else 404/409. */
  private async findOpen(manager: EntityManager, auth: StaffAuthContext, id: string): Promise<AccountInvitation> {
    const invitation = UUID.test(id)
      ? await manager.findOne(AccountInvitation, { where: { id, practiceId: auth.practiceId }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!invitation) throw new AccountsException('invitationNotFound', {}, 'The invitation was not found.');
    if (invitation.acceptedAt || invitation.revokedAt) throw new AccountsException('invitationNotPending');
    return invitation;
  }
}
