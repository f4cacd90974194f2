import { getField } from './fields';
import type { Answers, ExerciseDefinition, Field, Scoring } from './model';

/** A submission's score, with the band it falls in when the definition names bands. */
export interface Score {
  readonly value: number;
  readonly band?: string;
}

/** The lowest and highest score a definition's scoring can give. */
export interface ScoreRange {
  readonly min: number;
  readonly max: number;
}

function scoredFields(
  definition: ExerciseDefinition,
  scoring: Scoring,
): Field[] {
  return scoring.fields
    .map((item) => getField(definition, item.fieldId))
    .filter((field): field is Field => field !== undefined);
}

/** The possible range of the score (the sum of the scored scales' ends); `undefined` when unscored. */
export function scoreRange(
  definition: ExerciseDefinition,
): ScoreRange | undefined {
  const scoring = definition.scoring;
  if (!scoring) return undefined;
  let min = 0;
  let max = 0;
  for (const field of scoredFields(definition, scoring)) {
    min += field.min ?? 0;
    max += field.max ?? 0;
  }
  return { min, max };
}

/**
 * What is wrong with a definition's `scoring` block, one plain sentence each (empty when it is fine or absent):
 * every scored field exists, is a `scale` with integer ends, and is scored once; bands are integer ranges with
 * `min ≤ max` inside the possible range, labelled, and do not overlap.
 */
export function scoringProblems(definition: ExerciseDefinition): string[] {
  const scoring = definition.scoring;
  if (!scoring) return [];
  const problems: string[] = [];
  if (scoring.fields.length === 0)
    problems.push('scoring.fields: at least one field is scored');
  const seen = new Set<string>();
  for (const item of scoring.fields) {
    const field = getField(definition, item.fieldId);
    if (seen.has(item.fieldId))
      problems.push(`scoring.fields: ${item.fieldId} is scored twice`);
    seen.add(item.fieldId);
    if (!field) {
      problems.push(
        `scoring.fields: ${item.fieldId} is not a field of ${definition.key}`,
      );
    } else if (field.type !== 'scale') {
      problems.push(
        `scoring.fields: ${item.fieldId} is a ${field.type}, only a scale can be scored`,
      );
    } else if (
      !Number.isInteger(field.min) ||
      !Number.isInteger(field.max) ||
      (field.min ?? 0) >= (field.max ?? 0)
    ) {
      problems.push(`scoring.fields: ${item.fieldId} needs integer min < max`);
    }
  }
  if (problems.length > 0) return problems;
  const range = scoreRange(definition) ?? { min: 0, max: 0 };
  const bands = [...(scoring.bands ?? [])];
  for (const band of bands) {
    if (
      !Number.isInteger(band.min) ||
      !Number.isInteger(band.max) ||
      band.min > band.max
    ) {
      problems.push(`scoring.bands: "${band.label}" needs integer min ≤ max`);
    } else if (band.min < range.min || band.max > range.max) {
      problems.push(
        `scoring.bands: "${band.label}" (${band.min}–${band.max}) is outside the possible range ${range.min}–${range.max}`,
      );
    }
    if (band.label.trim() === '')
      problems.push('scoring.bands: every band has a label');
  }
  const sorted = bands.sort((a, b) => a.min - b.min);
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1];
    const band = sorted[i];
    if (previous && band && band.min <= previous.max) {
      problems.push(
        `scoring.bands: "${previous.label}" and "${band.label}" overlap`,
      );
    }
  }
  return problems;
}

/**
 * The score of a set of answers: the sum of the scored scales (a reversed item counts `min + max − value`), with
 * its band. `undefined` when the definition is unscored or any scored item was skipped or is not a valid value:
 * a partial sum would read as a lower score.
 */
export function scoreOf(
  definition: ExerciseDefinition,
  answers: Answers,
): Score | undefined {
  const scoring = definition.scoring;
  if (!scoring || scoring.fields.length === 0) return undefined;
  let value = 0;
  for (const item of scoring.fields) {
    const field = getField(definition, item.fieldId);
    if (
      !field ||
      field.type !== 'scale' ||
      field.min === undefined ||
      field.max === undefined
    )
      return undefined;
    const answer = Object.prototype.hasOwnProperty.call(answers, item.fieldId)
      ? answers[item.fieldId]
      : undefined;
    if (
      typeof answer !== 'number' ||
      !Number.isInteger(answer) ||
      answer < field.min ||
      answer > field.max
    )
      return undefined;
    value += item.reverse ? field.min + field.max - answer : answer;
  }
  const band = scoreBand(definition, value);
  return band ? { value, band } : { value };
}

/** The label of the band a score falls in; `undefined` when the definition names none that covers it. */
export function scoreBand(
  definition: ExerciseDefinition,
  value: number,
): string | undefined {
  return definition.scoring?.bands?.find(
    (candidate) => value >= candidate.min && value <= candidate.max,
  )?.label;
}

/** The definition as a partner may read it: without its `scoring` block (partners never see scores or bands). */
export function withoutScoring(definition: ExerciseDefinition): ExerciseDefinition {
  if (!definition.scoring) return definition;
  return {
    key: definition.key,
    version: definition.version,
    title: definition.title,
    summary: definition.summary,
    sections: definition.sections,
  };
}
