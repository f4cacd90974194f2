import type { Perspective } from '@trp/exercises';
import type { Locale } from './locale';

export type CoupleStatus = 'active' | 'archived';
export type InviteLinkState = 'none' | 'never_opened' | 'opened' | 'expired' | 'revoked';

export interface InviteLinkSummary {
  readonly state: InviteLinkState;
  readonly expiresAt?: string;
  readonly lastOpenedAt?: string;
  readonly firstOpenedAt?: string;
  readonly createdAt?: string;
}

export interface PartnerView {
  readonly id: string;
  readonly displayName: string;
  readonly email?: string;
  readonly perspective: Perspective;
  readonly link: InviteLinkSummary;
  /**
   * The partner's own switch for reminder emails (on unless they turned it off in the portal or from a reminder).
   * Reminders reach them only when this is on, they have an email and the practice sends reminders.
   */
  readonly remindersEnabled: boolean;
  /** The language the partner reads the portal and their mails in (they can switch it in the portal). */
  readonly locale: Locale;
  /** Set when this partner's data was erased (the name is then "Erased partner"). */
  readonly erasedAt?: string;
}

export interface CoupleView {
  readonly id: string;
  readonly label: string;
  readonly status: CoupleStatus;
  readonly counselorId: string;
  /** Always two, in a stable order. */
  readonly partners: readonly PartnerView[];
  readonly createdAt: string;
  /** The earliest session that has not begun yet (sessions feature). */
  readonly nextSessionAt?: string;
  /** The latest session that has begun: "since the last session" means since then, else since `createdAt`. */
  readonly lastSessionAt?: string;
}

export interface NewPartnerBody {
  readonly displayName: string;
  readonly email?: string;
  readonly perspective?: Perspective;
  /** The partner's language; a new partner without one gets the practice's `defaultLocale`. */
  readonly locale?: Locale;
}

/** `POST /api/couples` */
export interface CreateCoupleBody {
  readonly label: string;
  readonly partners: readonly [NewPartnerBody, NewPartnerBody];
}

/**
 * `PATCH /api/couples/:id`: any subset; partners are matched by id. `status: 'active'` restores an archived
 * couple. A partner's `email: ''` (or null) removes the email.
 */
export interface UpdateCoupleBody {
  readonly label?: string;
  readonly status?: CoupleStatus;
  readonly partners?: readonly ({ readonly id: string } & Partial<NewPartnerBody>)[];
}

/** `GET /api/couples` query: `search` matches the label or a partner's name (case-insensitive). */
export interface CoupleListQuery {
  readonly search?: string;
  readonly status?: CoupleStatus;
  readonly limit?: number;
  readonly cursor?: string;
}

/** `PATCH /api/admin/couples/:id` (admin): the new counselor, an active counselor of the same practice. */
export interface ReassignCoupleBody {
  readonly counselorId: string;
}

/** The answer to a reassignment: no clinical content (the admin may not be a counselor). */
export interface CoupleAssignment {
  readonly id: string;
  readonly counselorId: string;
}

/** `POST /api/couples/:id/partners/:partnerId/invite-link` → the only time the token is visible. */
export interface IssuedInviteLink {
  readonly url: string;
  readonly expiresAt: string;
}

/** `POST …/invite-link/email` → a fresh link was mailed (its address is never in the answer). */
export interface EmailedInviteLink {
  readonly sentTo: string;
  readonly expiresAt: string;
}
