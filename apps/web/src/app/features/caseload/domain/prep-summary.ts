import { EMOTION_TEXT } from '@trp/web-ui/i18n';
import type { AssignmentView, CounselorNoteView, CoupleView, PartnerView } from '@trp/contracts';
import { isEmotionKey, type ScoreChange, scoreChangesSince, type ScoredSubmission } from '@trp/exercises';
import { compareFeelingsTables, type FeelingsComparisonRow } from './feelings-comparison';
import { builtInDefinition, type DefinitionLookup } from './definition-lookup';
import { definitionOf, exerciseTitle } from './labels';
import { type CounselorOnlyAnswers, counselorOnlyAnswers, reviewPartners } from './review-model';

/**
 * Where "since the last session" starts (DESIGN.md, Sessions), for the prep sheet's notes and news: the couple's
 * latest session that has begun (`lastSessionAt`, by the server's clock), else when the couple was added.
 */
export function lastSessionStart(couple: Pick<CoupleView, 'lastSessionAt' | 'createdAt'>): Date {
  return new Date(couple.lastSessionAt ?? couple.createdAt);
}

/** The exercise and scale whose change over time the prep sheet shows. */
export const READINESS_EXERCISE_KEY = 'acknowledge-the-breach';
export const READINESS_FIELD_ID = 'readiness';
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
  /** What each partner who submitted told the counselor only: safety answer and private note. */
  readonly forCounselor: readonly CounselorOnlyAnswers[];
}

export interface ReadinessPoint {
  readonly value: number;
  readonly submittedAt: string;
  readonly assignmentId: string;
}

/** One partner's "how ready" answers from their last two acknowledge exercises, newest first. */
export interface ReadinessChange {
  readonly partnerId: string;
  readonly name: string;
  readonly latest?: ReadinessPoint;
  readonly previous?: ReadinessPoint;
  /** latest − previous, when both exist. */
  readonly change?: number;
}

/**
 * The session-prep summary of a couple's assignments (cancelled ones left out): per assignment,
 * what happened since `since`, the largest feelings differences and the safety flags. Assignments
 * with news come first, then the others, newest first.
 */
export function prepSummary(
  assignments: readonly AssignmentView[],
  partners: readonly PartnerView[],
  since: Date,
  lookup: DefinitionLookup = builtInDefinition,
): PrepItem[] {
  const items = assignments
    .filter((assignment) => assignment.status !== 'cancelled')
    .map((assignment) => prepItem(assignment, partners, since, lookup));
  const created = new Map(assignments.map((a) => [a.id, a.createdAt]));
  return items.sort(
    (x, y) => Number(y.news.length > 0) - Number(x.news.length > 0) || (created.get(y.assignmentId) ?? '').localeCompare(created.get(x.assignmentId) ?? ''),
  );
}

function prepItem(assignment: AssignmentView, partners: readonly PartnerView[], since: Date, lookup: DefinitionLookup): PrepItem {
  const definition = definitionOf(assignment, lookup);
  const people = reviewPartners(assignment, partners);
  const events: PrepEvent[] = [{ at: assignment.createdAt, text: $localize`:@@caseload.prep-summary.assigned:Assigned` }];
  for (const person of people) {
    if (person.progress.submittedAt) events.push({ at: person.progress.submittedAt, text: $localize`:@@caseload.prep-summary.submitted:${person.name}:name: submitted` });
  }
  if (assignment.unlockedAt) events.push({ at: assignment.unlockedAt, text: $localize`:@@caseload.prep-summary.unlocked:Unlocked for both partners` });
  if (assignment.reviewedAt) events.push({ at: assignment.reviewedAt, text: $localize`:@@caseload.prep-summary.reviewed:You marked it reviewed` });
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

  const forCounselor = definition ? people.map((p) => counselorOnlyAnswers(definition, p)) : [];
  const safetyFlags = forCounselor.filter((c) => c.flagged).map((c) => c.name);
  return {
    assignmentId: assignment.id,
    title: exerciseTitle(assignment, lookup),
    status: assignment.status,
    dueAt: assignment.dueAt,
    news,
    differences,
    safetyFlags,
    forCounselor: forCounselor.filter((c) => c.submitted && (c.safety !== null || c.note !== null)),
  };
}

/**
 * Each partner's readiness ("How ready do you feel…", 1–10) from their last two submitted
 * acknowledge exercises (cancelled ones included: what they said still counts), newest first.
 */
export function readinessChanges(assignments: readonly AssignmentView[], partners: readonly PartnerView[]): ReadinessChange[] {
  return partners.map((partner) => {
    const points: ReadinessPoint[] = [];
    for (const assignment of assignments) {
      if (assignment.exerciseKey !== READINESS_EXERCISE_KEY) continue;
      const progress = assignment.partners.find((p) => p.partnerId === partner.id);
      const value = progress?.status === 'submitted' ? progress.answers?.[READINESS_FIELD_ID] : undefined;
      if (typeof value === 'number' && progress?.submittedAt) {
        points.push({ value, submittedAt: progress.submittedAt, assignmentId: assignment.id });
      }
    }
    points.sort((x, y) => y.submittedAt.localeCompare(x.submittedAt));
    const [latest, previous] = points;
    return {
      partnerId: partner.id,
      name: partner.displayName,
      ...(latest ? { latest } : {}),
      ...(previous ? { previous } : {}),
      ...(latest && previous ? { change: latest.value - previous.value } : {}),
    };
  });
}

/** A partner's score change on one scored exercise, with the names the page shows. */
export interface PrepScoreChange extends ScoreChange {
  readonly title: string;
  readonly name: string;
}

/**
 * Per partner, for each scored exercise: the newest score since `since` (the last session) and its change from the
 * newest score before it (`scoreChangesSince`, the digest's rule too), from the scores stored with the submissions.
 */
export function prepScoreChanges(
  assignments: readonly AssignmentView[],
  partners: readonly PartnerView[],
  since: Date,
  lookup: DefinitionLookup = builtInDefinition,
): PrepScoreChange[] {
  const titles = new Map(assignments.map((assignment) => [assignment.exerciseKey, exerciseTitle(assignment, lookup)]));
  const submissions: ScoredSubmission[] = assignments
    .filter((assignment) => assignment.status !== 'cancelled')
    .flatMap((assignment) =>
      assignment.partners.flatMap((progress) =>
        progress.status === 'submitted' && progress.score && progress.submittedAt
          ? [{ exerciseKey: assignment.exerciseKey, partnerId: progress.partnerId, assignmentId: assignment.id, submittedAt: progress.submittedAt, ...progress.score }]
          : [],
      ),
    )
    .sort((x, y) => x.submittedAt.localeCompare(y.submittedAt));
  return scoreChangesSince(
    submissions,
    partners.map((p) => p.id),
    since,
  ).map((change) => ({
    ...change,
    title: titles.get(change.exerciseKey) ?? change.exerciseKey,
    name: partners.find((p) => p.id === change.partnerId)?.displayName ?? $localize`:@@caseload.prep-summary.a-partner:A partner`,
  }));
}

/** The signed-in counselor's own notes written on or after `since`, oldest first. */
export function myNotesSince(notes: readonly CounselorNoteView[], myId: string | null, since: Date): CounselorNoteView[] {
  if (!myId) return [];
  return notes
    .filter((note) => note.authorId === myId && new Date(note.createdAt).getTime() >= since.getTime())
    .sort((x, y) => x.createdAt.localeCompare(y.createdAt));
}

/** One difference in words, e.g. "Alex believes Sam feels guilt at 7; Sam reported 3." */
export function differenceSentence(row: FeelingsComparisonRow, guesser: string, reporter: string): string {
  const emotion = (isEmotionKey(row.emotion) ? EMOTION_TEXT[row.emotion] : row.emotion).toLowerCase();
  switch (row.difference) {
    case 'missed':
      return $localize`:@@caseload.prep-summary.not-named:${reporter}:reporter: feels ${emotion}:emotion:${strength(row.reported)}:strength:; ${guesser}:guesser: did not name it.`;
    case 'not_reported':
      return $localize`:@@caseload.prep-summary.not-reported:${guesser}:guesser: believes ${reporter}:reporter: feels ${emotion}:emotion:${strength(row.guessed)}:strength:; ${reporter}:reporter: did not report it.`;
    default:
      return $localize`:@@caseload.prep-summary.differs:${guesser}:guesser: believes ${reporter}:reporter: feels ${emotion}:emotion: at ${row.guessed}:guessed:/10; ${reporter}:reporter: reported ${row.reported}:reported:/10.`;
  }
}

/** " (7/10)", or nothing for an emotion named without an intensity. */
function strength(intensity: number | undefined): string {
  return intensity === undefined ? '' : ` (${intensity}/10)`;
}

/** Midnight, `days` days before `now`. */
export function daysAgo(days: number, now: Date = new Date()): Date {
  const date = new Date(now);
  date.setHours(0, 0, 0, 0);
  date.setDate(date.getDate() - days);
  return date;
}
