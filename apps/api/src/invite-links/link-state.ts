import type { InviteLinkSummary } from '@trp/contracts';

/** What the link state depends on: the partner's newest link (the live one when there is one). */
export interface LinkFacts {
  readonly createdAt: Date;
  readonly expiresAt: Date;
  readonly revokedAt: Date | null;
  readonly firstOpenedAt: Date | null;
  readonly lastOpenedAt: Date | null;
}

/**
 * The state of a partner's invite link as the counselor sees it:
 * `none` (never issued) · `revoked` · `expired` · `opened` (exchanged at least once) · `never_opened`.
 * Revocation wins over expiry (it was a deliberate act); expiry wins over opened (the link no longer works).
 */
export function inviteLinkState(link: LinkFacts | null | undefined, now: Date): InviteLinkSummary {
  if (!link) return { state: 'none' };
  const times = {
    createdAt: link.createdAt.toISOString(),
    expiresAt: link.expiresAt.toISOString(),
    ...(link.firstOpenedAt && { firstOpenedAt: link.firstOpenedAt.toISOString() }),
    ...(link.lastOpenedAt && { lastOpenedAt: link.lastOpenedAt.toISOString() }),
  };
  if (link.revokedAt) return { state: 'revoked', ...times };
  if (link.expiresAt.getTime() <= now.getTime()) return { state: 'expired', ...times };
  if (link.lastOpenedAt || link.firstOpenedAt) return { state: 'opened', ...times };
  return { state: 'never_opened', ...times };
}
