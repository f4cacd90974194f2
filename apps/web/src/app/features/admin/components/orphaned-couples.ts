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
      <h2 id="orphaned-heading">Couples without an active counselor</h2>
      <p class="intro">Nobody can read what these couples send until you give them to a counselor.</p>
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" aria-label="Loading the couples without an active counselor" />
      }
      @if (error(); as error) {
        <app-error-state [message]="error" (retry)="load()" />
      } @else if (list(); as list) {
        @if (list.items.length === 0) {
          <app-empty-state icon="task_alt"><p>Every couple has an active counselor.</p></app-empty-state>
        } @else {
          <p class="count">{{ list.total === 1 ? '1 couple' : list.total + ' couples' }}{{ list.total > list.items.length ? ' (the first ' + list.items.length + ' are shown)' : '' }}</p>
          <ul class="orphans">
            @for (couple of list.items; track couple.id) {
              <li>
                <div class="text">
                  <span class="label">{{ couple.label }}</span>
                  <span class="meta">Was with {{ couple.counselorName || 'a former counselor' }} ({{ couple.counselorStatus === 'deactivated' ? 'deactivated' : 'no longer a counselor' }})</span>
                </div>
                <button mat-stroked-button type="button" (click)="give(couple)" [attr.aria-label]="'Give ' + couple.label + ' to a counselor'">Give to a counselor</button>
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
        this.error.set(errorMessage(failure, 'We could not load the couples without an active counselor. Please try again.'));
      },
    });
  }

  protected give(couple: OrphanedCouple): void {
    this.dialog
      .open<ReassignCoupleDialog, ReassignCoupleData, boolean>(ReassignCoupleDialog, {
        width: '520px',
        maxWidth: 'calc(100vw - 32px)',
        autoFocus: 'first-tabbable',
        data: { coupleId: couple.id, label: couple.label, fromId: couple.counselorId, fromName: couple.counselorName || 'Their former counselor' },
      })
      .afterClosed()
      .subscribe((moved) => {
        if (!moved) return;
        this.snackBar.open(`“${couple.label}” has a counselor again.`, 'Dismiss', { duration: 6000 });
        this.load();
      });
  }
}
