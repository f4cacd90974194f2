import { DataSource, IsNull } from 'typeorm';
import type { Visibility } from '@trp/contracts';
import type { Perspective } from '@trp/exercises';
import { Assignment } from '../../assignments/assignment.entity';
import { hashToken, newToken } from '../../auth/session-token';
import { Couple } from '../../couples/couple.entity';
import { Partner } from '../../couples/partner.entity';
import { InviteLink } from '../../invite-links/invite-link.entity';
import type { TestClient, TestResponse } from '../../test/http-client';

/**
 * Test fixture of the portal: couples, partners, invite links and assignments inserted directly through the
 * entities (the counselor API is another feature's). For integration tests only.
 */
export interface SeededPartner {
  readonly id: string;
  readonly displayName: string;
  /** The live link's token (what `/i/<token>` carries). */
  token: string;
  linkId: string;
}

export interface SeededCouple {
  readonly practiceId: string;
  readonly coupleId: string;
  readonly counselorId: string;
  readonly partners: readonly [SeededPartner, SeededPartner];
}

export async function seedCouple(
  dataSource: DataSource,
  input: {
    practiceId: string;
    counselorId: string;
    label?: string;
    names?: [string, string];
    perspectives?: [Perspective, Perspective];
    linkExpiresAt?: Date;
  },
): Promise<SeededCouple> {
  return dataSource.transaction(async (manager) => {
    const couple = await manager.save(
      manager.create(Couple, { practiceId: input.practiceId, counselorId: input.counselorId, label: input.label ?? 'Alex & Sam', status: 'active' }),
    );
    const names = input.names ?? ['Alex', 'Sam'];
    const perspectives = input.perspectives ?? ['hurt', 'involved'];
    const partners: SeededPartner[] = [];
    for (const position of [1, 2] as const) {
      const partner = await manager.save(
        manager.create(Partner, {
          practiceId: input.practiceId,
          coupleId: couple.id,
          position,
          displayName: names[position - 1] as string,
          perspective: perspectives[position - 1] as Perspective,
        }),
      );
      const token = newToken();
      const link = await manager.save(
        manager.create(InviteLink, {
          practiceId: input.practiceId,
          partnerId: partner.id,
          tokenHash: hashToken(token),
          expiresAt: input.linkExpiresAt ?? new Date(Date.now() + 30 * 86_400_000),
        }),
      );
      partners.push({ id: partner.id, displayName: partner.displayName, token, linkId: link.id });
    }
    return { practiceId: input.practiceId, coupleId: couple.id, counselorId: input.counselorId, partners: partners as [SeededPartner, SeededPartner] };
  });
}

/** Re-issues a partner's link as the counselor feature does: the live one is revoked, a new one made. */
export async function reissueLink(dataSource: DataSource, couple: SeededCouple, partner: SeededPartner): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.update(InviteLink, { partnerId: partner.id, revokedAt: IsNull() }, { revokedAt: new Date() });
    const token = newToken();
    const link = await manager.save(
      manager.create(InviteLink, { practiceId: couple.practiceId, partnerId: partner.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 30 * 86_400_000) }),
    );
    partner.token = token;
    partner.linkId = link.id;
  });
}

export async function seedAssignment(
  dataSource: DataSource,
  couple: SeededCouple,
  input: { exerciseKey?: string; visibility?: Visibility; dueAt?: Date | null; status?: Assignment['status']; unlockedAt?: Date | null; instructions?: string } = {},
): Promise<Assignment> {
  return dataSource.manager.save(
    dataSource.manager.create(Assignment, {
      practiceId: couple.practiceId,
      coupleId: couple.coupleId,
      exerciseKey: input.exerciseKey ?? 'acknowledge-the-breach',
      exerciseVersion: 1,
      instructions: input.instructions ?? null,
      dueAt: input.dueAt ?? null,
      visibility: input.visibility ?? 'counselor_only',
      status: input.status ?? 'open',
      unlockedAt: input.unlockedAt ?? null,
      cancelledAt: input.status === 'cancelled' ? new Date() : null,
      createdByUserId: couple.counselorId,
    }),
  );
}

/** Opens a partner's link in `client` (it keeps the partner cookie); fails unless the answer is 200. */
export async function openLink(client: TestClient, partner: SeededPartner): Promise<TestResponse> {
  const response = await client.post('/api/portal/session', { token: partner.token });
  if (response.status !== 200) throw new Error(`Opening the link of ${partner.displayName} answered ${response.status}: ${response.text}`);
  return response;
}
