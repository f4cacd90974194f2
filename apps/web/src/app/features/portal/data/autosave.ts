import { signal } from '@angular/core';
import type { Answers } from '@trp/exercises';
import { sameAnswers } from './local-drafts';
import type { PortalFailure } from './portal-errors';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'offline' | 'error' | 'conflict' | 'ended';

/** The words of each status, for the visible and announced save indicator. */
export const SAVE_STATUS_TEXT: Record<SaveStatus, string> = {
  idle: '',
  pending: $localize`:@@portal.save.saving:Saving…`,
  saving: $localize`:@@portal.save.saving:Saving…`,
  saved: $localize`:@@portal.save.saved:Saved`,
  offline: $localize`:@@portal.save.offline:Offline — will retry`,
  error: $localize`:@@portal.save.error:Couldn't save`,
  conflict: $localize`:@@portal.save.conflict:Changed on another device`,
  ended: $localize`:@@portal.save.ended:Couldn't save — open your link again`,
};

export interface AutosaveDeps {
  /** Saves a draft; resolves the new version, or rejects with a `PortalFailure`. */
  readonly save: (answers: Answers, version: number) => Promise<{ version: number }>;
  /** Saves as the page goes away (keepalive, no answer). */
  readonly saveOnExit: (answers: Answers, version: number) => void;
  /** Keeps the local copy (every change), and forgets it once the server confirms these answers. */
  readonly keepLocal: (answers: Answers, baseVersion: number) => void;
  readonly forgetLocal: () => void;
  /** Another device saved first: the partner must choose (never a silent overwrite). */
  readonly onConflict: (current: { version: number; answers: Answers }) => void;
  /** The response was submitted (elsewhere) or the assignment closed: reload the page's data. */
  readonly onStale: () => void;
  readonly isOnline: () => boolean;
}

/** Wait after the last keystroke before saving. */
export const AUTOSAVE_DELAY_MS = 1000;
/** Retry delays when offline or the server failed: 2 s, 4 s, 8 s … up to a minute. */
export const RETRY_BASE_MS = 2000;
export const RETRY_MAX_MS = 60_000;

/**
 * Autosave of one partner's draft: saves a moment after typing stops, one request at a time, always with the
 * last version the server confirmed; keeps a local copy until the server has it; retries with backoff when
 * offline (and at once when the browser comes back online); stops and asks on a conflict.
 */
export class Autosave {
  private readonly statusState = signal<SaveStatus>('idle');
  readonly status = this.statusState.asReadonly();
  /** When the server last confirmed a save (for "Saved at …"). */
  readonly savedAt = signal<Date | null>(null);

  private answers: Answers = {};
  private version: number;
  private dirty = false;
  private inFlight = false;
  private stopped = false;
  private paused = false;
  private debounce: ReturnType<typeof setTimeout> | null = null;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private attempts = 0;

  constructor(
    private readonly deps: AutosaveDeps,
    start: { answers: Answers; version: number; dirty?: boolean },
  ) {
    this.answers = start.answers;
    this.version = start.version;
    if (start.dirty) {
      this.dirty = true;
      this.deps.keepLocal(this.answers, this.version);
      this.schedule(0);
    } else if (start.version > 0) {
      this.statusState.set('saved'); // what is on screen is what the server has
    }
  }

  get currentVersion(): number {
    return this.version;
  }

  get hasUnsavedChanges(): boolean {
    return this.dirty || this.inFlight;
  }

  /** The partner changed something. */
  change(answers: Answers): void {
    if (this.stopped) return;
    this.answers = answers;
    this.dirty = true;
    this.deps.keepLocal(answers, this.version);
    if (this.statusState() !== 'offline' && this.statusState() !== 'conflict' && this.statusState() !== 'ended') this.statusState.set('pending');
    if (this.statusState() === 'conflict' || this.statusState() === 'ended') return;
    this.schedule(AUTOSAVE_DELAY_MS);
  }

  /** Save now (leaving the page inside the app, or the submit button). Resolves when nothing is left to save. */
  async flush(): Promise<void> {
    this.clearDebounce();
    await this.run();
  }

  /** The page is being hidden or closed: hand the last changes to the browser (keepalive). */
  flushOnExit(): void {
    if (!this.dirty || this.stopped || this.statusState() === 'conflict') return;
    this.deps.saveOnExit(this.answers, this.version);
  }

  /** The browser says it is online again: retry at once. */
  online(): void {
    if (this.dirty && !this.inFlight && (this.statusState() === 'offline' || this.statusState() === 'error')) {
      this.clearRetry();
      this.attempts = 0;
      void this.run();
    }
  }

  /** After the partner chose a version in the conflict dialog: continue from the server's current version. */
  resolve(answers: Answers, version: number, keepMine: boolean): void {
    this.answers = answers;
    this.version = version;
    this.statusState.set(keepMine ? 'pending' : 'saved');
    this.dirty = keepMine;
    if (keepMine) {
      this.deps.keepLocal(answers, version);
      this.schedule(0);
    } else {
      this.deps.forgetLocal();
    }
  }

  /** While submitting: no draft saves (they would race the submission). */
  pause(): void {
    this.paused = true;
    this.clearDebounce();
    this.clearRetry();
  }

  resume(): void {
    this.paused = false;
    if (this.dirty) this.schedule(0);
  }

  /** Submitted, or the page is gone: no more saves. */
  stop(): void {
    this.stopped = true;
    this.clearDebounce();
    this.clearRetry();
  }

  private schedule(delay: number): void {
    this.clearDebounce();
    this.debounce = setTimeout(() => {
      this.debounce = null;
      void this.run();
    }, delay);
  }

  private async run(): Promise<void> {
    if (this.stopped || this.paused || this.inFlight || !this.dirty) return;
    if (this.statusState() === 'conflict' || this.statusState() === 'ended') return;
    if (!this.deps.isOnline()) {
      this.statusState.set('offline');
      this.scheduleRetry();
      return;
    }
    const answers = this.answers;
    this.inFlight = true;
    this.dirty = false;
    this.statusState.set('saving');
    try {
      const saved = await this.deps.save(answers, this.version);
      this.version = saved.version;
      this.attempts = 0;
      this.clearRetry();
      this.savedAt.set(new Date());
      if (this.answers === answers) {
        this.deps.forgetLocal();
        this.statusState.set('saved');
      } else {
        // Typed while saving: keep the copy (now on top of the new version) and save again.
        this.dirty = true;
        this.deps.keepLocal(this.answers, this.version);
        this.statusState.set('pending');
      }
    } catch (error) {
      const failure = error as PortalFailure;
      if (failure?.kind === 'conflict' && sameAnswers(failure.current.answers, answers)) {
        // The server already has exactly these answers (e.g. the keepalive save as the page was hidden): not a conflict.
        this.version = failure.current.version;
        this.savedAt.set(new Date());
        if (this.answers === answers) {
          this.deps.forgetLocal();
          this.statusState.set('saved');
        } else {
          this.dirty = true;
          this.deps.keepLocal(this.answers, this.version);
          this.statusState.set('pending');
        }
      } else {
        this.dirty = true;
        this.fail(failure);
      }
    } finally {
      this.inFlight = false;
    }
    if (this.dirty && !this.stopped && this.statusState() === 'pending') this.schedule(AUTOSAVE_DELAY_MS);
  }

  private fail(failure: PortalFailure): void {
    switch (failure?.kind) {
      case 'offline':
        this.statusState.set('offline');
        this.scheduleRetry();
        return;
      case 'conflict':
        this.statusState.set('conflict');
        this.deps.onConflict(failure.current);
        return;
      case 'ended':
        this.statusState.set('ended');
        return;
      case 'submitted':
      case 'closed':
      case 'notFound':
        this.stop();
        this.statusState.set('error');
        this.deps.onStale();
        return;
      case 'invalid':
        // Answers the form should not have allowed: keep them locally, do not hammer the server.
        this.statusState.set('error');
        return;
      default:
        this.statusState.set('error');
        this.scheduleRetry();
    }
  }

  private scheduleRetry(): void {
    this.clearRetry();
    const delay = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** this.attempts);
    this.attempts++;
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.run();
    }, delay);
  }

  private clearDebounce(): void {
    if (this.debounce) clearTimeout(this.debounce);
    this.debounce = null;
  }

  private clearRetry(): void {
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
  }
}
