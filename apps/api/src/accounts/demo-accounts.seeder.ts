import { EntityManager } from 'typeorm';
import type { Role } from '@trp/contracts';
import type { DemoSeeder } from '../demo/demo-data';
import { Practice } from '../practices/practice.entity';
import { createActiveStaff, createPracticeWithAdmin } from './staff-accounts';
import { UserAccount } from './user-account.entity';

export const DEMO_PRACTICE_NAME = 'Riverside Couples Counselling';
export const DEMO_PASSWORD = 'riverside demo practice';

export const DEMO_STAFF: readonly { email: string; displayName: string; roles: Role[] }[] = [
  { email: 'amira.haddad@riverside.example', displayName: 'Amira Haddad', roles: ['admin'] },
  { email: 'ben.okafor@riverside.example', displayName: 'Ben Okafor', roles: ['counselor'] },
  { email: 'clara.lindqvist@riverside.example', displayName: 'Clara Lindqvist', roles: ['counselor'] },
  { email: 'dana.reyes@riverside.example', displayName: 'Dana Reyes', roles: ['admin', 'counselor'] },
];

/** The demo practice's staff: an admin, two counselors and one person with both roles. Idempotent. */
export const seedDemoAccounts: DemoSeeder = async (manager: EntityManager) => {
  let practice = await manager.findOne(Practice, { where: { name: DEMO_PRACTICE_NAME }, order: { createdAt: 'ASC' } });
  const [first, ...others] = DEMO_STAFF;
  if (!practice && first) {
    ({ practice } = await createPracticeWithAdmin(manager, {
      practiceName: DEMO_PRACTICE_NAME,
      email: first.email,
      password: DEMO_PASSWORD,
      displayName: first.displayName,
    }));
  }
  if (!practice) return [];
  for (const person of others) {
    if (await manager.exists(UserAccount, { where: { email: person.email } })) continue;
    await createActiveStaff(manager, { practiceId: practice.id, ...person, password: DEMO_PASSWORD });
  }
  return DEMO_STAFF.map((person) => `${person.email} / ${DEMO_PASSWORD}  (${person.roles.join(' + ')})`);
};

