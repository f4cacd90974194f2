import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Clock } from '../common/clock';
import { SignInLockout } from './sign-in-lockout.entity';
import { afterFailure, LockoutRule, lockedUntil } from './sign-in-lockout';

export interface LockoutSubject {
  readonly key: string;
  readonly rule: LockoutRule;
}

/** Counts failed sign-ins per subject in PostgreSQL and answers whether a subject is locked out. */
@Injectable()
export class SignInLockoutService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The latest end of a lockout among the subjects, if any is locked now. */
  async lockedUntil(subjects: readonly LockoutSubject[]): Promise<Date | undefined> {
    const rows = await this.dataSource.getRepository(SignInLockout).findBy({ subject: In(subjects.map((s) => s.key)) });
    const now = this.clock.now();
    const ends = rows.map((row) => lockedUntil(row, now)).filter((end): end is Date => !!end);
    return ends.sort((a, b) => b.getTime() - a.getTime())[0];
  }

  /** Records one failure for every subject; answers the subjects this failure locked out. */
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
        const next = afterFailure(current && current.failureCount > 0 ? current : undefined, subject.rule, now);
        await manager.update(
          SignInLockout,
          { subject: subject.key },
          { failureCount: next.failureCount, windowStartedAt: next.windowStartedAt, lockedUntil: next.lockedUntil, updatedAt: now },
        );
        if (next.lockedNow) {
          locked.push(subject);
          if (next.lockedUntil && (!until || next.lockedUntil > until)) until = next.lockedUntil;
        }
      }
      return { locked, until };
    });
  }

  /** Forgets the failures of a subject (after a successful sign-in of that account). */
  async clear(subject: LockoutSubject): Promise<void> {
    await this.dataSource.getRepository(SignInLockout).delete({ subject: subject.key });
  }
}
