import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CurrentUser, Page, PAGE_LIMIT, User, UserSort } from '@trp/contracts';
import { AuditService } from '../audit/audit.service';
import type { StaffAuthContext } from '../auth/auth-context';
import { SessionsService } from '../auth/sessions.service';
import { SignInLockoutService } from '../auth/sign-in-lockout.service';
import { Clock } from '../common/clock';
import { NoticesService } from '../notices/notices.service';
import { decodeCursor, encodeCursor, invalidCursor } from '../common/cursor';
import { Practice } from '../practices/practice.entity';
import { AccountsException } from './accounts.exception';
import { ChangePasswordDto } from './dto/password.dto';
import { toCurrentUserDto, toUserDto, UpdateUserDto, UserListQueryDto } from './dto/user.dto';
import { hashPassword, verifyPassword } from './passwords';
import { assertPasswordAllowed, normalizeEmail } from './staff-accounts';
import { UserAccount } from './user-account.entity';

const SORTS: Record<UserSort, { expr: string; key: string; cast: string; dir: 'ASC' | 'DESC' }> = {
  displayName: { expr: 'lower(u.display_name)', key: 'lower(u.display_name)', cast: 'text', dir: 'ASC' },
  // Expressions, not bare columns: addSelect('u.email', alias) would replace the entity's own email column.
  email: { expr: 'lower(u.email)', key: 'lower(u.email)', cast: 'text', dir: 'ASC' },
  createdAt: { expr: 'u.created_at', key: 'u.created_at::text', cast: 'timestamptz', dir: 'DESC' },
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Staff accounts: the signed-in user's own account, and the admin's list and changes. */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly notices: NoticesService,
    private readonly lockout: SignInLockoutService,
  ) {}

  async me(auth: StaffAuthContext): Promise<CurrentUser> {
    const user = await this.findInPractice(this.dataSource.manager, auth.practiceId, auth.userId);
    return toCurrentUserDto(user, user.practice as Practice, auth.mfaEnrollmentRequired);
  }

  /**
   * Every account with this email, with its secrets (password hash, TOTP fields), for sign-in: at most one per
   * practice (issue 13), any status, oldest first. `matchSignInAccount` picks the one to sign in.
   */
  async findAllForSignIn(email: string, manager: EntityManager = this.dataSource.manager): Promise<UserAccount[]> {
    return manager
      .createQueryBuilder(UserAccount, 'u')
      .addSelect(['u.passwordHash', 'u.totpSecretEncrypted', 'u.totpLastTimeStep'])
      .leftJoinAndSelect('u.practice', 'practice')
      .where('lower(u.email) = :email', { email: normalizeEmail(email) })
      .orderBy('u.created_at', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .getMany();
  }

  /** One account by id, with its practice (after sign-in). */
  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<UserAccount | null> {
    return manager.findOne(UserAccount, { where: { id }, relations: { practice: true } });
  }

  async recordSignIn(userId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.update(UserAccount, { id: userId }, { lastSignInAt: this.clock.now() });
  }

  /**
   * Changes the own password (the current one is required) and ends every other session of the user. Wrong
   * current passwords are limited (5 per 15 minutes, then 429) and audited (`auth.password_change_failed`).
   */
  async changePassword(auth: StaffAuthContext, dto: ChangePasswordDto): Promise<void> {
    const wrongCurrent = (error: unknown) => error instanceof AccountsException && error.code === 'wrongCurrentPassword';
    await this.lockout.limitSessionCheck(auth, 'password-change', 'auth.password_change_failed', wrongCurrent, () => this.changePasswordChecked(auth, dto));
  }

  private async changePasswordChecked(auth: StaffAuthContext, dto: ChangePasswordDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await manager
        .createQueryBuilder(UserAccount, 'u')
        .addSelect('u.passwordHash')
        .where('u.id = :id AND u.practice_id = :practiceId', { id: auth.userId, practiceId: auth.practiceId })
        .setLock('pessimistic_write')
        .getOne();
      if (!user) throw new AccountsException('userNotFound');
      if (!(await verifyPassword(user.passwordHash, dto.currentPassword))) {
        throw new AccountsException('wrongCurrentPassword', { errors: [{ field: 'currentPassword', message: 'is not correct' }] });
      }
      assertPasswordAllowed(dto.newPassword, user.email, 'newPassword');
      await manager.update(UserAccount, { id: user.id }, { passwordHash: await hashPassword(dto.newPassword), passwordChangedAt: this.clock.now() });
      const ended = await this.sessions.revokeAllForUser(user.id, manager, auth.sessionId);
      await this.audit.record(
        {
          practiceId: auth.practiceId,
          actor: { kind: 'staff', id: auth.userId },
          action: 'auth.password_changed',
          target: { type: 'user', id: user.id },
          details: { otherSessionsEnded: ended },
        },
        manager,
      );
    });
  }

  /** The practice's accounts: search, filters, sort and keyset paging. */
  async list(auth: StaffAuthContext, query: UserListQueryDto): Promise<Page<User>> {
    const limit = query.limit ?? PAGE_LIMIT.default;
    const sort = SORTS[query.sort ?? 'displayName'];
    const builder = this.dataSource
      .createQueryBuilder(UserAccount, 'u')
      .innerJoinAndSelect('u.practice', 'practice')
      .addSelect(sort.key, 'sort_key')
      .where('u.practice_id = :practiceId', { practiceId: auth.practiceId })
      .orderBy(sort.expr, sort.dir)
      .addOrderBy('u.id', sort.dir)
      .limit(limit + 1);
    if (query.search) {
      const pattern = `%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      builder.andWhere('(u.display_name ILIKE :pattern OR u.email ILIKE :pattern)', { pattern });
    }
    if (query.role) builder.andWhere(':role = ANY(u.roles)', { role: query.role });
    if (query.status) builder.andWhere('u.status = :status', { status: query.status });
    if (query.cursor) {
      const [value, id] = decodeCursor(query.cursor);
      if (typeof value !== 'string' || !UUID.test(id)) throw invalidCursor();
      builder.andWhere(`(${sort.expr}, u.id) ${sort.dir === 'ASC' ? '>' : '<'} (CAST(:cursorValue AS ${sort.cast}), CAST(:cursorId AS uuid))`, {
        cursorValue: value,
        cursorId: id,
      });
    }
    const { entities, raw } = await builder.getRawAndEntities<{ sort_key: string }>();
    const page = entities.slice(0, limit);
    const lastKey = raw[page.length - 1]?.sort_key;
    const last = page[page.length - 1];
    return {
      items: page.map((user) => toUserDto(user, user.practice as Practice)),
      nextCursor: entities.length > limit && last && lastKey !== undefined ? encodeCursor([lastKey, last.id]) : null,
    };
  }

  /**
   * Changes roles and/or status in one transaction. The practice row is locked first, so two admins cannot
   * remove the last admin between them. A role change or a deactivation ends the user's sessions at once.
   * Separation of duties (docs/privacy.md): an admin changes their own roles only when no other active admin exists
   * (403 otherwise); then the change is audited as a self-change and every other active staff member gets a notice.
   */
  async update(auth: StaffAuthContext, id: string, dto: UpdateUserDto): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT id FROM practice WHERE id = $1 FOR UPDATE`, [auth.practiceId]);
      const user = await this.findInPractice(manager, auth.practiceId, id);
      if (dto.status && user.status === 'invited') throw new AccountsException('notYetAccepted');
      const roles = dto.roles ? [...new Set(dto.roles)].sort() : [...user.roles].sort();
      const status = dto.status ?? user.status;
      const rolesChanged = roles.join() !== [...user.roles].sort().join();
      const statusChanged = status !== user.status;
      if (!rolesChanged && !statusChanged) return toUserDto(user, user.practice as Practice);

      const selfRoleChange = rolesChanged && user.id === auth.userId;
      if (selfRoleChange) {
        const [{ others }] = await manager.query(
          `SELECT count(*)::int AS others FROM user_account WHERE practice_id = $1 AND id <> $2 AND status = 'active' AND 'admin' = ANY(roles)`,
          [auth.practiceId, auth.userId],
        );
        if (others > 0) throw new AccountsException('ownRoles');
      }

      const wasActiveAdmin = user.status === 'active' && user.roles.includes('admin');
      const staysActiveAdmin = status === 'active' && roles.includes('admin');
      if (wasActiveAdmin && !staysActiveAdmin) {
        const [{ count }] = await manager.query(
          `SELECT count(*)::int AS count FROM user_account WHERE practice_id = $1 AND status = 'active' AND 'admin' = ANY(roles)`,
          [auth.practiceId],
        );
        if (count <= 1) throw new AccountsException('lastAdmin');
      }
      const before = { roles: [...user.roles].sort(), status: user.status };
      await manager.update(UserAccount, { id: user.id }, { roles, status });
      if (user.status === 'invited' && rolesChanged) {
        await manager.query(`UPDATE account_invitation SET roles = $2 WHERE user_id = $1 AND accepted_at IS NULL AND revoked_at IS NULL`, [user.id, roles]);
      }
      let sessionsEnded = 0;
      if (rolesChanged || (statusChanged && status === 'deactivated')) sessionsEnded = await this.sessions.revokeAllForUser(user.id, manager);
      const actor = { kind: 'staff', id: auth.userId } as const;
      const target = { type: 'user', id: user.id };
      if (rolesChanged) {
        await this.audit.record(
          { practiceId: auth.practiceId, actor, action: 'user.roles_changed', target, details: { from: before.roles, to: roles, sessionsEnded, ...(selfRoleChange && { selfChange: true }) } },
          manager,
        );
        if (selfRoleChange) await this.noticeSelfRoleChange(manager, user, before.roles, roles);
      }
      if (statusChanged) {
        await this.audit.record({ practiceId: auth.practiceId, actor, action: 'user.status_changed', target, details: { from: before.status, to: status, sessionsEnded } }, manager);
      }
      return toUserDto({ ...user, roles, status }, user.practice as Practice);
    });
  }

  /** Tells every other active staff member of the practice that the (only) admin changed their own roles. */
  private async noticeSelfRoleChange(manager: EntityManager, user: UserAccount, from: UserAccount['roles'], to: UserAccount['roles']): Promise<void> {
    const others: { id: string }[] = await manager.query(`SELECT id FROM user_account WHERE practice_id = $1 AND id <> $2 AND status = 'active'`, [user.practiceId, user.id]);
    await this.notices.leave(
      manager,
      user.practiceId,
      others.map((o) => o.id),
      { kind: 'self_role_change', actorName: user.displayName, added: to.filter((r) => !from.includes(r)), removed: from.filter((r) => !to.includes(r)) },
    );
  }

  /** The account `id` of the practice, or 404 (also for another practice's id). */
  async findInPractice(manager: EntityManager, practiceId: string, id: string): Promise<UserAccount> {
    const user = UUID.test(id)
      ? await manager.findOne(UserAccount, { where: { id, practiceId }, relations: { practice: true } })
      : null;
    if (!user) throw new AccountsException('userNotFound');
    return user;
  }
}
