import { EntityManager } from 'typeorm';
import { hashToken, newToken } from '../auth/session-token';
import { InviteLink } from './invite-link.entity';
import { revokeLiveLinks } from './link-revocation';

export interface IssueLinkInput {
  readonly practiceId: string;
  readonly partnerId: string;
  readonly createdByUserId: string | null;
  /** The practice's `inviteLinkDays`. */
  readonly days: number;
  readonly now: Date;
  readonly publicUrl: string;
}

export interface IssuedLink {
  readonly link: InviteLink;
  /** `${PUBLIC_URL}/i/<token>`: the only place the token exists (only its hash is stored). */
  readonly url: string;
  /** The links this one replaced (revoked, with their partner sessions). */
  readonly replacedLinkIds: readonly string[];
}

/**
 * Issues a partner's new link in the caller's transaction: the old live link and its sessions are revoked
 * first (the partial unique index allows one live link per partner), then the new one is stored by its hash.
 * The token has 256 bits of randomness. Used by the API and by the demo seeder.
 */
export async function issueInviteLink(manager: EntityManager, input: IssueLinkInput): Promise<IssuedLink> {
  const replacedLinkIds = await revokeLiveLinks(manager, input.practiceId, [input.partnerId], input.now);
  const token = newToken();
  const link = await manager.save(
    manager.create(InviteLink, {
      practiceId: input.practiceId,
      partnerId: input.partnerId,
      tokenHash: hashToken(token),
      createdByUserId: input.createdByUserId,
      createdAt: input.now,
      expiresAt: new Date(input.now.getTime() + input.days * 86_400_000),
    }),
  );
  return { link, url: `${input.publicUrl.replace(/\/+$/, '')}/i/${token}`, replacedLinkIds };
}
