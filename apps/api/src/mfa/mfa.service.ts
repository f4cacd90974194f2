import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { generateSecret, generateURI, verifySync } from 'otplib';
import * as QRCode from 'qrcode';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { MfaEnableResponse, MfaSetupResponse } from '@trp/contracts';
import { UserAccount } from '../accounts/user-account.entity';
import { UsersService } from '../accounts/users.service';
import { AuditService } from '../audit/audit.service';
import type { StaffAuthContext } from '../auth/auth-context';
import { SessionsService } from '../auth/sessions.service';
import { SignInLockoutService } from '../auth/sign-in-lockout.service';
import { Clock } from '../common/clock';
import { MfaRecoveryCode } from './mfa-recovery-code.entity';
import { MfaKeyService } from './mfa-key.service';
import { MfaException } from './mfa.exception';
import { generateRecoveryCodes, hashRecoveryCode, looksLikeRecoveryCode } from './recovery-codes';
import { decryptSecret, encryptSecret } from './totp-cipher';

export const TOTP_ISSUER = 'Trust Repair Practice';
const SECRET_FIELDS = ['u.totpSecretEncrypted', 'u.totpPendingSecretEncrypted', 'u.totpLastTimeStep'];

/** TOTP enrolment, verification at sign-in (a code or a single-use recovery code) and the admin's reset. */
@Injectable()
export class MfaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly keys: MfaKeyService,
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly lockout: SignInLockoutService,
  ) {}

  /** A new secret waiting for confirmation (MFA is not on until /enable). Replaces an earlier unconfirmed one. */
  async setup(auth: StaffAuthContext): Promise<MfaSetupResponse> {
    const user = await this.load(this.dataSource.manager, auth);
    if (user.mfaEnabledAt) throw new MfaException('alreadyEnabled');
    const secret = generateSecret({ length: 20 });
    const key = await this.keys.get();
    await this.dataSource.manager.update(UserAccount, { id: user.id }, { totpPendingSecretEncrypted: encryptSecret(key, secret, user.id) });
    const otpauthUrl = generateURI({ issuer: TOTP_ISSUER, label: user.email, secret });
    return { secret, otpauthUrl, qrCodeDataUrl: await QRCode.toDataURL(otpauthUrl, { errorCorrectionLevel: 'M', margin: 2, width: 240 }) };
  }

  /** Confirms the pending secret with a code from the app; answers ten new recovery codes. */
  async enable(auth: StaffAuthContext, code: string): Promise<MfaEnableResponse> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.load(manager, auth, true);
      if (user.mfaEnabledAt) throw new MfaException('alreadyEnabled');
      if (!user.totpPendingSecretEncrypted) throw new MfaException('noPendingSetup');
      const key = await this.keys.get();
      const step = this.verifyTotp(decryptSecret(key, user.totpPendingSecretEncrypted, user.id), code, null);
      if (step === undefined) throw new MfaException('invalidCode');
      await manager.update(
        UserAccount,
        { id: user.id },
        {
          totpSecretEncrypted: user.totpPendingSecretEncrypted,
          totpPendingSecretEncrypted: null,
          totpLastTimeStep: String(step),
          mfaEnabledAt: this.clock.now(),
        },
      );
      const recoveryCodes = generateRecoveryCodes();
      await manager.delete(MfaRecoveryCode, { userId: user.id });
      await manager.insert(
        MfaRecoveryCode,
        recoveryCodes.map((c) => ({ practiceId: user.practiceId, userId: user.id, codeHash: hashRecoveryCode(c) })),
      );
      await this.audit.record({ practiceId: auth.practiceId, actor: { kind: 'staff', id: auth.userId }, action: 'mfa.enabled', target: { type: 'user', id: user.id } }, manager);
      return { recoveryCodes };
    });
  }

  /**
   * Turns MFA off, proven with a current code or a recovery code. Wrong codes are limited (5 per 15 minutes, then
   * 429) and audited (`mfa.disable_failed`).
   */
  async disable(auth: StaffAuthContext, code: string): Promise<void> {
    const wrongCode = (error: unknown) => error instanceof MfaException && error.code === 'invalidCode';
    await this.lockout.limitSessionCheck(auth, 'mfa-disable', 'mfa.disable_failed', wrongCode, () => this.disableChecked(auth, code));
  }

  private async disableChecked(auth: StaffAuthContext, code: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await this.load(manager, auth, true);
      if (!user.mfaEnabledAt) throw new MfaException('notEnabled');
      if (!(await this.verify(manager, user, code))) throw new MfaException('invalidCode');
      await this.clear(manager, user.id);
      await this.audit.record({ practiceId: auth.practiceId, actor: { kind: 'staff', id: auth.userId }, action: 'mfa.disabled', target: { type: 'user', id: user.id } }, manager);
    });
  }

  /** An admin clears a user's MFA (lost phone): the user signs in with the password alone and enrols again. Ends their sessions. */
  async reset(auth: StaffAuthContext, userId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await this.users.findInPractice(manager, auth.practiceId, userId);
      await this.clear(manager, user.id);
      const sessionsEnded = await this.sessions.revokeAllForUser(user.id, manager);
      await this.audit.record(
        {
          practiceId: auth.practiceId,
          actor: { kind: 'staff', id: auth.userId },
          action: 'mfa.reset',
          target: { type: 'user', id: user.id },
          details: { wasEnabled: user.mfaEnabledAt !== null, sessionsEnded },
        },
        manager,
      );
    });
  }

  /**
   * Checks a sign-in code for a user with MFA: a 6-digit TOTP code (never the same time step twice) or an unused
   * recovery code (then used up). `user` must carry its secret fields (UsersService.findAllForSignIn).
   */
  async verifyForSignIn(user: UserAccount, code: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const locked = await manager
        .createQueryBuilder(UserAccount, 'u')
        .addSelect(SECRET_FIELDS)
        .where('u.id = :id', { id: user.id })
        .setLock('pessimistic_write')
        .getOne();
      return !!locked && (await this.verify(manager, locked, code));
    });
  }

  private async verify(manager: EntityManager, user: UserAccount, code: string): Promise<boolean> {
    const trimmed = code.trim();
    if (/^\d{6}$/.test(trimmed.replace(/\s/g, ''))) {
      if (!user.totpSecretEncrypted) return false;
      const secret = decryptSecret(await this.keys.get(), user.totpSecretEncrypted, user.id);
      const step = this.verifyTotp(secret, trimmed.replace(/\s/g, ''), user.totpLastTimeStep);
      if (step === undefined) return false;
      await manager.update(UserAccount, { id: user.id }, { totpLastTimeStep: String(step) });
      return true;
    }
    if (!looksLikeRecoveryCode(trimmed)) return false;
    const result = await manager.update(
      MfaRecoveryCode,
      { userId: user.id, codeHash: hashRecoveryCode(trimmed), usedAt: IsNull() },
      { usedAt: this.clock.now() },
    );
    if (!result.affected) return false;
    const remaining = await manager.count(MfaRecoveryCode, { where: { userId: user.id, usedAt: IsNull() } });
    await this.audit.record(
      { practiceId: user.practiceId, actor: { kind: 'staff', id: user.id }, action: 'mfa.recovery_code_used', target: { type: 'user', id: user.id }, details: { remaining } },
      manager,
    );
    return true;
  }

  /** The matched time step, or undefined. A step at or before `lastStep` is refused (no replay). */
  private verifyTotp(secret: string, token: string, lastStep: string | null): number | undefined {
    const result = verifySync({
      secret,
      token,
      epoch: Math.floor(this.clock.now().getTime() / 1000),
      epochTolerance: 30,
      ...(lastStep !== null && { afterTimeStep: Number(lastStep) }),
    });
    return result.valid && 'timeStep' in result ? result.timeStep : undefined;
  }

  private async clear(manager: EntityManager, userId: string): Promise<void> {
    await manager.update(UserAccount, { id: userId }, { totpSecretEncrypted: null, totpPendingSecretEncrypted: null, totpLastTimeStep: null, mfaEnabledAt: null });
    await manager.delete(MfaRecoveryCode, { userId });
  }

  private async load(manager: EntityManager, auth: StaffAuthContext, lock = false): Promise<UserAccount> {
    const builder = manager
      .createQueryBuilder(UserAccount, 'u')
      .addSelect(SECRET_FIELDS)
      .where('u.id = :id AND u.practice_id = :practiceId', { id: auth.userId, practiceId: auth.practiceId });
    if (lock) builder.setLock('pessimistic_write');
    const user = await builder.getOne();
    if (!user) throw new MfaException('notEnabled');
    return user;
  }
}
