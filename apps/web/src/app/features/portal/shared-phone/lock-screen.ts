import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { PortalLock } from './portal-lock';

/** The PIN screen shown instead of the portal's page while it is locked. Plain inputs: it ships with the first page. */
@Component({
  selector: 'app-lock-screen',
  imports: [MatButtonModule],
  template: `
    <form class="lock" (submit)="unlock($event, pin)" novalidate>
      <h1 id="lock-title" i18n="@@portal.lock.title">Enter your PIN</h1>
      <p i18n="@@portal.lock.intro">This page is locked. Enter the PIN you chose to continue.</p>
      <label for="lock-pin" i18n="@@portal.lock.pin">PIN</label>
      <input
        #pin
        id="lock-pin"
        class="lock__input"
        type="password"
        inputmode="numeric"
        autocomplete="off"
        maxlength="8"
        [attr.aria-invalid]="message() ? true : null"
        [attr.aria-describedby]="message() ? 'lock-message' : null"
      />
      @if (message(); as message) {
        <p id="lock-message" class="lock__message" role="alert">{{ message }}</p>
      }
      <button mat-flat-button type="submit" [disabled]="busy()">
        @if (busy()) {
          <ng-container i18n="@@portal.lock.checking">Checking…</ng-container>
        } @else {
          <ng-container i18n="@@portal.lock.unlock">Unlock</ng-container>
        }
      </button>
    </form>
  `,
  styles: `
    .lock {
      display: flex;
      flex-direction: column;
      align-items: stretch;
      gap: 12px;
      max-width: 22rem;
      margin: 32px auto;
    }
    h1 {
      margin: 0;
      font: var(--mat-sys-headline-small);
    }
    p {
      margin: 0;
    }
    label {
      font: var(--mat-sys-title-small);
    }
    .lock__input {
      box-sizing: border-box;
      min-height: 48px;
      padding: 8px 12px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 4px;
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-title-large);
      letter-spacing: 0.3em;
    }
    .lock__input:focus-visible {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    .lock__message {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LockScreen {
  private readonly lock = inject(PortalLock);
  protected readonly busy = signal(false);
  protected readonly message = signal<string | null>(null);

  protected async unlock(event: Event, input: HTMLInputElement): Promise<void> {
    event.preventDefault();
    const pin = input.value;
    if (!/^\d{4,8}$/.test(pin)) {
      this.message.set($localize`:@@portal.lock.digits:Your PIN is 4 to 8 digits.`);
      return;
    }
    this.busy.set(true);
    const result = await this.lock.unlock(pin);
    this.busy.set(false);
    if (result.ok || result.ended) return;
    // A wrong PIN is cleared, ready for the next try.
    if (!result.offline) input.value = '';
    input.focus();
    if (result.offline) this.message.set($localize`:@@portal.lock.offline:We could not check it. Check your connection, then try again.`);
    else
      this.message.set(
        result.remaining === 1
          ? $localize`:@@portal.lock.wrong-one:That PIN isn’t right. 1 try left before this page closes.`
          : result.remaining === undefined
            ? $localize`:@@portal.lock.wrong-few:That PIN isn’t right. A few tries left.`
            : $localize`:@@portal.lock.wrong-many:That PIN isn’t right. ${result.remaining}:remaining: tries left.`,
      );
  }
}
