import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable, type Signal, signal, type WritableSignal } from '@angular/core';
import { type AssignableExercise, CASELOAD_ROUTES, isPracticeExerciseKey, LIBRARY_ROUTES } from '@trp/contracts';
import { type ExerciseDefinition, latestDefinitions, localizeDefinition } from '@trp/exercises';
import { pageLocale } from '@trp/web-ui/i18n';
import { type Observable, tap } from 'rxjs';
import { builtInDefinition, type DefinitionLookup } from '../domain/definition-lookup';

/** Where a definition stands: built-ins are `ready` at once; a practice exercise is fetched once. */
export type DefinitionState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly definition: ExerciseDefinition }
  /** 404: the practice has no such exercise or version (any more). */
  | { readonly status: 'missing' }
  /** Any other failure (offline, 5xx): `reload` tries again. */
  | { readonly status: 'failed' };

/** `GET /api/exercises/:key/versions/:version` */
export function exerciseVersionPath(key: string, version: number): string {
  return `${CASELOAD_ROUTES.exercises}/${encodeURIComponent(key)}/versions/${version}`;
}

const LATEST = 'latest';

/**
 * The one place the staff app gets exercise definitions from: the built-ins synchronously from `@trp/exercises`, the
 * practice's own (`custom-…`) fetched once per (key, version) and kept for the session. Reads are signals, so a
 * `computed` that asks for a definition updates when it arrives.
 */
@Injectable({ providedIn: 'root' })
export class ExerciseDefinitions {
  private readonly http = inject(HttpClient);
  private readonly cache = new Map<string, WritableSignal<DefinitionState>>();

  /** The built-ins' latest versions, in their order and the page's language (no request). */
  builtIns(): readonly ExerciseDefinition[] {
    return latestDefinitions().map((definition) => localizeDefinition(definition, pageLocale()));
  }

  /** The definition (`version` given: that one; else the latest) as a signal of its state. */
  state(key: string, version?: number): Signal<DefinitionState> {
    if (!isPracticeExerciseKey(key)) {
      const definition = builtInDefinition(key, version);
      return signal<DefinitionState>(definition ? { status: 'ready', definition } : { status: 'missing' }).asReadonly();
    }
    const id = cacheId(key, version);
    let entry = this.cache.get(id);
    if (!entry) {
      entry = signal<DefinitionState>({ status: 'loading' });
      this.cache.set(id, entry);
      this.fetch(key, version, entry);
    }
    return entry.asReadonly();
  }

  /** The definition, or `undefined` while loading or when there is none (reactive inside `computed`). */
  readonly get: DefinitionLookup = (key, version) => {
    const state = this.state(key, version)();
    return state.status === 'ready' ? state.definition : undefined;
  };

  /** Tries again after a failure (not after a 404: that exercise is gone). */
  reload(key: string, version?: number): void {
    const entry = this.cache.get(cacheId(key, version));
    if (!entry || entry().status !== 'failed') return;
    entry.set({ status: 'loading' });
    this.fetch(key, version, entry);
  }

  /** `GET /api/exercises`: what a counselor can assign (built-ins first, then the practice's own); each is remembered. */
  assignable(): Observable<AssignableExercise[]> {
    return this.http.get<AssignableExercise[]>(CASELOAD_ROUTES.exercises).pipe(tap((list) => list.forEach((definition) => this.remember(definition))));
  }

  /**
   * A practice definition this app already holds (from a list): later reads of that version need no request. Its
   * closing section (the built-in one every exercise ends with) is shown in the page's language, like the built-ins.
   */
  remember(fetched: ExerciseDefinition): void {
    if (!isPracticeExerciseKey(fetched.key)) return;
    const definition = localizeDefinition(fetched, pageLocale());
    const id = cacheId(definition.key, definition.version);
    const entry = this.cache.get(id);
    if (entry) entry.set({ status: 'ready', definition });
    else this.cache.set(id, signal<DefinitionState>({ status: 'ready', definition }));
  }

  private fetch(key: string, version: number | undefined, entry: WritableSignal<DefinitionState>): void {
    const request =
      version === undefined ? this.http.get<ExerciseDefinition>(LIBRARY_ROUTES.exercise(key)) : this.http.get<ExerciseDefinition>(exerciseVersionPath(key, version));
    request.subscribe({
      next: (fetched) => {
        const definition = localizeDefinition(fetched, pageLocale());
        entry.set({ status: 'ready', definition });
        if (version === undefined) this.remember(definition);
      },
      error: (error: unknown) => entry.set(error instanceof HttpErrorResponse && error.status === 404 ? { status: 'missing' } : { status: 'failed' }),
    });
  }
}

function cacheId(key: string, version: number | undefined): string {
  return `${key}@${version ?? LATEST}`;
}
