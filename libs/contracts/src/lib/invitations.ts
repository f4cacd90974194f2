import { Role } from './roles';

/** POST /api/admin/invitations */
export interface CreateInvitationRequest {
  readonly email: string;
  readonly roles: Role[];
}

/** A pending staff invitation (GET /api/admin/invitations). */
export interface Invitation {
  readonly id: string;
  /** The invited account (status `invited` until accepted). */
  readonly userId: string;
  readonly email: string;
  readonly roles: Role[];
  readonly expiresAt: string;
  readonly createdAt: string;
  readonly invitedBy: { readonly id: string; readonly displayName: string } | null;
}

/**
 * 201 from POST /api/admin/invitations and POST /api/admin/invitations/:id/resend.
 * `inviteUrl` (`${PUBLIC_URL}/invitations/<token>`) is shown only here, once: give it to the invitee.
 */
export interface CreatedInvitation extends Invitation {
  readonly inviteUrl: string;
}

/** Path of the web page that accepts a staff invitation: `/invitations/:token`. */
export const INVITATION_PAGE_PATH = 'invitations';
