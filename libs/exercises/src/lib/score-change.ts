/** One stored score of one partner's submission (the `response.score` computed by `scoreOf` at submit). */
export interface ScoreReading {
  readonly assignmentId: string;
  readonly submittedAt: string;
  readonly value: number;
  readonly band?: string;
}

/** A scored submission with who answered which exercise: the input of `scoreChangesSince`. */
export interface ScoredSubmission extends ScoreReading {
  readonly exerciseKey: string;
  readonly partnerId: string;
}

/**
 * One partner's score on one scored exercise around a point in time ("since the last session"): `latest` is their
 * newest score submitted at or after it, `before` their newest score before it, `change` is `latest − before`
 * when both exist. No `latest`: nothing new since then (the newest score is `before`). No `before`: a first score.
 */
export interface ScoreChange {
  readonly exerciseKey: string;
  readonly partnerId: string;
  readonly latest?: ScoreReading;
  readonly before?: ScoreReading;
  readonly change?: number;
}

/**
 * The score change of every partner on every scored exercise since `since`, in the order the partners and
 * exercises first appear in `partnerIds` and `submissions` (submissions after `until`, when given, are left out).
 * Used by the session-prep summary (web) and the digest (API) alike, so both say the same.
 */
export function scoreChangesSince(
  submissions: readonly ScoredSubmission[],
  partnerIds: readonly string[],
  since: Date,
  until?: Date,
): ScoreChange[] {
  const from = since.getTime();
  const keys = [...new Set(submissions.map((s) => s.exerciseKey))];
  const changes: ScoreChange[] = [];
  for (const exerciseKey of keys) {
    for (const partnerId of partnerIds) {
      let latest: ScoredSubmission | undefined;
      let before: ScoredSubmission | undefined;
      for (const submission of submissions) {
        if (submission.exerciseKey !== exerciseKey || submission.partnerId !== partnerId) continue;
        const at = new Date(submission.submittedAt).getTime();
        if (until && at > until.getTime()) continue;
        if (at >= from) {
          if (!latest || at > new Date(latest.submittedAt).getTime()) latest = submission;
        } else if (!before || at > new Date(before.submittedAt).getTime()) {
          before = submission;
        }
      }
      if (!latest && !before) continue;
      changes.push({
        exerciseKey,
        partnerId,
        ...(latest && { latest: reading(latest) }),
        ...(before && { before: reading(before) }),
        ...(latest && before && { change: latest.value - before.value }),
      });
    }
  }
  return changes;
}

function reading(submission: ScoredSubmission): ScoreReading {
  const { assignmentId, submittedAt, value, band } = submission;
  return { assignmentId, submittedAt, value, ...(band !== undefined && { band }) };
}
