import type { AssignmentView, PartnerView } from '@trp/contracts';
import { EMOTION_LABELS, isEmotionKey } from '@trp/exercises';
import { compareFeelingsTables, type FeelingsComparisonRow } from './feelings-comparison';
import { definitionOf, exerciseTitle } from './labels';
import { counselorOnlyAnswers, reviewPartners } from './review-model';

export const DEFAULT_PREP_DAYS = 14;
/** How many differences per assignment the summary lists. */
export const TOP_DIFFERENCES = 3;

export interface PrepEvent {
  readonly at: string;
  readonly text: string;
}

export interface PrepItem {
  readonly assignmentId: string;
  readonly title: string;
  readonly status: AssignmentView['status'];
  readonly dueAt?: string;
  /** Events on or after the chosen date, oldest first. */
  readonly news: readonly PrepEvent[];
  /** The largest differences between the partners' feelings, as sentences. */
  readonly differences: readonly string[];
  /** Names of partners whose safety check raised a flag. */
  readonly safetyFlags: readonly string[];
}

/**
 * The session-prep summary of a couple's assignments (cancelled ones left out): per assignment,
 * what happened since `since`, the largest feelings differences and the safety flags. Assignments
 * with news come first, then the others, newest first.
 */
export function prepSummary(assignments: readonly AssignmentView[], partners: readonly PartnerView[], since: Date): PrepItem[] {
  const items = assignments
    .filter((assignment) => assignment.status !== 'cancelled')
    .map((assignment) => prepItem(assignment, partners, since));
  const created = new Map(assignments.map((a) => [a.id, a.createdAt]));
  return items.sort(
    (x, y) => Number(y.news.length > 0) - Number(x.news.length > 0) || (created.get(y.assignmentId) ?? '').localeCompare(created.get(x.assignmentId) ?? ''),
  );
}

function prepItem(assignment: AssignmentView, partners: readonly PartnerView[], since: Date): PrepItem {
  const definition = definitionOf(assignment);
  const people = reviewPartners(assignment, partners);
  const events: PrepEvent[] = [{ at: assignment.createdAt, text: 'Assigned' }];
  for (const person of people) {
    if (person.progress.submittedAt) events.push({ at: person.progress.submittedAt, text: `${person.name} submitted` });
  }
  if (assignment.unlockedAt) events.push({ at: assignment.unlockedAt, text: 'Unlocked for both partners' });
  if (assignment.reviewedAt) events.push({ at: assignment.reviewedAt, text: 'You marked it reviewed' });
  const news = events.filter((event) => new Date(event.at).getTime() >= since.getTime()).sort((x, y) => x.at.localeCompare(y.at));

  const [a, b] = people;
  const differences: string[] = [];
  if (definition && a && b) {
    const ranked: { gap: number; text: string }[] = [];
    for (const table of compareFeelingsTables(definition, a.answers ?? undefined, b.answers ?? undefined)) {
      for (const row of table.aAboutB?.differences ?? []) ranked.push({ gap: row.gap, text: differenceSentence(row, a.name, b.name) });
      for (const row of table.bAboutA?.differences ?? []) ranked.push({ gap: row.gap, text: differenceSentence(row, b.name, a.name) });
    }
    ranked.sort((x, y) => y.gap - x.gap);
    differences.push(...ranked.slice(0, TOP_DIFFERENCES).map((r) => r.text));
  }

  const safetyFlags = definition ? people.map((p) => counselorOnlyAnswers(definition, p)).filter((c) => c.flagged).map((c) => c.name) : [];
  return {
    assignmentId: assignment.id,
    title: exerciseTitle(assignment),
    status: assignment.status,
    dueAt: assignment.dueAt,
    news,
    differences,
    safetyFlags,
  };
}

/** One difference in words, e.g. "Alex believes Sam feels guilt at 7; Sam reported 3." */
export function differenceSentence(row: FeelingsComparisonRow, guesser: string, reporter: string): string {
  const emotion = (isEmotionKey(row.emotion) ? EMOTION_LABELS[row.emotion] : row.emotion).toLowerCase();
  switch (row.difference) {
    case 'missed':
      return `${reporter} feels ${emotion} (${row.reported}/10); ${guesser} did not name it.`;
    case 'not_reported':
      return `${guesser} believes ${reporter} feels ${emotion} (${row.guessed}/10); ${reporter} did not report it.`;
    default:
      return `${guesser} believes ${reporter} feels ${emotion} at ${row.guessed}/10; ${reporter} reported ${row.reported}/10.`;
  }
}

/** Midnight, `days` days before `now`. */
export function daysAgo(days: number, now: Date = new Date()): Date {
  const date = new Date(now);
  date.setHours(0, 0, 0, 0);
  date.setDate(date.getDate() - days);
  return date;
}
