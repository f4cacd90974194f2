import type { ScoreChange } from '@trp/exercises';

/**
 * One partner's score change in words, for the prep sheet and "This week" (counselor views only), e.g.
 * "18 · A steadier week on 22 Nov, up 5 from 13 before the last session". `day` formats a date.
 */
export function scoreChangeText(change: ScoreChange, day: (iso: string) => string): string {
  const { latest, before } = change;
  const score = (r: { value: number; band?: string }) => `${r.value}${r.band ? ` · ${r.band}` : ''}`;
  if (!latest) return before ? `no new score since then; the last was ${score(before)} on ${day(before.submittedAt)}` : 'no score yet';
  const now = `${score(latest)} on ${day(latest.submittedAt)}`;
  if (!before || change.change === undefined) return `${now} (the first score, nothing before it to compare)`;
  const moved = change.change === 0 ? 'no change' : change.change > 0 ? `up ${change.change}` : `down ${-change.change}`;
  return `${now}, ${moved} from ${before.value} on ${day(before.submittedAt)}`;
}
