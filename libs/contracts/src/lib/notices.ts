import type { Role } from './roles';

/**
 * A short notice on a staff member's own pages (dashboard, accounts page), left when something happened that
 * they should know about but did not do themselves. Names and counts only: never clinical content.
 */
export type StaffNoticeDetails =
  | {
      /** Couples this person counselled were given to another counselor by an admin. */
      readonly kind: 'couple_reassigned';
      /** The couple's label (the counselor's own name for it) when one couple moved; null for "all of them". */
      readonly coupleLabel: string | null;
      readonly count: number;
      readonly toCounselorName: string;
      readonly byName: string;
    }
  | {
      /** The practice's only admin changed their own roles (allowed only with no other active admin). */
      readonly kind: 'self_role_change';
      readonly actorName: string;
      readonly added: readonly Role[];
      readonly removed: readonly Role[];
    };

export type StaffNoticeKind = StaffNoticeDetails['kind'];

/** `GET /api/notices`: the caller's notices not yet dismissed, newest first. */
export interface StaffNotice {
  readonly id: string;
  readonly createdAt: string;
  readonly details: StaffNoticeDetails;
}

/** A couple whose counselor is no longer an active counselor: counts and labels only (`GET /api/admin/orphaned-couples`). */
export interface OrphanedCouple {
  readonly id: string;
  readonly label: string;
  readonly counselorId: string;
  readonly counselorName: string;
  readonly counselorStatus: string;
}

export interface OrphanedCouples {
  readonly items: readonly OrphanedCouple[];
  /** All orphaned couples of the practice (items stop at 200). */
  readonly total: number;
}

/** `POST /api/admin/couples/reassign-all`: every couple (active and archived) of one counselor to another. */
export interface ReassignAllCouplesBody {
  readonly fromCounselorId: string;
  readonly toCounselorId: string;
}

export interface ReassignedCouples {
  readonly reassigned: number;
}

/** `GET /api/admin/users/:id/couple-count`: how many couples an account counsels (for the deactivation dialog). */
export interface CoupleCount {
  readonly active: number;
  readonly archived: number;
}
