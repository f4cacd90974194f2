import { ChangeDetectionStrategy, Component, DestroyRef, inject, LOCALE_ID, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import type { StaffNotice } from '@trp/contracts';
import { Subscription } from 'rxjs';
import { errorMessage } from '../http/api-error';
import { noticeText } from './notice-text';
import { NoticesApi } from './notices-api';

/**
 * The signed-in person's notices (a couple given to another counselor, the admin changing their own roles), each
 * with "Dismiss". Nothing shows while loading or when there are none; a failed load says so quietly with a retry.
 */
@Component({
  selector: 'app-staff-notices',
  imports: [MatButtonModule, MatIconModule],
  template: `
    @if (error(); as error) {
      <div class="notice failed" role="alert">
        <mat-icon fontSet="material-symbols-outlined" aria-hidden="true">error</mat-icon>
        <p>{{ error }}</p>
        <button mat-button type="button" (click)="load()" i18n="@@core.notices.retry">Try again</button>
      </div>
    }
    @if (notices().length > 0) {
      <section class="notices" aria-labelledby="notices-title">
        <h2 id="notices-title" class="visually-hidden" i18n="@@core.notices.heading">Notices for you</h2>
        <ul>
          @for (notice of notices(); track notice.id) {
            <li class="notice">
              <mat-icon fontSet="material-symbols-outlined" aria-hidden="true">info</mat-icon>
              <p>{{ text(notice) }}</p>
              <button mat-button type="button" [disabled]="dismissing() === notice.id" (click)="dismiss(notice)" [attr.aria-label]="dismissLabel(notice)" i18n="@@core.notices.dismiss">
                Dismiss
              </button>
            </li>
          }
        </ul>
      </section>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    ul {
      list-style: none;
      margin: 0 0 16px;
      padding: 0;
      display: grid;
      gap: 8px;
    }
    .notice {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 12px;
      padding: 8px 8px 8px 16px;
      border-radius: 12px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .notice p {
      flex: 1 1 16rem;
      margin: 0;
      overflow-wrap: anywhere;
    }
    .notice button {
      margin-left: auto;
    }
    .failed {
      margin-bottom: 16px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StaffNotices {
  private readonly api = inject(NoticesApi);
  private readonly locale = inject(LOCALE_ID);
  private loading?: Subscription;

  protected readonly notices = signal<readonly StaffNotice[]>([]);
  protected readonly error = signal<string | null>(null);
  protected readonly dismissing = signal<string | null>(null);

  constructor() {
    this.load();
    inject(DestroyRef).onDestroy(() => this.loading?.unsubscribe());
  }

  protected text(notice: StaffNotice): string {
    return noticeText(notice, this.locale);
  }

  protected dismissLabel(notice: StaffNotice): string {
    return $localize`:@@core.notices.dismissLabel:Dismiss: ${this.text(notice)}:notice:`;
  }

  load(): void {
    this.error.set(null);
    this.loading?.unsubscribe();
    this.loading = this.api.list().subscribe({
      next: (notices) => this.notices.set(notices),
      error: (failure: unknown) => this.error.set(errorMessage(failure, $localize`:@@core.notices.loadFailed:We could not load your notices. Please try again.`)),
    });
  }

  protected dismiss(notice: StaffNotice): void {
    this.dismissing.set(notice.id);
    this.api.dismiss(notice.id).subscribe({
      next: () => {
        this.dismissing.set(null);
        this.notices.update((list) => list.filter((n) => n.id !== notice.id));
      },
      error: (failure: unknown) => {
        this.dismissing.set(null);
        this.error.set(errorMessage(failure, $localize`:@@core.notices.dismissFailed:We could not dismiss the notice. Please try again.`));
      },
    });
  }
}
