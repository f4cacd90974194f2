import { AppDatePipe } from '@trp/web-ui/date';
import { ChangeDetectionStrategy, Component, computed, inject, Injector, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { AssignmentView } from '@trp/contracts';
import { openSafetyReviewDialog } from './open-safety-review-dialog';
import { OK_LABEL } from '../../domain/common-text';

/**
 * On the review page: the latest acknowledgement of a safety concern (who, when, the note), and the Acknowledge
 * action while a flag waits for the counselor. Nothing at all for an assignment that never raised a concern.
 */
@Component({
  selector: 'app-safety-review',
  imports: [AppDatePipe, MatButtonModule, MatIconModule],
  template: `
    @if (needsReview() || review()) {
      <section class="panel" [class.waiting]="needsReview()" aria-labelledby="safety-review-title">
        <h2 id="safety-review-title">
          <mat-icon fontSet="material-symbols-outlined" aria-hidden="true">{{ needsReview() ? 'warning' : 'task_alt' }}</mat-icon>
          @if (needsReview()) {
            &ngsp;<ng-container i18n="@@caseload.safety.waits">A safety concern waits for you</ng-container>
          } @else {
            &ngsp;<ng-container i18n="@@caseload.safety.acknowledged">Safety concern acknowledged</ng-container>
          }
        </h2>
        @if (review(); as review) {
          <p class="who">
            @if (needsReview()) {
              &ngsp;<ng-container i18n="@@caseload.safety.last-by">Last acknowledged by {{ review.reviewedBy.displayName // i18n(ph="name") }} on {{ review.reviewedAt | appDate: 'dateTime' // i18n(ph="when") }}</ng-container>
            } @else {
              &ngsp;<ng-container i18n="@@caseload.safety.by">Acknowledged by {{ review.reviewedBy.displayName // i18n(ph="name") }} on {{ review.reviewedAt | appDate: 'dateTime' // i18n(ph="when") }}</ng-container>
            }
          </p>
          <p class="note">{{ review.note }}</p>
          @if (needsReview()) {
            <p class="quiet" i18n="@@caseload.safety.again">A partner’s answer has raised a concern again since then.</p>
          }
        }
        @if (needsReview() && assignment().status !== 'cancelled') {
          <p class="quiet" i18n="@@caseload.safety.follow-up">Once you have followed up, acknowledge it with a short note. It then leaves your dashboard.</p>
          <button mat-flat-button type="button" (click)="acknowledge()" [disabled]="opening()">
            <mat-icon fontSet="material-symbols-outlined" aria-hidden="true">task_alt</mat-icon>
            &ngsp;<ng-container i18n="@@caseload.dashboard.acknowledge">Acknowledge</ng-container>
          </button>
        }
      </section>
    }
  `,
  styles: `
    .panel {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 8px;
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-surface-container);
    }
    .panel.waiting {
      border-color: var(--mat-sys-error);
    }
    h2 {
      display: flex;
      align-items: center;
      gap: 8px;
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .waiting h2 mat-icon {
      color: var(--mat-sys-error);
    }
    p {
      margin: 0;
    }
    .who,
    .quiet {
      color: var(--mat-sys-on-surface-variant);
    }
    .note {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SafetyReviewPanel {
  readonly assignment = input.required<AssignmentView>();
  /** Shown in the dialog: what the concern is about. */
  readonly title = input.required<string>();
  /** After an acknowledgement, with the updated assignment (without answers). */
  readonly reviewed = output<AssignmentView>();

  private readonly injector = inject(Injector);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly review = computed(() => this.assignment().safetyReview ?? null);
  protected readonly needsReview = computed(() => this.assignment().needsSafetyReview === true);
  protected readonly opening = signal(false);

  protected acknowledge(): void {
    this.opening.set(true);
    openSafetyReviewDialog(this.injector, { assignmentId: this.assignment().id, title: this.title() }).subscribe((updated) => {
      this.opening.set(false);
      if (!updated) return;
      this.snackBar.open($localize`:@@caseload.safety.acknowledged-done:Safety concern acknowledged.`, OK_LABEL, { duration: 6000 });
      this.reviewed.emit(updated);
    });
  }
}
