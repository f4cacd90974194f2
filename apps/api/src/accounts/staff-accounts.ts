import { EntityManager } from 'typeorm';
import type { Role } from '@trp/contracts';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { writeAuditEvent } from '../audit/audit-writer';
import { Practice } from '../practices/practice.entity';
import { AccountsException } from './accounts.exception';
import { passwordProblem } from './password-policy';
import { hashPassword } from './passwords';
import { UserAccount } from './user-account.entity';

/** The entities these functions touch, for DataSources built outside Nest (create-admin, demo data). */
export const STAFF_ACCOUNT_ENTITIES = [Practice, UserAccount, AuditEventEntity];

/** Emails are compared and stored trimmed and lowercase. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function assertEmailFree(manager: EntityManager, email: string): Promise<void> {
  const taken = await manager.query(`SELECT 1 FROM user_account WHERE lower(email) = $1 LIMIT 1`, [normalizeEmail(email)]);
  if (taken.length > 0) throw new AccountsException('emailTaken');
}

export function assertPasswordAllowed(password: string, email: string, field = 'password'): void {
  const problem = passwordProblem(password, { email });
  if (problem) throw AccountsException.weakPassword(field, problem);
}

export interface NewActiveStaff {
  readonly practiceId: string;
  readonly email: string;
  readonly displayName: string;
  readonly roles: readonly Role[];
  readonly password: string;
}

/** Creates an active staff account directly (first admin, demo data, test fixtures); checks email and password rules. */
export async function createActiveStaff(manager: EntityManager, input: NewActiveStaff): Promise<UserAccount> {
  const email = normalizeEmail(input.email);
  assertPasswordAllowed(input.password, email);
  await assertEmailFree(manager, email);
  const now = new Date();
  return manager.save(
    manager.create(UserAccount, {
      practiceId: input.practiceId,
      email,
      displayName: input.displayName.trim(),
      roles: [...new Set(input.roles)],
      status: 'active',
      passwordHash: await hashPassword(input.password),
      passwordChangedAt: now,
    }),
  );
}

export interface NewPracticeWithAdmin {
  readonly practiceName: string;
  readonly email: string;
  readonly password: string;
  readonly displayName?: string;
}

/** A new practice and its first admin, in the caller's transaction; audited as done by the system. */
export async function createPracticeWithAdmin(
  manager: EntityManager,
  input: NewPracticeWithAdmin,
): Promise<{ practice: Practice; admin: UserAccount }> {
  const name = input.practiceName.trim();
  if (!name) throw new AccountsException('practiceNameRequired');
  const email = normalizeEmail(input.email);
  assertPasswordAllowed(input.password, email);
  await assertEmailFree(manager, email);
  const practice = await manager.save(manager.create(Practice, { name, settings: {} }));
  const admin = await createActiveStaff(manager, {
    practiceId: practice.id,
    email,
    displayName: input.displayName?.trim() || email.split('@')[0] || email,
    roles: ['admin'],
    password: input.password,
  });
  await writeAuditEvent(
    manager,
    {
      practiceId: practice.id,
      actor: { kind: 'system' },
      action: 'practice.created',
      target: { type: 'practice', id: practice.id },
      details: { firstAdminId: admin.id },
    },
    new Date(),
  );
  return { practice, admin };
}
