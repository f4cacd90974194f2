import type { ExerciseDefinition, Scoring, Section } from '@trp/exercises';

/**
 * The practice's own exercise library (DESIGN.md, "Practice exercise library"): `GET/POST /api/library/exercises`,
 * `GET/PATCH /api/library/exercises/:key`, `POST /api/library/exercises/:key/archive`.
 */
export const LIBRARY_ROUTES = {
  exercises: '/api/library/exercises',
  exercise: (key: string) => `/api/library/exercises/${encodeURIComponent(key)}`,
  archive: (key: string) => `/api/library/exercises/${encodeURIComponent(key)}/archive`,
} as const;

/** Where a definition comes from: shipped with the product, or made by the practice. */
export type ExerciseSource = 'builtin' | 'practice';

/** Every practice exercise's key starts with this (`custom-<slug>-<short id>`). */
export const PRACTICE_EXERCISE_KEY_PREFIX = 'custom-';

export function isPracticeExerciseKey(key: string): boolean {
  return key.startsWith(PRACTICE_EXERCISE_KEY_PREFIX);
}

/**
 * One exercise of the practice's library: its latest version as an `ExerciseDefinition` (the closing
 * private-note and safety-check section included, appended by the server), with who made it and its state.
 */
export interface LibraryExercise extends ExerciseDefinition {
  readonly source: 'practice';
  readonly author: { readonly id: string; readonly name: string };
  readonly archived: boolean;
  /** Only when archived. */
  readonly archivedAt?: string;
  /** When version 1 was saved. */
  readonly createdAt: string;
  /** When the latest version was saved. */
  readonly updatedAt: string;
  /** Whether the caller may save a new version or archive it (the author, or an admin who is also a counselor). */
  readonly canEdit: boolean;
}

/**
 * POST body (all of `title`, `summary`, `sections` needed) and PATCH body (any subset; `scoring: null` removes the
 * scoring block). `sections` are the practice's own: a trailing closing section (`for-your-counselor`, as in an
 * exported definition) is replaced by the built-in one. `key`, `version`, `source` and `author` may be sent (an
 * exported definition imports as is) and are ignored: the server sets them.
 */
export interface LibraryExerciseInput {
  readonly title: string;
  readonly summary: string;
  readonly sections: readonly Section[];
  readonly scoring?: Scoring | null;
}

/** PATCH body: `version`, when sent, must be the latest version (else 409 with `current`), so two editors cannot overwrite each other. */
export type LibraryExercisePatch = Partial<LibraryExerciseInput> & { readonly version?: number };

/** GET /api/exercises: the built-ins (`source: 'builtin'`) first, then the practice's exercises that are not archived. */
export type AssignableExercise = (ExerciseDefinition & { readonly source: 'builtin' }) | LibraryExercise;
