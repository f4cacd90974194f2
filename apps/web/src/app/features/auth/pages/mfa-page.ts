import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormGroup, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { MfaSetupResponse } from '@trp/contracts';
import { Observable } from 'rxjs';
import { applyServerErrors, controlError } from '../../../core/forms/server-errors';
import { errorMessage, fieldErrors } from '../../../core/http/api-error';
import { startPageFor } from '../../../core/session/session.guards';
import { SessionStore } from '../../../core/session/session.store';
import { AuthApi } from '../auth-api';

type Step = { kind: 'overview' } | { kind: 'scan'; setup: MfaSetupResponse } | { kind: 'codes'; codes: readonly string[] };

/**
 * Two-step sign-in (TOTP): enrol (QR code or typed key, confirmed with a code; then the recovery codes,
 * shown once) or turn it off with a code.
 */
@Component({
  selector: 'app-mfa-page',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule, MatIconModule, MatCheckboxModule, MatProgressBarModule],
  templateUrl: './mfa-page.html',
  styleUrls: ['../auth-page.scss', './mfa-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MfaPage {
  private readonly api = inject(AuthApi);
  private readonly router = inject(Router);
  private readonly clipboard = inject(Clipboard);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly session = inject(SessionStore);

  protected readonly step = signal<Step>({ kind: 'overview' });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly saved = signal(false);
  protected readonly controlError = controlError;
  protected readonly labels = {
    sixDigits: $localize`:@@auth.mfa.sixDigitLabel:the 6-digit code`,
    code: $localize`:@@auth.mfa.codeLabel:a code`,
  };

  protected readonly enabled = computed(() => this.session.user()?.mfaEnabled ?? false);
  protected readonly required = computed(() => this.session.user()?.mfaEnrollmentRequired ?? false);
  protected readonly setup = computed(() => {
    const step = this.step();
    return step.kind === 'scan' ? step.setup : null;
  });
  protected readonly recoveryCodes = computed(() => {
    const step = this.step();
    return step.kind === 'codes' ? step.codes : null;
  });
  /** The key in groups of four, easier to type. */
  protected readonly groupedSecret = computed(() => this.setup()?.secret.match(/.{1,4}/g)?.join(' ') ?? '');

  private readonly formBuilder = inject(NonNullableFormBuilder);
  protected readonly enableForm = this.formBuilder.group({ code: ['', [Validators.required, Validators.pattern(/^\s*\d{3}\s?\d{3}\s*$/)]] });
  protected readonly disableForm = this.formBuilder.group({ code: ['', [Validators.required, Validators.maxLength(64)]] });

  protected start(): void {
    this.run(this.api.mfaSetup(), (setup) => {
      this.enableForm.reset();
      this.step.set({ kind: 'scan', setup });
    });
  }

  protected cancel(): void {
    this.step.set({ kind: 'overview' });
    this.error.set(null);
  }

  protected confirm(): void {
    if (this.enableForm.invalid) {
      this.enableForm.markAllAsTouched();
      return;
    }
    const code = this.enableForm.controls.code.value.replace(/\s+/g, '');
    this.run(
      this.api.mfaEnable(code),
      (answer) => {
        this.saved.set(false);
        this.step.set({ kind: 'codes', codes: answer.recoveryCodes });
      },
      this.enableForm,
    );
  }

  protected async finish(): Promise<void> {
    const wasRequired = this.required();
    this.step.set({ kind: 'overview' });
    this.notice.set($localize`:@@auth.mfa.turnedOn:Two-step sign-in is on. You will be asked for a code each time you sign in.`);
    const user = await this.session.refresh();
    if (wasRequired && user) void this.router.navigateByUrl(startPageFor(user.roles));
  }

  protected turnOff(): void {
    if (this.disableForm.invalid) {
      this.disableForm.markAllAsTouched();
      return;
    }
    this.run(
      this.api.mfaDisable(this.disableForm.controls.code.value.trim()),
      () => {
        this.disableForm.reset();
        this.notice.set($localize`:@@auth.mfa.turnedOff:Two-step sign-in is off.`);
        void this.session.refresh();
      },
      this.disableForm,
    );
  }

  protected copy(text: string, what: 'codes' | 'key'): void {
    const copied = this.clipboard.copy(text);
    const done = what === 'codes' ? $localize`:@@auth.mfa.codesCopied:Recovery codes copied.` : $localize`:@@auth.mfa.keyCopied:Key copied.`;
    const message = copied ? done : $localize`:@@auth.mfa.copyFailed:Could not copy. Select the text and copy it yourself.`;
    this.snackBar.open(message, $localize`:@@auth.mfa.dismiss:Dismiss`, { duration: 4000 });
  }

  private run<T>(request: Observable<T>, done: (answer: T) => void, form?: FormGroup): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    request.subscribe({
      next: (answer) => {
        this.busy.set(false);
        done(answer);
      },
      error: (failure: unknown) => {
        this.busy.set(false);
        if (form && Object.keys(fieldErrors(failure)).length > 0 && applyServerErrors(form, failure).length === 0) return;
        this.error.set(errorMessage(failure, $localize`:@@auth.mfa.failed:That did not work just now. Please try again in a moment.`));
      },
    });
  }
}
