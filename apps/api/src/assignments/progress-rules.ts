import type { AssignmentStatus, PartnerProgress } from '@trp/contracts';

/**
 * The progress rules of the counselor workspace, in one place. The dashboard's SQL (dashboard.queries.ts)
 * implements the same rules; dashboard.integration-spec.ts checks that both agree on varied data.
 */

/** A partner's progress on an assignment: no response = not started, a draft = in progress, submitted = submitted. */
export function partnerProgress(responseStatus: 'draft' | 'submitted' | null | undefined): PartnerProgress {
  if (responseStatus === 'submitted') return 'submitted';
  if (responseStatus === 'draft') return 'in_progress';
  return 'not_started';
}

/** What the rules look at for one assignment. */
export interface AssignmentFacts {
  readonly status: AssignmentStatus;
  readonly dueAt: Date | null;
  /** How many partners (0–2) have a submitted response. */
  readonly submittedCount: number;
  /**
   * A submitted response raised a safety flag that still awaits the counselor's review (`hasUnreviewedSafetyFlag`):
   * a flag acknowledged with a safety review no longer counts, until a later submission raises one again.
   */
  readonly safetyFlagged: boolean;
}

/** What the safety rules look at for one response. */
export interface FlagFacts {
  readonly status: 'draft' | 'submitted';
  readonly safetyFlagged: boolean;
  readonly submittedAt: Date | null;
}

/**
 * A response's flag awaits the counselor: submitted with a flag, after the assignment's latest safety review (or
 * there is none). The triggers of migration 1764928800000-SafetyReview keep `assignment.unreviewed_flagged_count` by
 * the same rule.
 */
export function awaitsSafetyReview(response: FlagFacts, safetyReviewedAt: Date | null): boolean {
  if (response.status !== 'submitted' || !response.safetyFlagged) return false;
  return safetyReviewedAt === null || response.submittedAt === null || response.submittedAt.getTime() > safetyReviewedAt.getTime();
}

/** An assignment has a safety flag from a submitted response that the counselor has not acknowledged since. */
export function hasUnreviewedSafetyFlag(responses: readonly FlagFacts[], safetyReviewedAt: Date | null): boolean {
  return responses.some((r) => awaitsSafetyReview(r, safetyReviewedAt));
}

/** A submitted response raised a safety flag (reviewed or not): what a safety review may acknowledge. */
export function hasSafetyFlag(responses: readonly FlagFacts[]): boolean {
  return responses.some((r) => r.status === 'submitted' && r.safetyFlagged);
}

/** Counts towards a couple's progress bar (the denominator): every assignment not cancelled. */
export function countsAsAssigned(a: AssignmentFacts): boolean {
  return a.status !== 'cancelled';
}

/** Done for the progress bar (the numerator): not cancelled and submitted by both partners. */
export function countsAsCompleted(a: AssignmentFacts): boolean {
  return countsAsAssigned(a) && a.submittedCount >= 2;
}

/** Overdue: open, the due date has passed, and not both partners have submitted. */
export function isOverdue(a: AssignmentFacts, now: Date): boolean {
  return a.status === 'open' && a.dueAt !== null && a.dueAt.getTime() < now.getTime() && a.submittedCount < 2;
}

/**
 * Ready to review: open and submitted by both partners — or by one when it is overdue (the other partner is
 * late, so the counselor may read what is there).
 */
export function isReadyToReview(a: AssignmentFacts, now: Date): boolean {
  if (a.status !== 'open') return false;
  return a.submittedCount >= 2 || (a.submittedCount === 1 && isOverdue(a, now));
}

/** Shown among the safety flags (first on the dashboard): open, and a submitted response raised a flag not yet reviewed. */
export function showsSafetyFlag(a: AssignmentFacts): boolean {
  return a.status === 'open' && a.safetyFlagged;
}

/** A couple's progress: assignments done by both / assignments not cancelled. */
export function coupleProgress(assignments: readonly AssignmentFacts[]): { completed: number; assigned: number } {
  return {
    completed: assignments.filter(countsAsCompleted).length,
    assigned: assignments.filter(countsAsAssigned).length,
  };
}
