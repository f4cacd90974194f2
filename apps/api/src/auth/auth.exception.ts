import { HttpStatus } from '@nestjs/common';
import { AUTH_ERRORS_ES, waitTextEs } from './auth.exception.es';
import { AppException, ErrorSpec } from '../common/app-exception';

/** Every error of sign-in and access control: its status and the message the caller sees. */
export const AUTH_ERRORS = {
  notSignedIn: { status: HttpStatus.UNAUTHORIZED, message: 'Sign in to continue.' },
  /** A portal route without a live partner session. */
  partnerNotSignedIn: {
    status: HttpStatus.UNAUTHORIZED,
    message: 'This page opens from your personal link. Open the link your counselor sent you again.',
  },
  /** The same answer for an unknown email, a wrong password and an account that cannot sign in. */
  invalidCredentials: { status: HttpStatus.UNAUTHORIZED, message: 'The email or password is not correct.' },
  /** The password matches accounts of this email in more than one practice: the answer lists them (`practices`). */
  choosePractice: { status: HttpStatus.CONFLICT, message: 'You have an account at more than one practice. Choose the practice to sign in to.' },
  mfaRequired: { status: HttpStatus.UNAUTHORIZED, message: 'Enter the 6-digit code from your authenticator app, or one of your recovery codes.' },
  invalidMfaCode: { status: HttpStatus.UNAUTHORIZED, message: 'The code is not correct. Check the time on your phone and try the newest code.' },
  lockedOut: { status: HttpStatus.TOO_MANY_REQUESTS, message: 'Too many failed sign-in attempts. Please wait a little and try again.' },
  /** A check behind a session (current password, MFA code) after 5 wrong answers. */
  tooManyAttempts: { status: HttpStatus.TOO_MANY_REQUESTS, message: 'Too many wrong attempts. Please wait a little and try again.' },
  forbidden: { status: HttpStatus.FORBIDDEN, message: 'Your account does not have access to this.' },
  mfaEnrollmentRequired: {
    status: HttpStatus.FORBIDDEN,
    message: 'Your practice requires two-step sign-in. Set it up in your account to continue.',
  },
} satisfies Record<string, ErrorSpec>;

export type AuthErrorCode = keyof typeof AUTH_ERRORS;

export class AuthException extends AppException {
  constructor(code: AuthErrorCode, extra: Record<string, unknown> = {}, message?: string) {
    const flags =
      code === 'mfaRequired' || code === 'invalidMfaCode'
        ? { mfaRequired: true }
        : code === 'mfaEnrollmentRequired'
          ? { mfaEnrollmentRequired: true }
          : {};
    super('auth', code, AUTH_ERRORS[code], { ...flags, ...extra }, message, AUTH_ERRORS_ES[code]);
  }

  /** 429 with `retryAfterSeconds` (and the Retry-After header, see AllExceptionsFilter). */
  static lockedOut(until: Date, now: Date): AuthException {
    const seconds = secondsUntil(until, now);
    return new AuthException('lockedOut', { retryAfterSeconds: seconds }, `Too many failed sign-in attempts. Please wait ${waitText(seconds)} and try again.`).inSpanish(
      `Demasiados intentos fallidos de inicio de sesión. Espera ${waitTextEs(seconds)} y vuelve a intentarlo.`,
    );
  }

  static tooManyAttempts(check: 'password-change' | 'mfa-disable', until: Date, now: Date): AuthException {
    const seconds = secondsUntil(until, now);
    const what = check === 'password-change' ? 'current password' : 'code';
    return new AuthException(
      'tooManyAttempts',
      { retryAfterSeconds: seconds },
      `Too many wrong attempts at your ${what}. Please wait ${waitText(seconds)} and try again.`,
    ).inSpanish(
      `Demasiados intentos fallidos con ${check === 'password-change' ? 'tu contraseña actual' : 'el código'}. Espera ${waitTextEs(seconds)} y vuelve a intentarlo.`,
    );
  }
}

function secondsUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
}

/** "30 seconds", "1 minute", "15 minutes". */
function waitText(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
