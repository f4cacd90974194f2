import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';
import { PortalApi } from '../data/portal-api';
import { PortalSessionStore } from '../data/portal-session.store';

export interface PinDialogData {
  /** A PIN is set already: changing or removing it asks for it. */
  readonly pinSet: boolean;
}

/** What the dialog closes with: the PIN is now set (`true`) or not (`false`). */
export type PinDialogResult = boolean;

const PIN = /^\d{4,8}$/;

/** Set, change or remove the portal PIN (`PUT /api/portal/pin`). Loaded when opened. */
@Component({
  selector: 'app-pin-dialog',
  imports: [MatButtonModule, MatDialogModule],
  template: `
    <h2 mat-dialog-title>
      @if (data.pinSet) {
        <ng-container i18n="@@portal.pin-dialog.title-change">Change or remove your PIN</ng-container>
      } @else {
        <ng-container i18n="@@portal.pin-dialog.title-set">Lock this page with a PIN</ng-container>
      }
    </h2>
    <form (submit)="save($event)" novalidate>
      <mat-dialog-content class="pin">
        <p i18n="@@portal.pin-dialog.intro">
          With a PIN, this page asks for it when you open it again and after 5 minutes without use. After 5 wrong tries it closes, and
          your counselor sends you a new link.
        </p>
        @if (data.pinSet) {
          <label for="pin-current" i18n="@@portal.pin-dialog.current">Your current PIN</label>
          <input #current id="pin-current" type="password" inputmode="numeric" autocomplete="off" maxlength="8" />
        }
        <label for="pin-new">
          @if (data.pinSet) {
            <ng-container i18n="@@portal.pin-dialog.new">New PIN (4 to 8 digits)</ng-container>
          } @else {
            <ng-container i18n="@@portal.pin-dialog.pin">PIN (4 to 8 digits)</ng-container>
          }
        </label>
        <input #next id="pin-new" type="password" inputmode="numeric" autocomplete="new-password" maxlength="8" />
        <label for="pin-again" i18n="@@portal.pin-dialog.again">The same PIN again</label>
        <input #again id="pin-again" type="password" inputmode="numeric" autocomplete="new-password" maxlength="8" />
        @if (message(); as message) {
          <p class="pin__message" role="alert">{{ message }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        @if (data.pinSet) {
          <button mat-button type="button" [disabled]="busy()" (click)="remove()" i18n="@@portal.pin-dialog.remove">Remove PIN</button>
        }
        <button mat-button type="button" mat-dialog-close i18n="@@portal.pin-dialog.cancel">Cancel</button>
        <button mat-flat-button type="submit" [disabled]="busy()" i18n="@@portal.pin-dialog.save">Save PIN</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .pin {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .pin p {
      margin: 0 0 8px;
    }
    label {
      font: var(--mat-sys-title-small);
    }
    input {
      box-sizing: border-box;
      min-height: 48px;
      padding: 8px 12px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 4px;
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-title-medium);
      letter-spacing: 0.3em;
    }
    input:focus-visible {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    .pin__message {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PinDialog {
  private readonly api = inject(PortalApi);
  private readonly session = inject(PortalSessionStore);
  private readonly ref = inject<MatDialogRef<PinDialog, PinDialogResult>>(MatDialogRef);
  protected readonly data = inject<PinDialogData>(MAT_DIALOG_DATA);
  protected readonly busy = signal(false);
  protected readonly message = signal<string | null>(null);
  private readonly currentInput = viewChild<ElementRef<HTMLInputElement>>('current');
  private readonly nextInput = viewChild.required<ElementRef<HTMLInputElement>>('next');
  private readonly againInput = viewChild.required<ElementRef<HTMLInputElement>>('again');

  private current(): string {
    return this.currentInput()?.nativeElement.value ?? '';
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const current = this.current();
    const next = this.nextInput().nativeElement.value;
    const again = this.againInput().nativeElement.value;
    if (this.data.pinSet && !PIN.test(current)) return this.message.set($localize`:@@portal.pin-dialog.need-current:Enter your current PIN first.`);
    if (!PIN.test(next)) return this.message.set($localize`:@@portal.pin-dialog.digits:Choose 4 to 8 digits.`);
    if (next !== again) return this.message.set($localize`:@@portal.pin-dialog.mismatch:The two PINs are not the same. Type it again.`);
    await this.send(next, this.data.pinSet ? current : undefined, true);
  }

  protected async remove(): Promise<void> {
    const current = this.current();
    if (!PIN.test(current)) return this.message.set($localize`:@@portal.pin-dialog.need-current-remove:Enter your current PIN to remove it.`);
    await this.send(null, current, false);
  }

  private async send(pin: string | null, current: string | undefined, result: boolean): Promise<void> {
    this.message.set(null);
    this.busy.set(true);
    try {
      await firstValueFrom(this.api.setPin(pin, current));
      this.ref.close(result);
    } catch (error) {
      this.busy.set(false);
      if (error instanceof HttpErrorResponse && error.status === 403) {
        const remaining = (error.error as { remaining?: number } | null)?.remaining;
        this.message.set(
          remaining === undefined
            ? $localize`:@@portal.pin-dialog.wrong-few:Your current PIN isn’t right. A few tries left.`
            : remaining === 1
              ? $localize`:@@portal.pin-dialog.wrong-one:Your current PIN isn’t right. 1 try left.`
              : $localize`:@@portal.pin-dialog.wrong-many:Your current PIN isn’t right. ${remaining}:remaining: tries left.`,
        );
      } else if (error instanceof HttpErrorResponse && error.status === 401) {
        this.ref.close(false);
        this.session.ended();
      } else {
        this.message.set($localize`:@@portal.pin-dialog.failed:We could not save it. Check your connection, then try again.`);
      }
    }
  }
}
