/** A partner session unused for this long ends (the link still works: opening it again starts a new one). */
export const PARTNER_IDLE_TIMEOUT_MS = 7 * 24 * 3_600_000;

/** Refresh `last_seen_at` at most this often. */
export const PARTNER_LAST_SEEN_RESOLUTION_MS = 60_000;

export interface PartnerSessionFacts {
  readonly expiresAt: Date;
  readonly lastSeenAt: Date;
  readonly revokedAt: Date | null;
  /** The link the session came from. */
  readonly linkExpiresAt: Date;
  readonly linkRevokedAt: Date | null;
  readonly coupleStatus: string;
}

export type PartnerSessionState = 'active' | 'revoked' | 'link_revoked' | 'expired' | 'idle' | 'couple_archived';

/**
 * Whether a partner session may be used now: it dies with its link (revoked, re-issued or expired), with its
 * couple (archived), when signed out, at its absolute end (never after the link's expiry) and after a week unused.
 */
export function partnerSessionState(session: PartnerSessionFacts, now: Date): PartnerSessionState {
  if (session.revokedAt) return 'revoked';
  if (session.linkRevokedAt) return 'link_revoked';
  if (session.coupleStatus !== 'active') return 'couple_archived';
  const end = Math.min(session.expiresAt.getTime(), session.linkExpiresAt.getTime());
  if (now.getTime() >= end) return 'expired';
  if (now.getTime() - session.lastSeenAt.getTime() >= PARTNER_IDLE_TIMEOUT_MS) return 'idle';
  return 'active';
}

/** Without a portal request for longer than this, a session of a partner with a PIN locks (DESIGN "Shared phones"). */
export const PIN_IDLE_LOCK_MS = 5 * 60_000;

/**
 * Whether a live session must be unlocked with the partner's PIN before it opens anything but the lock screen: only
 * when the partner has a PIN, and then when the session was never unlocked (new: opened from the link, that is on
 * reopening) or its last portal request is older than `idleMs`.
 */
export function pinLocked(session: { readonly hasPin: boolean; readonly unlockedAt: Date | null; readonly lastSeenAt: Date }, now: Date, idleMs = PIN_IDLE_LOCK_MS): boolean {
  if (!session.hasPin) return false;
  if (!session.unlockedAt) return true;
  return now.getTime() - session.lastSeenAt.getTime() > idleMs;
}
