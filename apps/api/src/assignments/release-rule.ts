import type { ReleaseState, Visibility } from '@trp/contracts';

/**
 * The release rule, in one place: when each partner may read the other's answers to an assignment. The portal
 * (what a partner is shown) and the staff view (`release` on an assignment) both ask this module.
 *
 * - `counselor_only`: never (`private`).
 * - `in_session`: sealed until the counselor releases it (`POST /api/assignments/:id/unlock`).
 * - `after_both_submit`: once both partners have submitted.
 * - Either way, nothing is shared before both partners have submitted (`waiting`).
 * - A safety flag holds every release: a submitted response that raised a flag and that the counselor has not
 *   released yet (submitted after `unlockedAt`, or no release at all) keeps the answers from the other partner
 *   (`held`) until the counselor releases them. A partner is never told why (that would reveal the other's
 *   safety answer): the portal just shows no partner answers.
 *
 * A reopened response is a draft again, so the answers are hidden again until it is resubmitted.
 */
export interface ReleaseAssignmentFacts {
  readonly visibility: Visibility;
  /** When the counselor last released the answers (unlock), if ever. */
  readonly unlockedAt: Date | null;
}

/** One partner's response as the rule sees it: never the answers. */
export interface ReleaseResponseFacts {
  readonly status: 'draft' | 'submitted';
  readonly submittedAt: Date | null;
  readonly safetyFlagged: boolean;
}

export interface Release {
  readonly state: ReleaseState;
  /** Only when `shared`: when the answers became visible (the later of the second submission and the release). */
  readonly sharedAt?: Date;
}

/** The release of an assignment, given the responses of the couple's partners (at most one each). */
export function releaseOf(assignment: ReleaseAssignmentFacts, responses: readonly (ReleaseResponseFacts | null | undefined)[]): Release {
  if (assignment.visibility === 'counselor_only') return { state: 'private' };
  const submitted = responses.filter((r): r is ReleaseResponseFacts => r?.status === 'submitted');
  const bothSubmitted = submitted.length >= 2;
  const releasedAt = assignment.unlockedAt;
  const held = submitted.some((r) => r.safetyFlagged && (releasedAt === null || (r.submittedAt !== null && r.submittedAt.getTime() > releasedAt.getTime())));
  if (assignment.visibility === 'in_session' && releasedAt === null) return { state: bothSubmitted && held ? 'held' : 'sealed' };
  if (!bothSubmitted) return { state: 'waiting' };
  if (held) return { state: 'held' };
  const times = submitted.map((r) => r.submittedAt?.getTime() ?? 0);
  if (releasedAt) times.push(releasedAt.getTime());
  return { state: 'shared', sharedAt: new Date(Math.max(...times)) };
}

/** Whether the partners may read each other's answers now. */
export function isReleased(assignment: ReleaseAssignmentFacts, responses: readonly (ReleaseResponseFacts | null | undefined)[]): boolean {
  return releaseOf(assignment, responses).state === 'shared';
}

/**
 * Whether the counselor's release (unlock) changes anything: it does for a sealed or held assignment, and ahead
 * of time for one not yet released (waiting with no release so far). Counselor-only answers are never released.
 */
export function releaseWouldChange(assignment: ReleaseAssignmentFacts, responses: readonly (ReleaseResponseFacts | null | undefined)[]): boolean {
  const { state } = releaseOf(assignment, responses);
  return state === 'sealed' || state === 'held' || (state === 'waiting' && assignment.unlockedAt === null);
}
