import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { OrphanedCouple, OrphanedCouples as OrphanedCouplesList } from '@trp/contracts';
import { Subscription } from 'rxjs';
import { errorMessage } from '../../../core/http/api-error';
import { EmptyState } from '../../../core/ui/empty-state';
import { ErrorState } from '../../../core/ui/error-state';
import { CouplesAdminApi } from '../data/couples-admin-api';
import { ReassignCoupleData, ReassignCoupleDialog } from './reassign-dialogs';

/**
 * "Couples without an active counselor": their counselor was deactivated (or lost the role), so nobody can read what
 * the partners send. Labels and names only — an admin never sees a couple's work — with "Give to a counselor".
 */
@Component({
  selector: 'app-orphaned-couples',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, EmptyState, ErrorState],
  template: `
    <section aria-labelledby="orphaned-heading" class="section">
      <h2 id="orphaned-heading" i18n="@@admin.orphaned.couplesWithoutAnActive">Couples without an active counselor</h2>
      <p class="intro" i18n="@@admin.orphaned.nobodyCanReadWhat">Nobody can read what these couples send until you give them to a counselor.</p>
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" aria-label="Loading the couples without an active counselor" i18n-aria-label="@@admin.orphaned.loadingTheCouplesWithout" />
      }
      @if (error(); as error) {
        <app-error-state [message]="error" (retry)="load()" />
      } @else if (list(); as list) {
        @if (list.items.length === 0) {
          <app-empty-state icon="task_alt"><p i18n="@@admin.orphaned.everyCoupleHasAn">Every couple has an active counselor.</p></app-empty-state>
        } @else {
          <p class="count">
            <ng-container i18n="@@admin.orphaned.count">{list.total, plural, =1 {1 couple} other {{{ list.total }} couples}}</ng-container>
            @if (list.total > list.items.length) {
              <ng-container i18n="@@admin.orphaned.firstShown">(the first {{ list.items.length // i18n(ph="shown") }} are shown)</ng-container>
            }
          </p>
          <ul class="orphans">
            @for (couple of list.items; track couple.id) {
              <li>
                <div class="text">
                  <span class="label">{{ couple.label }}</span>
                  <span class="meta">
                    @if (couple.counselorStatus === 'deactivated') {
                      <ng-container i18n="@@admin.orphaned.wasWithDeactivated">Was with {{ couple.counselorName || text.former // i18n(ph="name") }} (deactivated)</ng-container>
                    } @else {
                      <ng-container i18n="@@admin.orphaned.wasWithFormer">Was with {{ couple.counselorName || text.former // i18n(ph="name") }} (no longer a counselor)</ng-container>
                    }
                  </span>
                </div>
                <button mat-stroked-button type="button" (click)="give(couple)" [attr.aria-label]="giveLabel(couple.label)" i18n="@@admin.orphaned.giveToACounselor">Give to a counselor</button>
              </li>
            }
          </ul>
        }
      }
    </section>
  `,
  styles: `
    .intro {
      margin-top: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .count {
      font: var(--mat-sys-title-small);
    }
    .orphans {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .orphans li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
      padding: 12px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .text {
      flex: 1 1 14rem;
      display: flex;
      flex-direction: column;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    .label {
      font: var(--mat-sys-title-small);
    }
    .meta {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrphanedCouples {
  private readonly api = inject(CouplesAdminApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private request?: Subscription;

  protected readonly list = signal<OrphanedCouplesList | null>(null);
  protected readonly text = { former: $localize`:@@admin.orphaned.aFormerCounselor:a former counselor` };

  protected giveLabel(label: string): string {
    return $localize`:@@admin.orphaned.giveLabel:Give ${label}:couple: to a counselor`;
  }
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);

  constructor() {
    this.load();
    inject(DestroyRef).onDestroy(() => this.request?.unsubscribe());
  }

  load(): void {
    this.request?.unsubscribe();
    this.loading.set(true);
    this.error.set(null);
    this.request = this.api.orphaned().subscribe({
      next: (list) => {
        this.list.set(list);
        this.loading.set(false);
      },
      error: (failure: unknown) => {
        this.loading.set(false);
        this.error.set(errorMessage(failure, $localize`:@@admin.orphaned.weCouldNotLoad:We could not load the couples without an active counselor. Please try again.`));
      },
    });
  }

  protected give(couple: OrphanedCouple): void {
    this.dialog
      .open<ReassignCoupleDialog, ReassignCoupleData, boolean>(ReassignCoupleDialog, {
        width: '520px',
        maxWidth: 'calc(100vw - 32px)',
        autoFocus: 'first-tabbable',
        data: { coupleId: couple.id, label: couple.label, fromId: couple.counselorId, fromName: couple.counselorName || $localize`:@@admin.orphaned.theirFormerCounselor:Their former counselor` },
      })
      .afterClosed()
      .subscribe((moved) => {
        if (!moved) return;
        this.snackBar.open($localize`:@@admin.orphaned.hasACounselorAgain:“${couple.label}:label:” has a counselor again.`, $localize`:@@admin.dismiss:Dismiss`, { duration: 6000 });
        this.load();
      });
  }
}
