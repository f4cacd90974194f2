import type { Role } from '@trp/contracts';

/** A signed-in staff member (session cookie `trp_session`). */
export interface StaffAuthContext {
  readonly kind: 'staff';
  readonly userId: string;
  readonly practiceId: string;
  readonly roles: readonly Role[];
  readonly sessionId: string;
  /** The practice requires MFA and this user has not enrolled: only routes marked `allowDuringMfaEnrollment` work. */
  readonly mfaEnrollmentRequired: boolean;
}

/**
 * Who is calling, as the access guard established it. A discriminated union on `kind`:
 * the partner portal adds `{ kind: 'partner', partnerId, coupleId, practiceId }` (cookie `trp_partner`).
 */
export type AuthContext = StaffAuthContext;

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the access guard on every authenticated route. */
    auth?: AuthContext;
  }
}
