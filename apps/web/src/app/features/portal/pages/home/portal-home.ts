import { ChangeDetectionStrategy, Component, computed, inject, Injector, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { PORTAL_ROUTES, type PortalAssignmentSummary } from '@trp/contracts';
import { AppDatePipe } from '@trp/web-ui/date';
import { firstValueFrom } from 'rxjs';
import { LanguageSwitch } from '../../components/language-switch';
import { ReminderSwitch } from '../../components/reminder-switch';
import { PortalApi } from '../../data/portal-api';
import { portalFailure } from '../../data/portal-errors';
import { PortalSessionStore } from '../../data/portal-session.store';
import { openPinDialog } from '../../shared-phone/open-pin-dialog';
import { PortalLock } from '../../shared-phone/portal-lock';

/**
 * Submitted work shown at first. A partner with years of history would otherwise get hundreds of cards on a phone
 * (slow to draw, long to scroll past); the rest is one tap away.
 */
export const SUBMITTED_SHOWN = 10;

/** The first request: everything still to do comes first from the server, plus the latest submitted. */
export const FIRST_PAGE = 20;
/** Each "show more" after that. */
export const NEXT_PAGE = 50;

const STATUS_TEXT: Record<PortalAssignmentSummary['status'], string> = {
  not_started: $localize`:@@portal.home.status.not-started:Not started`,
  in_progress: $localize`:@@portal.home.status.in-progress:Started — your answers are saved`,
  submitted: $localize`:@@portal.home.status.submitted:Submitted`,
};

/** `/portal`: the partner's home — a greeting, what is still to do (by due date), then what was submitted. */
@Component({
  selector: 'app-portal-home',
  imports: [AppDatePipe, LanguageSwitch, MatButtonModule, MatIconModule, MatProgressSpinnerModule, ReminderSwitch, RouterLink],
  templateUrl: './portal-home.html',
  styleUrl: './portal-home.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PortalHome {
  private readonly api = inject(PortalApi);
  private readonly session = inject(PortalSessionStore);
  private readonly lock = inject(PortalLock);
  private readonly injector = inject(Injector);

  protected readonly me = this.session.me;
  protected readonly state = signal<'loading' | 'ready' | 'error'>('loading');
  protected readonly items = signal<readonly PortalAssignmentSummary[]>([]);
  protected readonly signingOut = signal(false);
  protected readonly statusText = STATUS_TEXT;
  /** The partner's own answers as a file (a plain link: the partner session cookie goes with it). */
  protected readonly exportUrl = PORTAL_ROUTES.export;
  protected readonly pinSet = this.lock.pinSet;

  /** Still to do: the server lists these first, by due date. */
  protected readonly toDo = computed(() => this.items().filter((item) => item.status !== 'submitted'));
  protected readonly done = computed(() => this.items().filter((item) => item.status === 'submitted'));
  protected readonly showAllDone = signal(false);
  protected readonly doneShown = computed(() => (this.showAllDone() ? this.done() : this.done().slice(0, SUBMITTED_SHOWN)));
  /** More of the history on the server (`nextCursor` of the last page). */
  private readonly nextCursor = signal<string | null>(null);
  protected readonly moreToShow = computed(() => this.doneShown().length < this.done().length || this.nextCursor() !== null);
  protected readonly loadingMore = signal(false);
  protected readonly moreFailed = signal(false);

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.state.set('loading');
    try {
      const page = await firstValueFrom(this.api.assignments({ limit: FIRST_PAGE }));
      this.items.set(page.items);
      this.nextCursor.set(page.nextCursor);
      this.state.set('ready');
    } catch (error) {
      if (portalFailure(error).kind === 'ended') this.session.ended();
      else this.state.set('error');
    }
  }

  /** Shows the submitted work kept back, then the next page of history from the server. */
  protected async showMore(): Promise<void> {
    const showingAll = this.showAllDone();
    this.showAllDone.set(true);
    const cursor = this.nextCursor();
    if (!cursor || (!showingAll && this.done().length > SUBMITTED_SHOWN)) return;
    this.loadingMore.set(true);
    this.moreFailed.set(false);
    try {
      const page = await firstValueFrom(this.api.assignments({ limit: NEXT_PAGE, cursor }));
      const known = new Set(this.items().map((item) => item.id));
      this.items.update((items) => [...items, ...page.items.filter((item) => !known.has(item.id))]);
      this.nextCursor.set(page.nextCursor);
    } catch (error) {
      if (portalFailure(error).kind === 'ended') this.session.ended();
      else this.moreFailed.set(true);
    } finally {
      this.loadingMore.set(false);
    }
  }

  protected choosePin(): void {
    openPinDialog(this.injector, { pinSet: this.pinSet() }).subscribe((set) => {
      if (set !== undefined) this.lock.pinChanged(set);
    });
  }

  protected async signOut(): Promise<void> {
    this.signingOut.set(true);
    await this.session.signOut();
  }
}
