import type { Perspective } from '@trp/exercises';

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
}

export interface CoupleView {
  readonly id: string;
  readonly label: string;
  readonly status: CoupleStatus;
  readonly counselorId: string;
  /** Always two, in a stable order. */
  readonly partners: readonly PartnerView[];
  readonly createdAt: string;
}

export interface NewPartnerBody {
  readonly displayName: string;
  readonly email?: string;
  readonly perspective?: Perspective;
}

/** `POST /api/couples` */
export interface CreateCoupleBody {
  readonly label: string;
  readonly partners: readonly [NewPartnerBody, NewPartnerBody];
}

/** `PATCH /api/couples/:id`: any subset; partners are matched by id. */
export interface UpdateCoupleBody {
  readonly label?: string;
  readonly status?: CoupleStatus;
  readonly partners?: readonly ({ readonly id: string } & Partial<NewPartnerBody>)[];
}

/** `POST /api/couples/:id/partners/:partnerId/invite-link` → the only time the token is visible. */
export interface IssuedInviteLink {
  readonly url: string;
  readonly expiresAt: string;
}
