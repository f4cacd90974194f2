import { afterRenderEffect, ChangeDetectionStrategy, Component, computed, ElementRef, inject, input, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import type { AssignmentView } from '@trp/contracts';
import { AppDatePipe } from '@trp/web-ui/date';
import { filter, type Observable } from 'rxjs';
import { confirm, type ConfirmData } from '../../../../core/dialog/confirm-dialog';
import { errorMessage } from '../../../../core/http/api-error';
import { ErrorState } from '../../../../core/ui/error-state';
import { CASELOAD_PATHS } from '../../caseload-paths';
import { AgreementPanel } from '../../components/agreement-panel/agreement-panel';
import { AlignedAnswers } from '../../components/aligned-answers/aligned-answers';
import { ChangeOverTime } from '../../components/change-over-time/change-over-time';
import { FeelingsComparisonView } from '../../components/feelings-comparison-view/feelings-comparison-view';
import { ForYouOnly } from '../../components/for-you-only/for-you-only';
import { LoadingState } from '../../components/loading-state';
import { ReleaseStatus } from '../../components/release-status/release-status';
import { SafetyReviewPanel } from '../../components/safety-review/safety-review-panel';
import { ScoreSummary } from '../../components/score-summary/score-summary';
import { AssignmentsApi } from '../../data/assignments-api';
import { CouplesApi } from '../../data/couples-api';
import { ExerciseDefinitions } from '../../data/exercise-definitions';
import { compareFeelingsTables } from '../../domain/feelings-comparison';
import { isChartable } from '../../domain/trend-charts';
import {
  assignmentStatusLabel,
  perspectiveLabel,
  progressIcon,
  progressLabel,
  visibilityLabel,
} from '../../domain/labels';
import { fallbackTitle } from '../../domain/definition-lookup';
import { counselorOnlyAnswers, reviewPartners } from '../../domain/review-model';
import { OK_LABEL } from '../../domain/common-text';

/**
 * One assignment, reviewed: what the partners told the counselor only, the feelings compared,
 * both partners' answers aligned question by question, and whether they are shared (and releasing them), and the actions (mark reviewed, reopen).
 */
@Component({
  selector: 'app-review-page',
  imports: [
    AppDatePipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    ErrorState,
    AlignedAnswers,
    FeelingsComparisonView,
    ForYouOnly,
    LoadingState,
    ReleaseStatus,
    SafetyReviewPanel,
    ScoreSummary,
    ChangeOverTime,
    AgreementPanel,
  ],
  templateUrl: './review-page.html',
  styleUrl: './review-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewPage {
  /** From the route (`assignments/:assignmentId`). */
  readonly assignmentId = input.required<string>();

  private readonly assignmentsApi = inject(AssignmentsApi);
  private readonly couplesApi = inject(CouplesApi);
  private readonly definitions = inject(ExerciseDefinitions);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly paths = CASELOAD_PATHS;

  protected readonly assignment = rxResource({ params: () => this.assignmentId(), stream: ({ params }) => this.assignmentsApi.get(params) });
  private readonly coupleId = computed(() => (this.assignment.hasValue() ? this.assignment.value().coupleId : undefined));
  protected readonly couple = rxResource({ params: () => this.coupleId(), stream: ({ params }) => this.couplesApi.get(params) });

  /** Everything the page shows, once both the assignment and its couple are loaded. */
  protected readonly view = computed(() => {
    if (!this.assignment.hasValue() || !this.couple.hasValue()) return null;
    const assignment = this.assignment.value();
    const couple = this.couple.value();
    const definitionState = this.definitions.state(assignment.exerciseKey, assignment.exerciseVersion)();
    const definition = definitionState.status === 'ready' ? definitionState.definition : undefined;
    const partners = reviewPartners(assignment, couple.partners);
    const [a, b] = partners;
    return {
      assignment,
      couple,
      definition,
      definitionStatus: definitionState.status,
      title: definition?.title ?? fallbackTitle(assignment.exerciseKey),
      partners: partners.map((partner) => ({
        ...partner,
        perspectiveLabel: perspectiveLabel(partner.perspective),
        progressLabel: progressLabel(partner.progress.status),
        progressIcon: progressIcon(partner.progress.status),
      })),
      counselorOnly: definition ? partners.map((partner) => counselorOnlyAnswers(definition, partner)) : [],
      feelings: definition && a && b ? compareFeelingsTables(definition, a.answers ?? undefined, b.answers ?? undefined) : [],
      nameA: a?.name ?? $localize`:@@caseload.common.partner-n:Partner ${1}:number:`,
      nameB: b?.name ?? $localize`:@@caseload.common.partner-n:Partner ${2}:number:`,
      status: assignmentStatusLabel(assignment.status),
      visibility: visibilityLabel(assignment.visibility),
      anySubmitted: partners.some((p) => p.answers !== null),
      chartable: definition ? isChartable(definition) : false,
      /** The boundaries exercise ends in an agreement, drafted once both partners have submitted. */
      agreement: assignment.exerciseKey === 'set-boundaries' && assignment.status !== 'cancelled',
      bothSubmitted: partners.length > 0 && partners.every((p) => p.answers !== null),
    };
  });
  protected readonly failed = computed(() => this.assignment.error() ?? this.couple.error());

  protected readonly working = signal<'review' | 'reopen' | null>(null);
  protected readonly announcement = signal('');
  /** After an action its button may be gone: focus goes to the new status, not back to the top of the page. */
  private readonly statusLine = viewChild<ElementRef<HTMLElement>>('statusLine');
  private readonly focusStatus = signal(false);

  constructor() {
    afterRenderEffect(() => {
      const line = this.statusLine();
      if (this.focusStatus() && line && !this.assignment.isLoading()) {
        this.focusStatus.set(false);
        line.nativeElement.focus();
      }
    });
  }

  protected retryDefinition(assignment: AssignmentView): void {
    this.definitions.reload(assignment.exerciseKey, assignment.exerciseVersion);
  }

  protected retry(): void {
    if (this.assignment.error()) this.assignment.reload();
    else this.couple.reload();
  }

  protected markReviewed(assignment: AssignmentView): void {
    this.act('review', this.assignmentsApi.markReviewed(assignment.id), $localize`:@@caseload.review.marked:Marked as reviewed.`, $localize`:@@caseload.review.mark-error:We could not mark it as reviewed.`);
  }

  /** Both partners' submissions back to draft, or one partner's (`partner`). */
  protected reopen(partner?: { readonly id: string; readonly name: string }): void {
    this.confirmThen(
      {
        title: partner ? $localize`:@@caseload.review.reopen-one-title:Reopen ${partner.name}:name:’s answers for edits?` : $localize`:@@caseload.review.reopen-title:Reopen for edits?`,
        message: partner
          ? $localize`:@@caseload.review.reopen-one-body:${partner.name}:name: can change their answers and submit again. Until then you read their last submission.`
          : $localize`:@@caseload.review.reopen-body:The partners who submitted can change their answers and submit again. Until then you read their last submission.`,
        confirmLabel: $localize`:@@caseload.review.reopen:Reopen`,
      },
      () =>
        this.act(
          'reopen',
          this.assignmentsApi.reopen(this.assignmentId(), partner?.id),
          partner ? $localize`:@@caseload.review.reopened-one:${partner.name}:name: can edit their answers again.` : $localize`:@@caseload.review.reopened:Open for edits again. The partners can change their answers.`,
          $localize`:@@caseload.review.reopen-error:We could not reopen it.`,
        ),
    );
  }

  private confirmThen(question: ConfirmData, then: () => void): void {
    confirm(this.dialog, question)
      .pipe(filter((yes) => yes))
      .subscribe(() => then());
  }

  private act(kind: 'review' | 'reopen', request: Observable<unknown>, success: string, failure: string): void {
    this.working.set(kind);
    request.subscribe({
      next: () => {
        this.working.set(null);
        // Read it again: the answer to an action need not carry the partners' answers.
        this.assignment.reload();
        this.focusStatus.set(true);
        this.tell(success);
      },
      error: (error: unknown) => {
        this.working.set(null);
        this.tell(errorMessage(error, failure));
      },
    });
  }

  private tell(message: string): void {
    this.announcement.set(message);
    this.snackBar.open(message, OK_LABEL, { duration: 6000 });
  }
}
