import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, Injector, input, linkedSignal, LOCALE_ID, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { AppDatePipe } from '@trp/web-ui/date';
import type { AssignmentView, CoupleView, IssuedInviteLink, PartnerView } from '@trp/contracts';
import { defer, EMPTY, finalize, type Observable, switchMap } from 'rxjs';
import { confirm } from '../../../../core/dialog/confirm-dialog';
import { errorMessage } from '../../../../core/http/api-error';
import { EmptyState } from '../../../../core/ui/empty-state';
import { ErrorState } from '../../../../core/ui/error-state';
import { CASELOAD_PATHS } from '../../caseload-paths';
import { openAssignExerciseDialog } from '../../components/assign-exercise-dialog/open-assign-exercise-dialog';
import { AssignmentItem } from '../../components/assignment-item/assignment-item';
import { openEditCoupleDialog } from '../../components/edit-couple-dialog/open-edit-couple-dialog';
import { openErasePartnerDialog } from '../../components/erase-partner-dialog/open-erase-partner-dialog';
import { InviteLinkCard } from '../../components/invite-link-card/invite-link-card';
import { LoadingState } from '../../components/loading-state';
import { NotesPanel } from '../../components/notes-panel/notes-panel';
import { ChangeOverTime } from '../../components/change-over-time/change-over-time';
import { SessionsPanel } from '../../components/sessions-panel/sessions-panel';
import { AssignmentsApi } from '../../data/assignments-api';
import { CouplesApi } from '../../data/couples-api';
import { ExerciseDefinitions } from '../../data/exercise-definitions';
import { exerciseTitle } from '../../domain/labels';
import { formatInZone } from '../../domain/practice-time';
import { canStop, groupBySeries, seriesText } from '../../domain/series-groups';
import { SessionStore } from '../../../../core/session/session.store';
import { OK_LABEL } from '../../domain/common-text';

/**
 * One couple: details (edit, archive/restore), each partner's invite link, the assignments with
 * their progress and actions, the couple's sessions (in the practice's time zone) and the counselor's private notes.
 */
@Component({
  selector: 'app-couple-page',
  imports: [AppDatePipe, NgTemplateOutlet, RouterLink, MatButtonModule, MatIconModule, AssignmentItem, EmptyState, ErrorState, InviteLinkCard, LoadingState, NotesPanel, SessionsPanel, ChangeOverTime],
  templateUrl: './couple-page.html',
  styleUrl: './couple-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CouplePage {
  /** From the route (`couples/:coupleId`). */
  readonly coupleId = input.required<string>();

  private readonly couples = inject(CouplesApi);
  private readonly assignmentsApi = inject(AssignmentsApi);
  private readonly definitions = inject(ExerciseDefinitions);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly snackBar = inject(MatSnackBar);

  private readonly locale = inject(LOCALE_ID);
  private readonly user = inject(SessionStore).user;

  protected readonly paths = CASELOAD_PATHS;
  /** The practice sends partners reminders at all (shown per partner on their card). */
  protected readonly practiceReminders = computed(() => this.user()?.partnerReminders ?? true);

  protected readonly couple = rxResource({ params: () => this.coupleId(), stream: ({ params }) => this.couples.get(params) });
  protected readonly data = computed(() => (this.couple.hasValue() ? this.couple.value() : null));
  protected readonly archived = computed(() => this.data()?.status === 'archived');

  /** A date and time as the practice's clock shows it. */
  protected inZone(instant: string): string {
    return formatInZone(instant, this.user()?.timezone ?? 'UTC', this.locale);
  }

  /** The couple's next session may have moved. */
  protected sessionsChanged(): void {
    this.couple.reload();
  }

  protected readonly assignments = rxResource({
    params: () => this.coupleId(),
    stream: ({ params }) => this.assignmentsApi.listForCouple(params),
  });
  protected readonly assignmentItems = computed(() => (this.assignments.hasValue() ? this.assignments.value().items : null));
  /** Each repeating series as one group (where its newest occurrence stands). */
  protected readonly assignmentGroups = computed(() => groupBySeries(this.assignmentItems() ?? []));
  protected readonly seriesText = seriesText;
  protected readonly canStop = canStop;
  protected readonly activeCount = computed(() => this.assignmentItems()?.filter((a) => a.status !== 'cancelled').length ?? 0);

  /** Links issued on this visit, by partner id: the only time their URL is visible. */
  protected readonly issued = linkedSignal<string, Readonly<Record<string, IssuedInviteLink>>>({
    source: this.coupleId,
    computation: () => ({}),
  });
  /** Partner or assignment ids with an action under way. */
  protected readonly busy = signal<ReadonlySet<string>>(new Set());
  /** The last outcome, read out to screen readers as well as shown in a snack bar. */
  protected readonly announcement = signal('');

  // ── the couple ────────────────────────────────────────────────────────────────────────────
  protected edit(couple: CoupleView): void {
    openEditCoupleDialog(this.injector, couple).subscribe((updated) => {
      if (!updated) return;
      this.couple.set(updated);
      this.tell($localize`:@@caseload.couple.saved:Changes saved.`);
    });
  }

  protected archive(couple: CoupleView): void {
    this.confirmed(
      {
        title: $localize`:@@caseload.couple.archive-title:Archive ${couple.label}:couple:?`,
        message: [
          $localize`:@@caseload.couple.archive-kept:They leave your dashboard and the active list. Their answers and your notes are kept, and you can restore them.`,
          $localize`:@@caseload.couple.archive-links:Both invite links stop working at once: after a restore, send each partner a new link.`,
          $localize`:@@caseload.couple.archive-retention:If your practice erases archived couples after a set time, that time starts now.`,
        ],
        confirmLabel: $localize`:@@caseload.couple.archive:Archive`,
      },
      () => this.couples.archive(couple.id),
      couple.id,
      (updated) => {
        this.couple.set(updated);
        this.tell($localize`:@@caseload.couple.archived-done:${couple.label}:couple: is archived.`);
      },
      $localize`:@@caseload.couple.archive-error:We could not archive the couple.`,
    );
  }

  protected restore(couple: CoupleView): void {
    this.run(this.couples.restore(couple.id), couple.id, (updated) => {
      this.couple.set(updated);
      this.tell($localize`:@@caseload.couple.restored:${couple.label}:couple: is back in your active caseload.`);
    }, $localize`:@@caseload.couple.restore-error:We could not restore the couple.`);
  }

  // ── invite links ──────────────────────────────────────────────────────────────────────────
  protected createLink(couple: CoupleView, partner: PartnerView): void {
    const issue = () =>
      this.run(this.couples.issueInviteLink(couple.id, partner.id), partner.id, (link) => {
        this.issued.update((all) => ({ ...all, [partner.id]: link }));
        this.tell($localize`:@@caseload.couple.link-ready:A new link for ${partner.displayName}:name: is ready to copy.`);
        this.couple.reload();
      }, $localize`:@@caseload.couple.link-error:We could not create the link.`);
    if (partner.link.state === 'none') {
      issue();
      return;
    }
    this.confirmed(
      {
        title: $localize`:@@caseload.couple.new-link-title:Create a new link for ${partner.displayName}:name:?`,
        message: [
          $localize`:@@caseload.couple.new-link-old:The link ${partner.displayName}:name: has now stops working at once. They will need the new one to get back in.`,
          $localize`:@@caseload.couple.drafts-kept:Their answers and drafts are kept.`,
        ],
        confirmLabel: $localize`:@@caseload.couple.new-link:Create a new link`,
      },
      () => this.couples.issueInviteLink(couple.id, partner.id),
      partner.id,
      (link) => {
        this.issued.update((all) => ({ ...all, [partner.id]: link }));
        this.tell($localize`:@@caseload.couple.link-replaced:A new link for ${partner.displayName}:name: is ready to copy. The old one no longer works.`);
        this.couple.reload();
      },
      $localize`:@@caseload.couple.link-error:We could not create the link.`,
    );
  }

  protected emailLink(couple: CoupleView, partner: PartnerView): void {
    this.confirmed(
      {
        title: $localize`:@@caseload.couple.email-title:Email a link to ${partner.displayName}:name:?`,
        message: [
          $localize`:@@caseload.couple.email-to:We send a new personal link to ${partner.email}:email:.`,
          ...(partner.link.state === 'none' ? [] : [$localize`:@@caseload.couple.email-old:Any link ${partner.displayName}:name: has now stops working at once.`]),
        ],
        confirmLabel: $localize`:@@caseload.couple.send-email:Send email`,
      },
      () => this.couples.emailInviteLink(couple.id, partner.id),
      partner.id,
      (sent) => {
        this.forgetIssued(partner.id);
        this.tell($localize`:@@caseload.couple.email-sent:A new link is on its way to ${sent.sentTo}:email:. Any earlier link no longer works.`);
        this.couple.reload();
      },
      $localize`:@@caseload.couple.email-error:We could not send the email.`,
    );
  }

  protected revokeLink(couple: CoupleView, partner: PartnerView): void {
    this.confirmed(
      {
        title: $localize`:@@caseload.couple.revoke-title:Revoke ${partner.displayName}:name:’s link?`,
        message: [
          $localize`:@@caseload.couple.revoke-body:The link stops working at once: ${partner.displayName}:name: can no longer open their exercises until you create a new link.`,
          $localize`:@@caseload.couple.drafts-kept:Their answers and drafts are kept.`,
        ],
        confirmLabel: $localize`:@@caseload.couple.revoke:Revoke link`,
        destructive: true,
      },
      () => this.couples.revokeInviteLink(couple.id, partner.id),
      partner.id,
      () => {
        this.forgetIssued(partner.id);
        this.tell($localize`:@@caseload.couple.revoked:${partner.displayName}:name:’s link no longer works.`);
        this.couple.reload();
      },
      $localize`:@@caseload.couple.revoke-error:We could not revoke the link.`,
    );
  }

  // ── records ───────────────────────────────────────────────────────────────────────────────
  protected exportUrl(couple: CoupleView, partner: PartnerView, format: 'json' | 'html'): string {
    return this.couples.exportUrl(couple.id, partner.id, format);
  }

  protected erase(couple: CoupleView, partner: PartnerView, other: PartnerView | undefined): void {
    openErasePartnerDialog(this.injector, {
      coupleId: couple.id,
      partnerId: partner.id,
      partnerName: partner.displayName,
      otherName: other?.displayName ?? $localize`:@@caseload.couple.other-partner:the other partner`,
    }).subscribe((updated) => {
      if (!updated) return;
      this.couple.set(updated);
      this.forgetIssued(partner.id);
      this.tell($localize`:@@caseload.couple.erased:${partner.displayName}:name:’s data is erased.`);
      this.assignments.reload();
    });
  }

  // ── assignments ───────────────────────────────────────────────────────────────────────────
  protected assign(couple: CoupleView): void {
    openAssignExerciseDialog(this.injector, { coupleId: couple.id, partners: couple.partners }).subscribe((assignment) => {
      if (!assignment) return;
      this.tell($localize`:@@caseload.couple.assigned:${exerciseTitle(assignment, this.definitions.get)}:exercise: is assigned. The partners see it when they open their links.`);
      this.assignments.reload();
    });
  }

  protected reopen(assignment: AssignmentView): void {
    this.confirmed(
      {
        title: $localize`:@@caseload.couple.reopen-title:Reopen ${exerciseTitle(assignment, this.definitions.get)}:exercise: for edits?`,
        message: $localize`:@@caseload.couple.reopen-body:The partners who submitted can change their answers again and submit anew. Until then you read their last submission.`,
        confirmLabel: $localize`:@@caseload.couple.reopen:Reopen`,
      },
      () => this.assignmentsApi.reopen(assignment.id),
      assignment.id,
      () => {
        this.tell($localize`:@@caseload.couple.reopened:${exerciseTitle(assignment, this.definitions.get)}:exercise: is open for edits again.`);
        this.assignments.reload();
      },
      $localize`:@@caseload.couple.reopen-error:We could not reopen the assignment.`,
    );
  }

  protected unlock(assignment: AssignmentView): void {
    this.confirmed(
      {
        title: $localize`:@@caseload.couple.release-title:Release ${exerciseTitle(assignment, this.definitions.get)}:exercise: to both partners?`,
        message:
          assignment.release.state === 'held'
            ? $localize`:@@caseload.couple.release-held:A partner’s safety check raised a concern. Each partner will read the other’s answers (never the private note or the safety check). This cannot be undone.`
            : $localize`:@@caseload.couple.release-body:Each partner can then read the other’s answers (never the private note or the safety check). This cannot be undone.`,
        confirmLabel: $localize`:@@caseload.couple.release:Release to both`,
      },
      () => this.assignmentsApi.unlock(assignment.id),
      assignment.id,
      () => {
        this.tell($localize`:@@caseload.couple.released:${exerciseTitle(assignment, this.definitions.get)}:exercise: is shared with both partners.`);
        this.assignments.reload();
      },
      $localize`:@@caseload.couple.release-error:We could not release the answers.`,
    );
  }

  protected stopRepeating(busyKey: string, anyId: string, newest: AssignmentView | undefined): void {
    const title = newest ? exerciseTitle(newest, this.definitions.get) : $localize`:@@caseload.couple.this-exercise:this exercise`;
    this.confirmed(
      {
        title: $localize`:@@caseload.couple.stop-title:Stop repeating ${title}:exercise:?`,
        message: $localize`:@@caseload.couple.stop-body:No new copy of it opens for the partners. The ones already open stay, with their answers.`,
        confirmLabel: $localize`:@@caseload.couple.stop-repeating:Stop repeating`,
        cancelLabel: $localize`:@@caseload.couple.keep-repeating:Keep repeating`,
      },
      () => this.assignmentsApi.stopRepeating(anyId),
      busyKey,
      () => {
        this.tell($localize`:@@caseload.couple.stopped:${title}:exercise: no longer repeats.`);
        this.assignments.reload();
      },
      $localize`:@@caseload.couple.stop-error:We could not stop the repeats.`,
    );
  }

  protected cancel(assignment: AssignmentView): void {
    this.confirmed(
      {
        title: $localize`:@@caseload.couple.cancel-title:Cancel ${exerciseTitle(assignment, this.definitions.get)}:exercise:?`,
        message: $localize`:@@caseload.couple.cancel-body:The partners no longer see it and cannot answer it. Answers already submitted stay available to you.`,
        confirmLabel: $localize`:@@caseload.couple.cancel:Cancel assignment`,
        cancelLabel: $localize`:@@caseload.couple.keep-it:Keep it`,
        destructive: true,
      },
      () => this.assignmentsApi.cancel(assignment.id),
      assignment.id,
      () => {
        this.tell($localize`:@@caseload.couple.cancelled:${exerciseTitle(assignment, this.definitions.get)}:exercise: is cancelled.`);
        this.assignments.reload();
      },
      $localize`:@@caseload.couple.cancel-error:We could not cancel the assignment.`,
    );
  }

  /** A link that was emailed or revoked is no longer the one on screen. */
  private forgetIssued(partnerId: string): void {
    this.issued.update((all) => Object.fromEntries(Object.entries(all).filter(([id]) => id !== partnerId)));
  }

  protected isBusy(id: string): boolean {
    return this.busy().has(id);
  }

  // ── helpers ───────────────────────────────────────────────────────────────────────────────
  private confirmed<T>(
    question: Parameters<typeof confirm>[1],
    action: () => Observable<T>,
    busyId: string,
    done: (result: T) => void,
    failure: string,
  ): void {
    confirm(this.dialog, question)
      .pipe(switchMap((yes) => (yes ? this.track(action(), busyId) : EMPTY)))
      .subscribe({ next: done, error: (error: unknown) => this.tell(errorMessage(error, failure)) });
  }

  private run<T>(request: Observable<T>, busyId: string, done: (result: T) => void, failure: string): void {
    this.track(request, busyId).subscribe({ next: done, error: (error: unknown) => this.tell(errorMessage(error, failure)) });
  }

  private track<T>(request: Observable<T>, busyId: string): Observable<T> {
    return defer(() => {
      this.busy.update((ids) => new Set(ids).add(busyId));
      return request;
    }).pipe(
      finalize(() =>
        this.busy.update((ids) => {
          const next = new Set(ids);
          next.delete(busyId);
          return next;
        }),
      ),
    );
  }

  private tell(message: string): void {
    this.announcement.set(message);
    this.snackBar.open(message, OK_LABEL, { duration: 6000 });
  }
}
