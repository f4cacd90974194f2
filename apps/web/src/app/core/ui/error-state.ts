import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';

/** A failed load: what went wrong, and a way to try again. */
@Component({
  selector: 'app-error-state',
  imports: [MatButtonModule, MatIconModule],
  template: `
    <div class="state" role="alert">
      <mat-icon fontSet="material-symbols-outlined" aria-hidden="true">error</mat-icon>
      <p>{{ message() }}</p>
      <button mat-stroked-button type="button" (click)="retry.emit()" i18n="@@core.errorState.retry">Try again</button>
    </div>
  `,
  styles: `
    .state {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 8px;
      padding: 32px 16px;
      text-align: center;
      color: var(--mat-sys-on-surface-variant);
    }
    mat-icon {
      color: var(--mat-sys-error);
    }
    p {
      margin: 0 0 8px;
      max-width: 48ch;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ErrorState {
  readonly message = input($localize`:@@core.errorState.default:We could not load this. Please try again.`);
  readonly retry = output<void>();
}
