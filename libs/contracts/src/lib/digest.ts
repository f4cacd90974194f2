import type { ScoreChange } from '@trp/exercises';
import type { Session } from './sessions';

/** `GET /api/digest?from=&to=` query: ISO 8601 date-times; default from the start of today (practice's zone), 7 days on. */
export interface DigestQuery {
  readonly from?: string;
  readonly to?: string;
}

export const DIGEST_MAX_DAYS = 31;

export interface DigestNews {
  readonly at: string;
  readonly text: string;
}

/** A partner's score change on one scored exercise, named for the page (the exercise's title, the partner's name). */
export interface DigestScoreChange extends ScoreChange {
  readonly title: string;
  readonly name: string;
}

/** One session in the window with what the counselor needs before it. */
export interface DigestEntry {
  readonly session: Session;
  readonly couple: { readonly id: string; readonly label: string };
  /** "Since the last session": the couple's latest begun session before this one, else when the couple was added. */
  readonly since: string;
  /** What happened since then, oldest first (exercises opened, partners' submissions). */
  readonly news: readonly DigestNews[];
  /** The largest differences between the partners' answers on scales since then, as sentences. */
  readonly differences: readonly string[];
  /**
   * Per partner, for each scored exercise: the newest score since then and its change from the newest score before
   * then (`scoreChangesSince` of @trp/exercises). Counselor only, like the whole digest: partners never see scores.
   */
  readonly scoreChanges: readonly DigestScoreChange[];
  /** Open assignments with a safety flag not yet acknowledged. */
  readonly safetyFlags: number;
  /** Open assignments past their due date that not both partners have submitted. */
  readonly overdue: number;
  /** Open assignments both partners submitted (or one, when overdue). */
  readonly readyToReview: number;
}

/** `GET /api/digest` (counselor): the caller's couples' sessions in the window, by session time. */
export interface Digest {
  readonly from: string;
  readonly to: string;
  readonly sessions: readonly DigestEntry[];
}
