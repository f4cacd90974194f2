import { WritableSignal, computed, signal } from '@angular/core';
import { Page } from '@trp/contracts';
import { Observable, Subscription } from 'rxjs';
import { errorMessage } from '../../../core/http/api-error';

/**
 * One list read page by page with the API's cursors: a query (filters), the current page, Next/Previous
 * (the cursors of the pages seen so far are kept, so Previous needs no backwards cursor), and loading /
 * error state. A new query starts again at the first page; a late answer to an older request is dropped.
 */
export class PagedList<T, Q extends object> {
  private readonly queryState: WritableSignal<Q>;
  /** Cursors of the pages before the current one; the first page has no cursor. */
  private readonly cursors = signal<(string | undefined)[]>([]);
  private readonly currentCursor = signal<string | undefined>(undefined);
  private readonly page = signal<Page<T> | null>(null);
  private readonly loadingState = signal(false);
  private readonly errorState = signal<string | null>(null);
  private request: Subscription | null = null;

  readonly query: () => Q;
  readonly items = computed(() => this.page()?.items ?? []);
  readonly loading = this.loadingState.asReadonly();
  readonly error = this.errorState.asReadonly();
  /** True once a page has arrived (so "no results" can be told from "not loaded yet"). */
  readonly loaded = computed(() => this.page() !== null);
  readonly hasNext = computed(() => !!this.page()?.nextCursor);
  readonly hasPrevious = computed(() => this.cursors().length > 0);
  /** 1-based number of the current page. */
  readonly pageNumber = computed(() => this.cursors().length + 1);

  constructor(
    private readonly fetch: (query: Q, cursor: string | undefined) => Observable<Page<T>>,
    initial: Q,
    private readonly failureText = $localize`:@@admin.list.weCouldNotLoad:We could not load this list. Please try again.`,
  ) {
    this.queryState = signal<Q>(initial);
    this.query = this.queryState.asReadonly();
  }

  /** New filters: back to the first page. */
  setQuery(query: Q): void {
    this.queryState.set(query);
    this.cursors.set([]);
    this.currentCursor.set(undefined);
    this.load();
  }

  patchQuery(patch: Partial<Q>): void {
    this.setQuery({ ...this.queryState(), ...patch });
  }

  next(): void {
    const next = this.page()?.nextCursor;
    if (!next || this.loadingState()) return;
    this.cursors.update((list) => [...list, this.currentCursor()]);
    this.currentCursor.set(next);
    this.load();
  }

  previous(): void {
    const list = this.cursors();
    if (list.length === 0 || this.loadingState()) return;
    this.cursors.set(list.slice(0, -1));
    this.currentCursor.set(list[list.length - 1]);
    this.load();
  }

  /** The current page again (after a change, or to retry). */
  load(): void {
    this.request?.unsubscribe();
    this.loadingState.set(true);
    this.errorState.set(null);
    this.request = this.fetch(this.queryState(), this.currentCursor()).subscribe({
      next: (page) => {
        this.page.set(page);
        this.loadingState.set(false);
      },
      error: (failure: unknown) => {
        this.errorState.set(errorMessage(failure, this.failureText));
        this.loadingState.set(false);
      },
    });
  }

  /** Replaces one item in place (after an edit answered the new version). */
  replace(match: (item: T) => boolean, item: T): void {
    const page = this.page();
    if (page) this.page.set({ ...page, items: page.items.map((existing) => (match(existing) ? item : existing)) });
  }

  destroy(): void {
    this.request?.unsubscribe();
  }
}
