import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, inject, input, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { ChoosePracticeError, CurrentUser, EMAIL_MAX_LENGTH, PASSWORD_POLICY } from '@trp/contracts';
import { apiErrorOf, errorMessage, statusOf } from '../../../core/http/api-error';
import { controlError } from '../../../core/forms/server-errors';
import { startPageFor } from '../../../core/session/session.guards';
import { PageNavigation } from '../../../core/i18n/page-navigation';
import { needsOtherCopy } from '../../../core/session/page-locale';
import { MFA_PATH, safeReturnUrl } from '../../../core/session/session-routes';
import { SessionStore } from '../../../core/session/session.store';
import { AuthApi } from '../auth-api';

export const TOO_MANY_ATTEMPTS = $localize`:@@auth.tooManyAttempts:Too many attempts. Please wait a few minutes before you try again.`;

/**
 * Email and password; when the account has two-step sign-in, a second step asks for the code from the
 * authenticator app (or a recovery code). Afterwards back to `returnUrl` when it is a page of this app.
 */
@Component({
  selector: 'app-sign-in-page',
  imports: [ReactiveFormsModule, RouterLink, MatFormFieldModule, MatInputModule, MatButtonModule, MatIconModule, MatProgressBarModule],
  templateUrl: './sign-in-page.html',
  styleUrl: '../auth-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignInPage {
  private readonly api = inject(AuthApi);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly formBuilder = inject(NonNullableFormBuilder);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly page = inject(PageNavigation);

  /** From the query string (component input binding). */
  readonly returnUrl = input<string | undefined>();

  protected readonly notice = signal(this.session.takeNotice());
  protected readonly step = signal<'password' | 'practice' | 'code'>('password');
  /** When the person has accounts at more than one practice with this password: the ones to choose from. */
  protected readonly practices = signal<ChoosePracticeError['practices']>([]);
  private practiceId: string | undefined;
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly passwordVisible = signal(false);
  protected readonly controlError = controlError;
  protected readonly labels = {
    email: $localize`:@@auth.signIn.emailLabel:your email`,
    password: $localize`:@@auth.signIn.passwordLabel:your password`,
    code: $localize`:@@auth.signIn.codeLabel:the code`,
    hide: $localize`:@@auth.hidePassword:Hide password`,
    show: $localize`:@@auth.showPassword:Show password`,
  };

  protected readonly credentials = this.formBuilder.group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(EMAIL_MAX_LENGTH)]],
    password: ['', [Validators.required, Validators.maxLength(PASSWORD_POLICY.maxLength)]],
  });
  protected readonly codeForm = this.formBuilder.group({ code: ['', [Validators.required, Validators.maxLength(64)]] });

  private readonly codeInput = viewChild<ElementRef<HTMLInputElement>>('codeInput');
  private readonly practiceHeading = viewChild<ElementRef<HTMLElement>>('practiceHeading');

  protected submitPassword(): void {
    if (this.credentials.invalid) {
      this.credentials.markAllAsTouched();
      return;
    }
    this.signIn();
  }

  protected submitCode(): void {
    if (this.codeForm.invalid) {
      this.codeForm.markAllAsTouched();
      return;
    }
    this.signIn(this.codeForm.controls.code.value.replace(/\s+/g, ''));
  }

  protected choosePractice(id: string): void {
    this.practiceId = id;
    this.signIn();
  }

  protected back(): void {
    this.practiceId = undefined;
    this.practices.set([]);
    this.step.set('password');
    this.codeForm.reset();
    this.error.set(null);
  }

  private signIn(totp?: string): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    const { email, password } = this.credentials.getRawValue();
    this.api.login({ email: email.trim(), password, ...(totp ? { totp } : {}), ...(this.practiceId ? { practiceId: this.practiceId } : {}) }).subscribe({
      next: (user) => this.signedIn(user),
      error: (failure: unknown) => {
        this.busy.set(false);
        const choice = apiErrorOf(failure) as (Partial<ChoosePracticeError> & object) | null;
        if (statusOf(failure) === 409 && choice?.code === 'auth.choosePractice' && choice.practices?.length) {
          this.practices.set(choice.practices);
          this.step.set('practice');
          this.notice.set(null);
          afterNextRender(() => this.practiceHeading()?.nativeElement.focus(), { injector: this.injector });
          return;
        }
        if (statusOf(failure) === 401 && apiErrorOf(failure)?.mfaRequired && this.step() !== 'code') {
          this.step.set('code');
          this.notice.set(null);
          afterNextRender(() => this.codeInput()?.nativeElement.focus(), { injector: this.injector });
          return;
        }
        this.error.set(this.messageFor(failure));
      },
    });
  }

  private messageFor(failure: unknown): string {
    const status = statusOf(failure);
    if (status === 429) return apiErrorOf(failure)?.message ?? TOO_MANY_ATTEMPTS;
    if (status === 401 && this.step() === 'code') {
      return apiErrorOf(failure)?.message ?? $localize`:@@auth.signIn.codeFailed:That code did not work. Check the code and try again.`;
    }
    return errorMessage(failure, $localize`:@@auth.signIn.failed:We could not sign you in just now. Please try again in a moment.`);
  }

  private signedIn(user: CurrentUser): void {
    this.session.setUser(user);
    const target = user.mfaEnrollmentRequired ? MFA_PATH : (safeReturnUrl(this.returnUrl()) ?? startPageFor(user.roles));
    // Someone who reads the other language gets the other copy of the app: a full page load.
    const locale = (user as { locale?: string }).locale ?? null;
    if (needsOtherCopy(this.document, locale ?? undefined)) {
      this.page.assign(target);
      return;
    }
    void this.router.navigateByUrl(target);
  }
}
