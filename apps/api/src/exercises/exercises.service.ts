import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AssignableExercise, DEFAULT_LOCALE, isPracticeExerciseKey, type Locale } from '@trp/contracts';
import { ExerciseDefinition, getDefinition, latestDefinition, latestDefinitions, localizeDefinition, SCORED_BUILT_IN_KEYS } from '@trp/exercises';
import { DataSource, type EntityManager } from 'typeorm';
import { decideLibraryExerciseAccess } from '../access/access-rules';
import type { StaffAuthContext } from '../auth/auth-context';
import { toLibraryExercise } from '../library/dto/library-exercise.dto';
import { PracticeExercisesStore } from '../library/practice-exercises.store';

/** What names a definition: an assignment's `(exerciseKey, exerciseVersion)`. */
export interface DefinitionRef {
  readonly exerciseKey: string;
  readonly exerciseVersion: number;
}

/** A synchronous look-up over definitions loaded beforehand (for mappers that run per row). */
export type DefinitionLookup = (key: string, version: number) => ExerciseDefinition | undefined;

/**
 * The one resolver of exercise definitions: built-in ones (data in @trp/exercises) and the practice's own
 * (`custom-…`, from the library's tables), always within one practice. Every feature that turns an assignment's
 * `(key, version)` into a definition — portal, review, session prep, trends, exports, agreements — asks here.
 * A pinned version is served whatever happened since (a newer version, archiving).
 *
 * Definitions come in a `locale` (English by default): the built-ins' words in that language, the same ids, values
 * and limits (`localizeDefinition`); a practice's own exercise as its author wrote it, but for the closing section
 * every exercise ends with, translated like the built-ins'. Answers never depend on it.
 */
@Injectable()
export class ExercisesService {
  constructor(
    private readonly practiceExercises: PracticeExercisesStore,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** `GET /api/exercises`: the built-ins' latest versions, then the practice's exercises that are not archived. */
  async assignable(auth: StaffAuthContext, locale: Locale = DEFAULT_LOCALE): Promise<AssignableExercise[]> {
    const own = await this.practiceExercises.list(auth.practiceId, false);
    return [
      ...latestDefinitions().map((definition) => ({ ...localizeDefinition(definition, locale), source: 'builtin' as const })),
      ...own.map((record) => toLibraryExercise(record, decideLibraryExerciseAccess(auth, record, 'edit') === 'allow')),
    ];
  }

  /** The version a new assignment gets: the latest built-in, or the latest of a practice exercise that is not archived. */
  async latestAssignable(practiceId: string, key: string, manager?: EntityManager): Promise<ExerciseDefinition | undefined> {
    if (!isPracticeExerciseKey(key)) return latestDefinition(key);
    const record = await this.practiceExercises.find(practiceId, key, manager);
    return record && !record.archivedAt ? record.definition : undefined;
  }

  /** The definition `(key, version)` of the practice (built-in or its own, archived or not); `undefined` when none. */
  async definition(
    practiceId: string,
    key: string,
    version: number,
    manager?: EntityManager,
    locale: Locale = DEFAULT_LOCALE,
  ): Promise<ExerciseDefinition | undefined> {
    if (!isPracticeExerciseKey(key)) return localized(getDefinition(key, version), locale);
    return localized((await this.practiceExercises.versions(practiceId, [{ key, version }], manager)).get(`${key}@${version}`), locale);
  }

  /** `GET /api/exercises/:key/versions/:version`: one version, or 404. */
  async version(practiceId: string, key: string, version: number, locale: Locale = DEFAULT_LOCALE): Promise<ExerciseDefinition> {
    const definition = await this.definition(practiceId, key, version, undefined, locale);
    if (!definition) throw new NotFoundException(`There is no exercise "${key}" version ${version}.`);
    return definition;
  }

  /**
   * The keys whose submissions may carry a score: the scored built-ins and every exercise of the practice's own (a
   * query over scores filters on these keys, so it stays on the couple-and-exercise index).
   */
  async scoredKeys(practiceId: string, manager?: EntityManager): Promise<string[]> {
    const own = await this.practiceExercises.list(practiceId, undefined, manager);
    return [...SCORED_BUILT_IN_KEYS, ...own.map((record) => record.key)];
  }

  /** Loads every definition these rows name (one query for the practice's own) and answers a synchronous look-up. */
  async lookup(practiceId: string, refs: readonly DefinitionRef[], manager?: EntityManager, locale: Locale = DEFAULT_LOCALE): Promise<DefinitionLookup> {
    const custom = refs.filter((ref) => isPracticeExerciseKey(ref.exerciseKey)).map((ref) => ({ key: ref.exerciseKey, version: ref.exerciseVersion }));
    const unique = [...new Map(custom.map((ref) => [`${ref.key}@${ref.version}`, ref])).values()];
    const loaded = await this.practiceExercises.versions(practiceId, unique, manager);
    return (key, version) => localized(isPracticeExerciseKey(key) ? loaded.get(`${key}@${version}`) : getDefinition(key, version), locale);
  }
}

function localized(definition: ExerciseDefinition | undefined, locale: Locale): ExerciseDefinition | undefined {
  return definition && localizeDefinition(definition, locale);
}
