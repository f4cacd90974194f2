import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { ExerciseDefinition, Scoring, Section } from '@trp/exercises';
import { map, type Observable } from 'rxjs';

/**
 * The practice's own exercises (DESIGN.md, "Practice exercise library"). The API is built alongside this page;
 * the shapes below are what this page assumes, read from the wire in ONE place (`toLibraryExercise`,
 * `toLibraryList`) so a difference is mended here only.
 */
export const LIBRARY_API = {
  exercises: '/api/library/exercises',
  exercise: (key: string) => `/api/library/exercises/${encodeURIComponent(key)}`,
  archive: (key: string) => `/api/library/exercises/${encodeURIComponent(key)}/archive`,
} as const;

export interface LibraryAuthor {
  /** `null` when the API names the author only. */
  readonly id: string | null;
  readonly displayName: string;
}

/** One practice exercise: the `ExerciseDefinition` shape (key `custom-…`) with who made it and whether it is archived. */
export interface LibraryExercise extends ExerciseDefinition {
  readonly source: 'practice';
  readonly author: LibraryAuthor;
  readonly archived: boolean;
  /** When the API says so (`canEdit`); otherwise the page decides from the author and the caller's roles. */
  readonly canEdit?: boolean;
}

/** What POST and PATCH take. The server appends the private-note and safety-check section itself. */
export interface LibraryExerciseBody {
  readonly title: string;
  readonly summary: string;
  readonly sections: readonly Section[];
  readonly scoring?: Scoring;
}

/** PATCH: the whole definition, `scoring: null` to remove it, and the version edited (409 when a newer one was saved). */
export interface LibraryExercisePatch extends Omit<LibraryExerciseBody, 'scoring'> {
  readonly scoring: Scoring | null;
  readonly version: number;
}

type Raw = Record<string, unknown>;

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function authorOf(raw: unknown): LibraryAuthor {
  if (typeof raw === 'string') return { id: null, displayName: raw };
  if (isRecord(raw)) {
    const name = raw['displayName'] ?? raw['name'] ?? raw['email'];
    return { id: typeof raw['id'] === 'string' ? raw['id'] : null, displayName: typeof name === 'string' ? name : '' };
  }
  return { id: null, displayName: '' };
}

/** One exercise as the API answers it. Assumed: the definition's members, `author` (an object with `id` and `displayName`, or a name), `archived`. */
export function toLibraryExercise(raw: unknown): LibraryExercise {
  const item = isRecord(raw) ? raw : {};
  const definition = item as unknown as ExerciseDefinition;
  return {
    key: String(definition.key ?? ''),
    version: Number(definition.version ?? 1),
    title: String(definition.title ?? ''),
    summary: String(definition.summary ?? ''),
    sections: Array.isArray(definition.sections) ? definition.sections : [],
    ...(definition.scoring && { scoring: definition.scoring }),
    source: 'practice',
    author: authorOf(item['author'] ?? item['authorName']),
    archived: item['archived'] === true || (typeof item['archivedAt'] === 'string' && item['archivedAt'] !== ''),
    ...(typeof item['canEdit'] === 'boolean' && { canEdit: item['canEdit'] }),
  };
}

/** The list as the API answers it. Assumed `{ items: [...] }`; a bare array is read too. */
export function toLibraryList(raw: unknown): LibraryExercise[] {
  const items = Array.isArray(raw) ? raw : isRecord(raw) && Array.isArray(raw['items']) ? raw['items'] : [];
  return items.map(toLibraryExercise);
}

/** `/api/library/exercises`: list, read one, create, save a new version, archive. */
@Injectable({ providedIn: 'root' })
export class LibraryApi {
  private readonly http = inject(HttpClient);

  list(): Observable<LibraryExercise[]> {
    return this.http.get<unknown>(LIBRARY_API.exercises).pipe(map(toLibraryList));
  }

  get(key: string): Observable<LibraryExercise> {
    return this.http.get<unknown>(LIBRARY_API.exercise(key)).pipe(map(toLibraryExercise));
  }

  create(body: LibraryExerciseBody): Observable<LibraryExercise> {
    return this.http.post<unknown>(LIBRARY_API.exercises, body).pipe(map(toLibraryExercise));
  }

  /** Saving a change makes a new version; assignments made before keep theirs. */
  update(key: string, body: LibraryExercisePatch): Observable<LibraryExercise> {
    return this.http.patch<unknown>(LIBRARY_API.exercise(key), body).pipe(map(toLibraryExercise));
  }

  archive(key: string): Observable<LibraryExercise> {
    return this.http.post<unknown>(LIBRARY_API.archive(key), {}).pipe(map(toLibraryExercise));
  }
}
