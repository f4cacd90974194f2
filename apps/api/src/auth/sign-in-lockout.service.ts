import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Clock } from '../common/clock';
import { AuditService } from '../audit/audit.service';
import type { StaffAuthContext } from './auth-context';
import { AuthException } from './auth.exception';
import { SignInLockout } from './sign-in-lockout.entity';
import {
  accountLockoutKey,
  afterFailure,
  LockoutRule,
  lockedUntil,
  pairLockoutPrefix,
  SESSION_CHECK_LOCKOUT,
  SessionCheck,
  sessionCheckLockoutKey,
} from './sign-in-lockout';

export interface LockoutSubject {
  readonly key: string;
  readonly rule: LockoutRule;
}

/**
 * The one home of failure counting for guessed secrets, in PostgreSQL (table `sign_in_lockout`, shared by every
 * instance): sign-in (per account and address pair, per account, per address) and the checks behind a session
 * (current password of a password change, MFA disable code; per user). Rules and keys: sign-in-lockout.ts.
 */
@Injectable()
export class SignInLockoutService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** The latest end of a lock among the subjects, if any is locked now. */
  async lockedUntil(subjects: readonly LockoutSubject[]): Promise<Date | undefined> {
    const rows = await this.dataSource.getRepository(SignInLockout).findBy({ subject: In(subjects.map((s) => s.key)) });
    const now = this.clock.now();
    const ends = rows.map((row) => lockedUntil(stateOf(row), now)).filter((end): end is Date => !!end);
    return ends.sort((a, b) => b.getTime() - a.getTime())[0];
  }

  /**
   * A secret checked behind a session (the current password of a password change, the code of MFA disable), per
   * user: refused with 429 (Retry-After) while locked; a wrong answer (`isWrong` of what `run` threw) is counted
   * and audited as `failureAction`, then rethrown; a success forgets the failures. Counting happens outside
   * `run`'s transaction, so its rollback does not undo it.
   */
  async limitSessionCheck<T>(
    auth: StaffAuthContext,
    check: SessionCheck,
    failureAction: 'auth.password_change_failed' | 'mfa.disable_failed',
    isWrong: (error: unknown) => boolean,
    run: () => Promise<T>,
  ): Promise<T> {
    const subject: LockoutSubject = { key: sessionCheckLockoutKey(check, auth.userId), rule: SESSION_CHECK_LOCKOUT };
    const audit = (outcome: 'failure' | 'denied', details: Record<string, unknown>) =>
      this.audit.record({ practiceId: auth.practiceId, actor: { kind: 'staff', id: auth.userId }, action: failureAction, outcome, target: { type: 'user', id: auth.userId }, details });
    const until = await this.lockedUntil([subject]);
    if (until) {
      await audit('denied', { reason: 'locked_out', until: until.toISOString() });
      throw AuthException.tooManyAttempts(check, until, this.clock.now());
    }
    let result: T;
    try {
      result = await run();
    } catch (error) {
      if (isWrong(error)) {
        const { until: lockedUntil } = await this.recordFailure([subject]);
        await audit('failure', { reason: check === 'password-change' ? 'wrong_current_password' : 'wrong_code', ...(lockedUntil && { lockedUntil: lockedUntil.toISOString() }) });
      }
      throw error;
    }
    await this.clear([subject]);
    return result;
  }

  /** Records one failure for every subject; answers the subjects this failure locked and the latest lock end. */
  async recordFailure(subjects: readonly LockoutSubject[]): Promise<{ locked: LockoutSubject[]; until: Date | undefined }> {
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const locked: LockoutSubject[] = [];
      let until: Date | undefined;
      for (const subject of subjects) {
        await manager.query(
          `INSERT INTO sign_in_lockout (subject, failure_count, window_started_at, updated_at) VALUES ($1, 0, $2, $2) ON CONFLICT (subject) DO NOTHING`,
          [subject.key, now],
        );
        const current = await manager.findOne(SignInLockout, { where: { subject: subject.key }, lock: { mode: 'pessimistic_write' } });
        const previous = current && current.failureCount > 0 ? stateOf(current) : undefined;
        const next = afterFailure(previous, subject.rule, now);
        await manager.update(
          SignInLockout,
          { subject: subject.key },
          {
            failureCount: next.failureCount,
            // The first failure of the current run of failures.
            windowStartedAt: next.failureCount === 1 || !current ? now : current.windowStartedAt,
            lockedUntil: next.lockedUntil,
            updatedAt: next.lastFailureAt,
          },
        );
        if (next.lockedNow) {
          locked.push(subject);
          if (next.lockedUntil && (!until || next.lockedUntil > until)) until = next.lockedUntil;
        }
      }
      return { locked, until };
    });
  }

  /** Forgets the failures of these subjects (after a success). */
  async clear(subjects: readonly LockoutSubject[]): Promise<void> {
    if (subjects.length === 0) return;
    await this.dataSource.getRepository(SignInLockout).delete({ subject: In(subjects.map((s) => s.key)) });
  }

  /** Forgets every sign-in failure of an account: account-wide and from every address (password reset). */
  async clearAccount(normalizedEmail: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM sign_in_lockout WHERE subject = $1 OR starts_with(subject, $2)`, [
      accountLockoutKey(normalizedEmail),
      pairLockoutPrefix(normalizedEmail),
    ]);
  }
}

function stateOf(row: SignInLockout) {
  return { failureCount: row.failureCount, lastFailureAt: row.updatedAt, lockedUntil: row.lockedUntil };
}
