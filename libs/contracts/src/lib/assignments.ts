import type { Answers } from '@trp/exercises';

export type Visibility = 'counselor_only' | 'after_both_submit' | 'in_session';
export const VISIBILITIES: readonly Visibility[] = ['counselor_only', 'after_both_submit', 'in_session'];

/** Stored status: `open` until the counselor marks it reviewed, or cancels it. */
export type AssignmentStatus = 'open' | 'reviewed' | 'cancelled';
export type PartnerProgress = 'not_started' | 'in_progress' | 'submitted';

/**
 * Whether the partners can read each other's answers (staff view only; a partner is never told why):
 * `private` counselor_only; `waiting` not both submitted yet; `shared` released to both (`sharedAt`: when it
 * became visible, the later of the second submission and the counselor's release); `held` both submitted but
 * a safety flag holds it until the counselor releases it; `sealed` in_session, not released yet.
 */
export type ReleaseState = 'private' | 'waiting' | 'shared' | 'held' | 'sealed';
export const RELEASE_STATES: readonly ReleaseState[] = ['private', 'waiting', 'shared', 'held', 'sealed'];

export interface AssignmentRelease {
  readonly state: ReleaseState;
  /** Only when `shared`. */
  readonly sharedAt?: string;
}

export interface AssignmentPartnerView {
  readonly partnerId: string;
  readonly status: PartnerProgress;
  readonly submittedAt?: string;
  /** Staff only, submitted answers only, never drafts. */
  readonly answers?: Answers;
  readonly safetyFlagged?: boolean;
  /** Staff only: the score of a submitted scored check-in (never in a portal answer). */
  readonly score?: SubmissionScore;
}

/** The score of one submission of a scored exercise, with its band when the definition names bands. */
export interface SubmissionScore {
  readonly value: number;
  readonly band?: string;
}

export interface AssignmentView {
  readonly id: string;
  readonly coupleId: string;
  readonly exerciseKey: string;
  readonly exerciseVersion: number;
  readonly instructions?: string;
  readonly dueAt?: string;
  /** Partners see nothing of it before then (scheduled assignments). */
  readonly opensAt: string;
  /** A repeating assignment: its series, which occurrence this is, and the series' rhythm. */
  readonly seriesId?: string;
  readonly repeat?: AssignmentRepeatView;
  readonly visibility: Visibility;
  readonly status: AssignmentStatus;
  readonly unlockedAt?: string;
  readonly reviewedAt?: string;
  readonly createdAt: string;
  /** Partners who have not submitted get reminder emails (the practice's cadence). */
  readonly reminders: boolean;
  readonly partners: readonly AssignmentPartnerView[];
  readonly release: AssignmentRelease;
  /** The counselor's latest acknowledgement of a safety flag (clinical: counselor only, never in a portal answer). */
  readonly safetyReview?: SafetyReviewView;
  /** A submitted response raised a safety flag not acknowledged since (what the dashboard lists under "Safety concerns"). */
  readonly needsSafetyReview?: boolean;
}

export interface SafetyReviewView {
  readonly note: string;
  readonly reviewedAt: string;
  readonly reviewedBy: { readonly id: string; readonly displayName: string };
}

export const SAFETY_REVIEW_NOTE_MAX_LENGTH = 2000;

/** `POST /api/assignments/:id/safety-review` */
export interface SafetyReviewBody {
  /** 1–2000 characters, trimmed. */
  readonly note: string;
}

/** `POST /api/couples/:id/assignments` */
export interface CreateAssignmentBody {
  readonly exerciseKey: string;
  readonly instructions?: string;
  /** ISO 8601 date-time. */
  readonly dueAt?: string;
  readonly visibility?: Visibility;
  /** ISO 8601 date-time; partners see nothing of it before then. Default now; at most a year ahead; before `dueAt`. */
  readonly opensAt?: string;
  /** A new occurrence of the same exercise and settings opens every `everyDays` days, `times` in all (none: until stopped). */
  readonly repeat?: AssignmentRepeat;
}

export const REPEAT_LIMITS = { everyDays: { min: 1, max: 90 }, times: { min: 2, max: 52 } } as const;

export interface AssignmentRepeat {
  readonly everyDays: number;
  readonly times?: number;
}

export interface AssignmentRepeatView extends AssignmentRepeat {
  /** 1 for the assignment the counselor made, then 2, 3 … */
  readonly occurrence: number;
  /** `POST /api/assignments/:id/stop-repeating` was called: no further occurrence opens. */
  readonly stoppedAt?: string;
  /** Reminder emails for this assignment (default true). */
  readonly reminders?: boolean;
}

/** `POST /api/assignments/:id/reopen`: one partner's submission back to draft; without `partnerId`, both. */
export interface ReopenAssignmentBody {
  readonly partnerId?: string;
}
