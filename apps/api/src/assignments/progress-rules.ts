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
  /** A submitted response raised a safety flag. */
  readonly safetyFlagged: boolean;
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

/** Shown among the safety flags (first on the dashboard): open, and a submitted response raised a flag. */
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
