import type { DigestNews } from '@trp/contracts';
import { type Answers, type ExerciseDefinition, fieldsOf } from '@trp/exercises';

/** How many differences an entry lists, and the most news lines. */
export const TOP_DIFFERENCES = 3;
export const MAX_NEWS = 20;

export interface DigestPartner {
  readonly id: string;
  readonly name: string;
}

export interface DigestAssignment {
  readonly id: string;
  readonly opensAt: Date;
  readonly definition: ExerciseDefinition;
}

export interface DigestResponse {
  readonly assignmentId: string;
  readonly partnerId: string;
  readonly submittedAt: Date;
  readonly answers: Answers;
}

export interface DigestFacts {
  readonly since: Date;
  readonly now: Date;
  readonly partners: readonly DigestPartner[];
  /** The couple's assignments (not cancelled) that opened since `since` or have submissions. */
  readonly assignments: readonly DigestAssignment[];
  /** Submitted responses of those assignments (any time: a difference needs both partners' answers). */
  readonly responses: readonly DigestResponse[];
}

/**
 * What is new for one couple since `since` (exercises that opened, submissions), oldest first, at most MAX_NEWS
 * (the newest kept), and the largest differences between the partners on the scales of the assignments with a
 * submission since then. Counselor-only fields (private note, safety check) are never compared.
 */
export function assembleDigest(facts: DigestFacts): { news: DigestNews[]; differences: string[] } {
  const name = (id: string) => facts.partners.find((p) => p.id === id)?.name ?? 'A partner';
  const byId = new Map(facts.assignments.map((a) => [a.id, a]));
  const isNew = (at: Date) => at.getTime() >= facts.since.getTime() && at.getTime() <= facts.now.getTime();
  const news: { at: Date; text: string }[] = [];
  for (const assignment of facts.assignments) {
    if (isNew(assignment.opensAt)) news.push({ at: assignment.opensAt, text: `${assignment.definition.title} opened` });
  }
  for (const response of facts.responses) {
    const assignment = byId.get(response.assignmentId);
    if (assignment && isNew(response.submittedAt)) news.push({ at: response.submittedAt, text: `${name(response.partnerId)} submitted ${assignment.definition.title}` });
  }
  news.sort((a, b) => a.at.getTime() - b.at.getTime() || a.text.localeCompare(b.text));

  const gaps: { gap: number; text: string }[] = [];
  for (const assignment of facts.assignments) {
    const answers = facts.responses.filter((r) => r.assignmentId === assignment.id);
    const [x, y] = facts.partners.map((p) => answers.find((r) => r.partnerId === p.id));
    if (!x || !y || !(isNew(x.submittedAt) || isNew(y.submittedAt))) continue;
    for (const field of fieldsOf(assignment.definition)) {
      if (field.type !== 'scale' || field.counselorOnly) continue;
      const a = x.answers[field.id];
      const b = y.answers[field.id];
      if (typeof a !== 'number' || typeof b !== 'number' || a === b) continue;
      gaps.push({ gap: Math.abs(a - b), text: `${assignment.definition.title}, “${field.label}”: ${name(x.partnerId)} ${a}, ${name(y.partnerId)} ${b}` });
    }
  }
  gaps.sort((a, b) => b.gap - a.gap || a.text.localeCompare(b.text));
  return {
    news: news.slice(-MAX_NEWS).map((n) => ({ at: n.at.toISOString(), text: n.text })),
    differences: gaps.slice(0, TOP_DIFFERENCES).map((g) => g.text),
  };
}
