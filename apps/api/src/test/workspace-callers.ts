import type { TestApp } from './create-test-app';
import { TestClient } from './http-client';
import { seedCouple, SeededCouple, seedInviteLink } from './seed-caseload';
import { SeededPractice, seedPractice, signIn } from './seed-staff';

/** Every kind of caller the counselor workspace must tell apart. */
export type WorkspaceCaller = 'anonymous' | 'partner' | 'adminOnly' | 'otherCounselor' | 'dualNotOwner' | 'foreignCounselor' | 'owner';

export interface WorkspaceCallers {
  readonly riverside: SeededPractice;
  readonly harbour: SeededPractice;
  /** A couple of `owner`'s caseload (Riverside). */
  readonly couple: SeededCouple;
  readonly clients: Record<WorkspaceCaller, TestClient>;
  /** Whether `clients.partner` holds a partner session (the portal's session exchange exists). */
  readonly partnerSignedIn: boolean;
}

/**
 * Two practices and a signed-in client for each kind of caller: the owning counselor, another counselor of the same
 * practice, an admin+counselor who does not own the couple, an admin without the counselor role, a counselor of
 * another practice, an anonymous caller, and a partner of the couple (through `POST /api/portal/session` when the
 * portal is there).
 */
export async function seedWorkspaceCallers(testApp: TestApp, slug = 'riverside'): Promise<WorkspaceCallers> {
  const riverside = await seedPractice(testApp.dataSource, slug, {
    owner: { roles: ['counselor'] },
    other: { roles: ['counselor'] },
    dual: { roles: ['admin', 'counselor'] },
  });
  const harbour = await seedPractice(testApp.dataSource, `${slug}-harbour`, { foreign: { roles: ['counselor'] } });
  const owner = riverside.users['owner'];
  if (!owner) throw new Error('seedWorkspaceCallers: no owner');
  const couple = await seedCouple(testApp.dataSource, { practiceId: riverside.practiceId, counselorId: owner.id, label: 'Matrix couple' });
  const client = () => new TestClient(testApp.app);
  const clients: Record<WorkspaceCaller, TestClient> = {
    anonymous: client(),
    partner: client(),
    adminOnly: client(),
    otherCounselor: client(),
    dualNotOwner: client(),
    foreignCounselor: client(),
    owner: client(),
  };
  await signIn(clients.adminOnly, riverside.admin.email);
  await signIn(clients.otherCounselor, riverside.users['other']?.email ?? '');
  await signIn(clients.dualNotOwner, riverside.users['dual']?.email ?? '');
  await signIn(clients.foreignCounselor, harbour.users['foreign']?.email ?? '');
  await signIn(clients.owner, owner.email);
  // The partner signs in through a couple of their own, which the tests leave alone (so the session stays live).
  const partnersCouple = await seedCouple(testApp.dataSource, { practiceId: riverside.practiceId, counselorId: owner.id, label: 'Partner’s couple' });
  const { token } = await seedInviteLink(testApp.dataSource, { practiceId: riverside.practiceId, partnerId: partnersCouple.partners[0].id });
  const exchange = await clients.partner.post('/api/portal/session', { token });
  return { riverside, harbour, couple, clients, partnerSignedIn: exchange.status >= 200 && exchange.status < 300 };
}
