import { Injectable } from '@nestjs/common';
import { UserAccount } from '../accounts/user-account.entity';
import { UsersService } from '../accounts/users.service';
import { matchSignInAccount } from '../accounts/sign-in-account';
import { normalizeEmail } from '../accounts/staff-accounts';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { MfaService } from '../mfa/mfa.service';
import { AuthException } from './auth.exception';
import { ACCOUNT_LOCKOUT, accountLockoutKey, ADDRESS_LOCKOUT, addressLockoutKey, PAIR_LOCKOUT, pairLockoutKey } from './sign-in-lockout';
import { LockoutSubject, SignInLockoutService } from './sign-in-lockout.service';

/** The audit log's words for what a failure locked. */
const LOCK_SCOPES = { pair: 'account_from_address', account: 'account', address: 'address' } as const;

export interface SignInAttempt {
  readonly email: string;
  readonly password: string;
  readonly totp?: string;
  /** Only when the email has accounts in more than one practice with this password (a 409 asked for it). */
  readonly practiceId?: string;
  readonly ip: string | null;
}

/**
 * Checks credentials for the local strategy: lockout first (in PostgreSQL: per account and address pair, per
 * account from all addresses, per address across accounts; rules in sign-in-lockout.ts), then the password
 * (argon2id; unknown emails cost the same), then the second factor when enrolled. Every failure counts toward the
 * lockout and is audited; the answer never tells which part was wrong. A success forgets the account's failures
 * and those of this address on it (not the failures of other addresses, nor this address's across accounts).
 */
@Injectable()
export class SignInService {
  constructor(
    private readonly users: UsersService,
    private readonly mfa: MfaService,
    private readonly lockout: SignInLockoutService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async verify(attempt: SignInAttempt): Promise<UserAccount> {
    const email = normalizeEmail(attempt.email);
    const pair: LockoutSubject = { key: pairLockoutKey(email, attempt.ip), rule: PAIR_LOCKOUT };
    const account: LockoutSubject = { key: accountLockoutKey(email), rule: ACCOUNT_LOCKOUT };
    const subjects: LockoutSubject[] = [pair, account];
    if (attempt.ip) subjects.push({ key: addressLockoutKey(attempt.ip), rule: ADDRESS_LOCKOUT });

    const candidates = await this.users.findAllForSignIn(email);
    const lockedUntil = await this.lockout.lockedUntil(subjects);
    if (lockedUntil) {
      await this.recordFailure(candidates[0] ?? null, 'locked_out');
      throw AuthException.lockedOut(lockedUntil, this.clock.now());
    }
    const { user, passwordOk, practices } = await matchSignInAccount(candidates, attempt.password, attempt.practiceId);
    if (practices) throw new AuthException('choosePractice', { practices });
    if (!user || !passwordOk || user.status !== 'active') {
      return this.fail(subjects, user, !user ? 'unknown_email' : !passwordOk ? 'wrong_password' : `account_${user.status}`, 'invalidCredentials');
    }
    if (user.mfaEnabledAt) {
      if (!attempt.totp) throw new AuthException('mfaRequired');
      if (!(await this.mfa.verifyForSignIn(user, attempt.totp))) return this.fail(subjects, user, 'wrong_mfa_code', 'invalidMfaCode');
    }
    await this.lockout.clear([pair, account]);
    return user;
  }

  private async fail(subjects: LockoutSubject[], user: UserAccount | null, reason: string, code: 'invalidCredentials' | 'invalidMfaCode'): Promise<never> {
    const { locked, until } = await this.lockout.recordFailure(subjects);
    await this.recordFailure(user, reason);
    if (locked.length > 0 && until) {
      // This failure answers as any other; the lock refuses the attempts that follow (429, Retry-After).
      await this.audit.record({
        practiceId: user?.practiceId ?? null,
        actor: { kind: 'anonymous' },
        action: 'auth.locked_out',
        outcome: 'denied',
        ...(user && { target: { type: 'user', id: user.id } }),
        details: { scope: locked.map((s) => LOCK_SCOPES[s.rule === PAIR_LOCKOUT ? 'pair' : s.rule === ACCOUNT_LOCKOUT ? 'account' : 'address']), until: until.toISOString() },
      });
    }
    throw new AuthException(code);
  }

  private recordFailure(user: UserAccount | null, reason: string): Promise<void> {
    return this.audit.record({
      practiceId: user?.practiceId ?? null,
      actor: { kind: 'anonymous' },
      action: 'auth.sign_in_failed',
      outcome: 'failure',
      ...(user && { target: { type: 'user', id: user.id } }),
      details: { reason },
    });
  }
}
