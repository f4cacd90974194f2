import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { AssignmentView, ReleaseState } from '@trp/contracts';
import { filter, switchMap, tap } from 'rxjs';
import { confirm, type ConfirmData } from '../../../../core/dialog/confirm-dialog';
import type { IconName } from '@trp/web-ui';
import { AppDatePipe } from '@trp/web-ui/date';
import { errorMessage } from '../../../../core/http/api-error';
import { AssignmentsApi } from '../../data/assignments-api';
import { OK_LABEL } from '../../domain/common-text';

const LINES: Record<ReleaseState, { icon: IconName; text: string }> = {
  private: { icon: 'visibility_off', text: $localize`:@@caseload.release.private:Only you read these answers.` },
  waiting: { icon: 'schedule', text: $localize`:@@caseload.release.waiting:Will be shared when both have submitted.` },
  shared: { icon: 'visibility', text: $localize`:@@caseload.release.shared:Shared with both partners` },
  held: { icon: 'gpp_maybe', text: $localize`:@@caseload.release.held:Held because of a safety concern.` },
  sealed: { icon: 'lock', text: $localize`:@@caseload.release.sealed:Sealed until you release it in session.` },
};

const CONFIRM: Record<'held' | 'sealed', ConfirmData> = {
  held: {
    title: $localize`:@@caseload.release.title:Release to both partners?`,
    message: [
      $localize`:@@caseload.release.held-body:A partner’s answer to the safety question raised a concern, so these answers were held back. Release them only if you are sure it is safe for each partner to read the other’s answers.`,
      $localize`:@@caseload.release.body:Each partner will then read the other’s answers, never the private note or the safety answer. This cannot be undone.`,
    ],
    confirmLabel: $localize`:@@caseload.couple.release:Release to both`,
  },
  sealed: {
    title: $localize`:@@caseload.release.title:Release to both partners?`,
    message: $localize`:@@caseload.release.body:Each partner will then read the other’s answers, never the private note or the safety answer. This cannot be undone.`,
    confirmLabel: $localize`:@@caseload.couple.release:Release to both`,
  },
};

/**
 * One line on the review page: whether the partners can read each other's answers (`release` of the
 * assignment), and for a held or sealed one, "Release to both" after a confirmation. Emits the fresh view.
 */
@Component({
  selector: 'app-release-status',
  imports: [AppDatePipe, MatButtonModule, MatIconModule],
  template: `
    @if (line(); as line) {
      <div class="release" [attr.data-release]="state()">
        <p class="release-line">
          <mat-icon fontSet="material-symbols-outlined" aria-hidden="true">{{ line.icon }}</mat-icon>
          <span>
            {{ line.text }}
            @if (state() === 'shared' && sharedAt(); as at) {
              &ngsp;<ng-container i18n="@@caseload.release.on">on {{ at | appDate // i18n(ph="date") }}.</ng-container>
            }
          </span>
        </p>
        @if (canRelease()) {
          <button mat-stroked-button type="button" [disabled]="working()" (click)="release()">
            <mat-icon fontSet="material-symbols-outlined" aria-hidden="true">lock_open</mat-icon>
            @if (working()) {
              &ngsp;<ng-container i18n="@@caseload.release.releasing">Releasing…</ng-container>
            } @else {
              &ngsp;<ng-container i18n="@@caseload.couple.release">Release to both</ng-container>
            }
          </button>
        }
      </div>
    }
  `,
  styles: `
    .release {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
    }
    .release-line {
      display: flex;
      align-items: flex-start;
      gap: 8px;
      margin: 0;
      font: var(--mat-sys-body-large);
    }
    .release-line mat-icon {
      flex-shrink: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    [data-release='held'] .release-line mat-icon {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReleaseStatus {
  readonly assignment = input.required<AssignmentView>();
  /** After a release: the assignment as the server answered it. */
  readonly released = output<AssignmentView>();

  private readonly api = inject(AssignmentsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly working = signal(false);
  protected readonly state = computed(() => this.assignment().release.state);
  protected readonly sharedAt = computed(() => this.assignment().release.sharedAt ?? null);
  /** Nothing for a cancelled assignment: the partners no longer see it at all. */
  protected readonly line = computed(() => (this.assignment().status === 'cancelled' ? null : LINES[this.state()]));
  protected readonly canRelease = computed(() => this.line() !== null && (this.state() === 'held' || this.state() === 'sealed'));

  protected release(): void {
    const state = this.state();
    if (state !== 'held' && state !== 'sealed') return;
    confirm(this.dialog, CONFIRM[state])
      .pipe(
        filter((yes) => yes),
        tap(() => this.working.set(true)),
        switchMap(() => this.api.unlock(this.assignment().id)),
      )
      .subscribe({
        next: (view) => {
          this.working.set(false);
          this.snackBar.open($localize`:@@caseload.release.released:Released: both partners can now read each other’s answers.`, OK_LABEL, { duration: 6000 });
          this.released.emit(view);
        },
        error: (error: unknown) => {
          this.working.set(false);
          this.snackBar.open(errorMessage(error, $localize`:@@caseload.release.error:We could not release it. Please try again.`), OK_LABEL, { duration: 6000 });
        },
      });
  }
}
