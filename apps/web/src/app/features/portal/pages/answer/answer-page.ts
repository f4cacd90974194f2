import { pageLocale } from '@trp/web-ui/i18n';
import { DOCUMENT } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import type { PortalAssignment } from '@trp/contracts';
import { type AnswerError, type Answers, validateAnswers } from '@trp/exercises';
import { AppDatePipe, ExerciseForm, type IconName } from '@trp/web-ui';
import { firstValueFrom } from 'rxjs';
import { ConflictChoice, ConflictDialog, ConflictDialogData } from '../../components/conflict-dialog';
import { SubmitDialog } from '../../components/submit-dialog';
import { Autosave, SAVE_STATUS_TEXT } from '../../data/autosave';
import { decideStart, LocalDrafts } from '../../data/local-drafts';
import { PortalApi } from '../../data/portal-api';
import { portalFailure } from '../../data/portal-errors';
import { PortalSessionStore } from '../../data/portal-session.store';
import { visibilityNotice, type VisibilityNotice } from '../../domain/visibility-notice';

type LoadState = 'loading' | 'ready' | 'notFound' | 'error';

/**
 * `/portal/assignments/:id`: the partner answers one exercise. Drafts save a moment after typing stops and when
 * the page is left or hidden, are kept on the device until the server confirms them, retry when offline, and a
 * save from a second device is never overwritten silently. Submitting is validated here first, confirmed,
 * and idempotent on the server. Afterwards the answers are read-only; the other partner's answers appear
 * below once the counselor's visibility rule releases them.
 */
@Component({
  selector: 'app-answer-page',
  imports: [AppDatePipe, ExerciseForm, MatButtonModule, MatIconModule, MatProgressSpinnerModule, RouterLink],
  templateUrl: './answer-page.html',
  styleUrl: './answer-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AnswerPage {
  /** The assignment id (route parameter). */
  readonly id = input.required<string>();

  private readonly api = inject(PortalApi);
  private readonly session = inject(PortalSessionStore);
  /** The practice's crisis resources, shown under the safety question. */
  protected readonly crisisResources = computed(() => this.session.me()?.crisisResources ?? null);
  private readonly dialog = inject(MatDialog);
  private readonly document = inject(DOCUMENT);
  private readonly drafts = new LocalDrafts();
  private readonly submitButton = viewChild('submitButton', { read: ElementRef<HTMLButtonElement> });
  private readonly errorSummary = viewChild<ElementRef<HTMLElement>>('errorSummary');
  private readonly saveBar = viewChild<ElementRef<HTMLElement>>('saveBar');
  private readonly submittedNote = viewChild<ElementRef<HTMLElement>>('submittedNote');
  private readonly injector = inject(Injector);

  protected readonly state = signal<LoadState>('loading');
  protected readonly assignment = signal<PortalAssignment | null>(null);
  protected readonly answers = signal<Answers>({});
  protected readonly errors = signal<readonly AnswerError[]>([]);
  protected readonly submitting = signal(false);
  protected readonly submitMessage = signal<string | null>(null);
  private readonly autosave = signal<Autosave | null>(null);
  private destroyed = false;

  /** The form's own badge ("Only your counselor sees this answer") marks the private note and the safety check. */
  protected readonly definition = computed(() => this.assignment()?.exercise ?? null);
  protected readonly submitted = computed(() => this.assignment()?.mine.status === 'submitted');
  /** Who reads these answers and when, per the assignment's visibility (the other partner by name). */
  protected readonly notice = computed<VisibilityNotice | null>(() => {
    const assignment = this.assignment();
    return assignment ? visibilityNotice(assignment.visibility, assignment.partnerDisplayName) : null;
  });
  protected readonly saveStatus = computed(() => this.autosave()?.status() ?? 'idle');
  protected readonly saveText = computed(() => SAVE_STATUS_TEXT[this.saveStatus()]);
  protected readonly saveIcon = computed<IconName>(() => {
    const status = this.saveStatus();
    if (status === 'saved') return 'cloud_done';
    if (status === 'offline') return 'cloud_off';
    if (status === 'error' || status === 'ended' || status === 'conflict') return 'error';
    return 'cloud_upload';
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
    const view = this.document.defaultView;
    const onOnline = () => this.autosave()?.online();
    const onVisibility = () => {
      if (this.document.visibilityState === 'hidden') void this.autosave()?.flush();
    };
    const onPageHide = () => this.autosave()?.flushOnExit();
    view?.addEventListener('online', onOnline);
    view?.addEventListener('pagehide', onPageHide);
    this.document.addEventListener('visibilitychange', onVisibility);
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      view?.removeEventListener('online', onOnline);
      view?.removeEventListener('pagehide', onPageHide);
      this.document.removeEventListener('visibilitychange', onVisibility);
      // Leaving the page inside the app: save what is left, then stop.
      const autosave = this.autosave();
      if (autosave) void autosave.flush().finally(() => autosave.stop());
    });
  }

  protected async load(id: string = this.id()): Promise<void> {
    this.autosave()?.stop();
    this.autosave.set(null);
    this.state.set('loading');
    let assignment: PortalAssignment;
    try {
      assignment = await firstValueFrom(this.api.assignment(id));
    } catch (error) {
      const failure = portalFailure(error);
      if (failure.kind === 'ended') this.session.ended();
      else this.state.set(failure.kind === 'notFound' ? 'notFound' : 'error');
      return;
    }
    if (this.destroyed) return;
    this.assignment.set(assignment);
    this.errors.set([]);
    this.submitMessage.set(null);
    const partnerId = this.session.me()?.partner.id ?? '';
    if (assignment.mine.status === 'submitted') {
      this.drafts.remove(partnerId, id);
      this.answers.set(assignment.mine.answers);
      this.state.set('ready');
      return;
    }
    const start = decideStart(assignment.mine, this.drafts.read(partnerId, id));
    const answers = start.kind === 'local' ? start.answers : assignment.mine.answers;
    this.answers.set(answers);
    this.autosave.set(
      new Autosave(
        {
          save: async (a, version) => {
            try {
              return await firstValueFrom(this.api.saveDraft(id, { answers: a, version }));
            } catch (error) {
              throw portalFailure(error);
            }
          },
          saveOnExit: (a, version) => this.api.saveDraftOnExit(id, { answers: a, version }),
          keepLocal: (a, baseVersion) => this.drafts.write(partnerId, id, { answers: a, baseVersion, changedAt: Date.now() }),
          forgetLocal: () => this.drafts.remove(partnerId, id),
          onConflict: (current) => void this.askWhichToKeep(current),
          onStale: () => {
            if (!this.destroyed) void this.load(id);
          },
          isOnline: () => this.document.defaultView?.navigator.onLine ?? true,
        },
        { answers, version: assignment.mine.version, dirty: start.kind === 'local' },
      ),
    );
    this.state.set('ready');
    if (start.kind === 'conflict') void this.askWhichToKeep({ version: assignment.mine.version, answers: assignment.mine.answers }, start.local);
  }

  protected onAnswersChange(answers: Answers): void {
    this.answers.set(answers);
    const definition = this.assignment()?.exercise;
    // Once the partner has seen the messages, they follow the answers as they are fixed.
    if (definition && this.errors().length) {
      const checked = validateAnswers(definition, answers, 'submit', pageLocale());
      this.errors.set(checked.ok ? [] : checked.errors);
    }
    this.autosave()?.change(answers);
  }

  protected async submit(): Promise<void> {
    const assignment = this.assignment();
    if (!assignment || this.submitting()) return;
    this.submitMessage.set(null);
    const checked = validateAnswers(assignment.exercise, this.answers(), 'submit', pageLocale());
    if (!checked.ok) {
      this.showErrors(checked.errors);
      return;
    }
    this.errors.set([]);
    const notice = this.notice();
    const confirmed = await firstValueFrom(
      this.dialog.open<SubmitDialog, VisibilityNotice | null, boolean>(SubmitDialog, { maxWidth: '480px', data: notice }).afterClosed(),
    );
    if (!confirmed) return;
    await this.send(assignment.id, checked.answers);
  }

  /** The submission itself: idempotent on the server, so a retry after a timeout is safe. */
  private async send(id: string, answers: Answers): Promise<void> {
    const autosave = this.autosave();
    autosave?.pause();
    this.submitting.set(true);
    try {
      const mine = await firstValueFrom(this.api.submit(id, { answers }));
      autosave?.stop();
      this.drafts.remove(this.session.me()?.partner.id ?? '', id);
      this.autosave.set(null);
      this.answers.set(mine.answers);
      this.assignment.update((a) => (a ? { ...a, mine } : a));
      this.submitMessage.set(null);
      // The other partner's answers may be released now.
      this.bringIntoView(() => this.submittedNote()?.nativeElement, 16);
      const fresh = await firstValueFrom(this.api.assignment(id)).catch(() => null);
      if (fresh && !this.destroyed) this.assignment.set(fresh);
    } catch (error) {
      autosave?.resume();
      const failure = portalFailure(error);
      if (failure.kind === 'ended') this.session.ended();
      else if (failure.kind === 'invalid') {
        this.showErrors(failure.errors);
        return;
      }
      else if (failure.kind === 'offline')
        this.submitMessage.set(
          $localize`:@@portal.answer.submit-offline:You're offline, so your answers were not submitted yet. They are kept on this device — try again when you're back online.`,
        );
      else if (failure.kind === 'closed' || failure.kind === 'notFound') void this.load(id);
      else this.submitMessage.set($localize`:@@portal.answer.submit-failed:Couldn't submit. Please try again in a moment.`);
      this.submitButton()?.nativeElement.focus();
    } finally {
      this.submitting.set(false);
    }
  }

  /** The messages at the fields, and the alert above the form brought into view below the sticky bar, with focus. */
  private showErrors(errors: readonly AnswerError[]): void {
    this.errors.set(errors);
    this.bringIntoView(() => this.errorSummary()?.nativeElement, () => (this.saveBar()?.nativeElement.getBoundingClientRect().height ?? 0) + 8);
  }

  /**
   * Once rendered: scrolls `target` to the top of the viewport, `offset` px below it (clear of the sticky save
   * bar), and moves focus there so a screen reader reads it and the keyboard goes on from it.
   */
  private bringIntoView(target: () => HTMLElement | undefined, offset: number | (() => number)): void {
    afterNextRender(
      () => {
        const element = target();
        if (!element || this.destroyed) return;
        element.style.scrollMarginTop = `${typeof offset === 'number' ? offset : offset()}px`;
        element.scrollIntoView?.({ block: 'start' });
        element.focus({ preventScroll: true });
      },
      { injector: this.injector },
    );
  }

  private async askWhichToKeep(current: { version: number; answers: Answers }, mine: Answers = this.answers()): Promise<void> {
    const assignment = this.assignment();
    if (!assignment || this.destroyed) return;
    const data: ConflictDialogData = { definition: assignment.exercise, perspective: assignment.perspective, mine, theirs: current.answers };
    const ref = this.dialog.open<ConflictDialog, ConflictDialogData, ConflictChoice>(ConflictDialog, {
      data,
      disableClose: true,
      width: '960px',
      maxWidth: '96vw',
    });
    const choice = await firstValueFrom(ref.afterClosed());
    const keepMine = choice !== 'theirs';
    // Typing may have gone on while the dialog was open: "this device" means what is on screen now.
    const kept = keepMine ? this.answers() : current.answers;
    this.answers.set(kept);
    this.autosave()?.resolve(kept, current.version, keepMine);
  }
}
