import * as fc from 'fast-check';
import { type AnswerValue, type ExerciseDefinition, fieldsOf, latestDefinitions, safetyFlags, validateAnswers } from '@trp/exercises';
import { arbitraryAnswersFor, loremText } from '@trp/exercises/testing';

/** One pre-generated answer set, ready for COPY: its JSON text and whether it raises a safety flag. */
export interface PooledAnswers {
  readonly json: string;
  readonly flagged: boolean;
}

export interface ExercisePool {
  readonly definition: ExerciseDefinition;
  /** Valid in submit mode (every required question answered). */
  readonly submitted: readonly PooledAnswers[];
  /** Valid in draft mode (partly answered). */
  readonly drafts: readonly PooledAnswers[];
}

/** The share of submitted responses whose safety check raises a flag (real practices: a few per cent). */
export const FLAGGED_SHARE = 0.03;

/**
 * A pool of valid answer sets per exercise (latest versions), generated from the definitions with fast-check
 * and reused round-robin by the generator: sampling 1M answer sets with fast-check would take far too long.
 * The safety check is set to a non-flagging option except for FLAGGED_SHARE of the submitted sets.
 * Every set is checked with `validateAnswers` (submit mode for submissions, draft mode for drafts).
 */
export function buildAnswerPools(perExercise: number, seed = 7): ExercisePool[] {
  return latestDefinitions().map((definition, index) => {
    const flagFields = fieldsOf(definition).filter((f) => f.type === 'choice' && (f.flagWhen?.length ?? 0) > 0);
    const make = (fill: 'all' | 'some', mode: 'submit' | 'draft', flagEvery: number): PooledAnswers[] => {
      const runs = mode === 'submit' ? Math.ceil(perExercise / 2) : perExercise;
      const raw = fc.sample(arbitraryAnswersFor(definition, { fill, text: loremText }), { numRuns: runs, seed: seed + index * 31 + (fill === 'all' ? 0 : 17) + (mode === 'draft' ? 5 : 0) });
      return raw.map((answers, i) => {
        const adjusted: Record<string, AnswerValue> = { ...answers };
        const flag = flagEvery > 0 && i % flagEvery === 0;
        for (const field of flagFields) {
          const safe = (field.options ?? []).map((o) => o.value).filter((v) => !field.flagWhen?.includes(v));
          if (flag) adjusted[field.id] = field.flagWhen?.[0] ?? adjusted[field.id];
          else if (field.id in adjusted || mode === 'submit') adjusted[field.id] = safe[i % safe.length] ?? adjusted[field.id];
        }
        const checked = validateAnswers(definition, adjusted, mode);
        if (!checked.ok) throw new Error(`answer pool: invalid ${definition.key} answers: ${JSON.stringify(checked.errors)}`);
        return { json: JSON.stringify(checked.answers), flagged: mode === 'submit' && safetyFlags(definition, checked.answers).length > 0 };
      });
    };
    const every = Math.round(1 / FLAGGED_SHARE);
    return {
      definition,
      submitted: [...make('all', 'submit', every), ...make('some', 'submit', every)],
      drafts: make('some', 'draft', 0),
    };
  });
}
