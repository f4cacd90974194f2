import type { ScoreChange } from '@trp/exercises';

/**
 * One partner's score change in words, for the prep sheet and "This week" (counselor views only), e.g.
 * "18 · A steadier week on 22 Nov, up 5 from 13 before the last session". `day` formats a date.
 */
export function scoreChangeText(change: ScoreChange, day: (iso: string) => string): string {
  const { latest, before } = change;
  const score = (r: { value: number; band?: string }) => `${r.value}${r.band ? ` · ${r.band}` : ''}`;
  if (!latest) {
    return before
      ? $localize`:@@caseload.score-change.none-since:no new score since then; the last was ${score(before)}:score: on ${day(before.submittedAt)}:date:`
      : $localize`:@@caseload.score-change.none:no score yet`;
  }
  const now = $localize`:@@caseload.score-change.now:${score(latest)}:score: on ${day(latest.submittedAt)}:date:`;
  if (!before || change.change === undefined) return $localize`:@@caseload.score-change.first:${now}:now: (the first score, nothing before it to compare)`;
  const moved =
    change.change === 0
      ? $localize`:@@caseload.score-change.same:no change`
      : change.change > 0
        ? $localize`:@@caseload.score-change.up:up ${change.change}:points:`
        : $localize`:@@caseload.score-change.down:down ${-change.change}:points:`;
  return $localize`:@@caseload.score-change.moved:${now}:now:, ${moved}:moved: from ${before.value}:before: on ${day(before.submittedAt)}:date:`;
}
