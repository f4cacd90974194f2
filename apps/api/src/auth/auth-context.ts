import type { Locale, Role } from '@trp/contracts';

/** A signed-in staff member (session cookie `trp_session`). */
export interface StaffAuthContext {
  readonly kind: 'staff';
  readonly userId: string;
  readonly practiceId: string;
  readonly roles: readonly Role[];
  readonly sessionId: string;
  /** The practice requires MFA and this user has not enrolled: only routes marked `allowDuringMfaEnrollment` work. */
  readonly mfaEnrollmentRequired: boolean;
  /** The staff member's language (their preference), read with the session: exercise words in staff answers. */
  readonly locale: Locale;
}

/**
 * A partner of a client couple, through the session their invite link was exchanged for (cookie `trp_partner`).
 * Only routes marked `@PartnerAuthenticated()` accept it; it never opens a staff route.
 */
export interface PartnerAuthContext {
  readonly kind: 'partner';
  readonly partnerId: string;
  readonly coupleId: string;
  readonly practiceId: string;
  readonly sessionId: string;
  /** The partner's language (exercise content, validation messages), read with the session. */
  readonly locale: Locale;
}

/** Who is calling, as the access guard established it. A discriminated union on `kind`. */
export type AuthContext = StaffAuthContext | PartnerAuthContext;

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the access guard on every authenticated route. */
    auth?: AuthContext;
  }
}
