import type { AuthContext, StaffAuthContext } from '../auth/auth-context';

/** What a caller asks to touch: the row's owners, or nothing when no row has that id. */
export interface CoupleOwnership {
  readonly practiceId: string;
  readonly counselorId: string;
}

/** `allow`, `forbidden` (403: the caller's role may never do this) or `not_found` (404: not theirs, or absent). */
export type AccessDecision = 'allow' | 'forbidden' | 'not_found';

/** Whether the caller is a staff member holding the counselor role (partners and admin-only staff are not). */
export function isCounselor(auth: AuthContext): auth is StaffAuthContext {
  return auth.kind === 'staff' && auth.roles.includes('counselor');
}

/**
 * May this caller touch a couple (and everything under it: partners, links, assignments, responses, notes)?
 * Only the couple's own counselor, in the couple's practice. Admin rights give no access to clinical content.
 */
export function decideCoupleAccess(auth: AuthContext, couple: CoupleOwnership | null | undefined): AccessDecision {
  if (!isCounselor(auth)) return 'forbidden';
  if (!couple) return 'not_found';
  if (couple.practiceId !== auth.practiceId) return 'not_found';
  if (couple.counselorId !== auth.userId) return 'not_found';
  return 'allow';
}

/** A reassignment target: the counselor a couple is given to. */
export interface CounselorCandidate {
  readonly practiceId: string;
  readonly status: string;
  readonly roles: readonly string[];
}

/**
 * Whether an account can hold couples: active, with the counselor role. A couple whose counselor is not is
 * "orphaned" (nobody can read what its partners send); `OrphanedCouplesService` lists them by this same rule in SQL.
 */
export function isActiveCounselor(account: Pick<CounselorCandidate, 'status' | 'roles'>): boolean {
  return account.status === 'active' && account.roles.includes('counselor');
}

/** May an admin give a couple (of their practice) to this account? An active counselor of the same practice only. */
export function decideReassignment(
  auth: AuthContext,
  couple: { readonly practiceId: string } | null | undefined,
  target: CounselorCandidate | null | undefined,
): AccessDecision | 'invalid_target' {
  if (auth.kind !== 'staff' || !auth.roles.includes('admin')) return 'forbidden';
  if (!couple || couple.practiceId !== auth.practiceId) return 'not_found';
  if (!target || target.practiceId !== auth.practiceId || !isActiveCounselor(target)) return 'invalid_target';
  return 'allow';
}

/** A practice exercise as access sees it: its practice and its author. */
export interface LibraryExerciseOwnership {
  readonly practiceId: string;
  readonly authorUserId: string;
}

/**
 * May this caller read (and assign) or edit (new version, archive) a practice exercise? Every counselor of the
 * practice reads; the author and the practice's admins who are also counselors edit. Another practice's is a 404.
 */
export function decideLibraryExerciseAccess(
  auth: AuthContext,
  exercise: LibraryExerciseOwnership | null | undefined,
  action: 'read' | 'edit',
): AccessDecision {
  if (!isCounselor(auth)) return 'forbidden';
  if (!exercise || exercise.practiceId !== auth.practiceId) return 'not_found';
  if (action === 'edit' && exercise.authorUserId !== auth.userId && !auth.roles.includes('admin')) return 'forbidden';
  return 'allow';
}
