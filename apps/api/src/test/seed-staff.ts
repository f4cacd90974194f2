import { DataSource } from 'typeorm';
import type { Role, UserStatus } from '@trp/contracts';
import { generateSync } from 'otplib';
import { createActiveStaff, createPracticeWithAdmin } from '../accounts/staff-accounts';
import { UserAccount } from '../accounts/user-account.entity';
import type { TestClient, TestResponse } from './http-client';

/** The password every seeded test user has (passes the password rules). */
export const TEST_PASSWORD = 'correct horse battery staple';

export interface SeededUser {
  readonly id: string;
  readonly email: string;
  readonly password: string;
  readonly roles: Role[];
}

export interface SeededPractice {
  readonly practiceId: string;
  readonly admin: SeededUser;
  readonly users: Record<string, SeededUser>;
}

/**
 * A practice with a first admin (`admin@<slug>.test`) and the given users (`<key>@<slug>.test`), created directly
 * in the database through the accounts feature's own functions. A `status` other than active is applied afterwards.
 */
export async function seedPractice(
  dataSource: DataSource,
  slug: string,
  users: Record<string, { roles: Role[]; status?: Exclude<UserStatus, 'invited'> }> = {},
): Promise<SeededPractice> {
  return dataSource.transaction(async (manager) => {
    const { practice, admin } = await createPracticeWithAdmin(manager, {
      practiceName: `Practice ${slug}`,
      email: `admin@${slug}.test`,
      password: TEST_PASSWORD,
      displayName: `Admin ${slug}`,
    });
    const seeded: Record<string, SeededUser> = {};
    for (const [key, spec] of Object.entries(users)) {
      const user = await createActiveStaff(manager, {
        practiceId: practice.id,
        email: `${key}@${slug}.test`,
        displayName: `${key[0]?.toUpperCase()}${key.slice(1)} ${slug}`,
        roles: spec.roles,
        password: TEST_PASSWORD,
      });
      if (spec.status && spec.status !== 'active') await manager.update(UserAccount, { id: user.id }, { status: spec.status });
      seeded[key] = { id: user.id, email: user.email, password: TEST_PASSWORD, roles: spec.roles };
    }
    return {
      practiceId: practice.id,
      admin: { id: admin.id, email: admin.email, password: TEST_PASSWORD, roles: ['admin'] },
      users: seeded,
    };
  });
}

/** Signs `client` in (it keeps the session and XSRF cookies); fails the test unless the answer is 200. */
export async function signIn(client: TestClient, email: string, password = TEST_PASSWORD, totp?: string): Promise<TestResponse> {
  const response = await client.post('/api/auth/login', { email, password, ...(totp && { totp }) });
  if (response.status !== 200) throw new Error(`Sign-in of ${email} answered ${response.status}: ${response.text}`);
  return response;
}

/** The current TOTP code of a base32 secret at `at` (default now). */
export function totpCode(secret: string, at: Date = new Date()): string {
  return generateSync({ secret, epoch: Math.floor(at.getTime() / 1000) });
}
