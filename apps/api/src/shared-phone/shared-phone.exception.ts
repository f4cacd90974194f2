import { HttpStatus } from '@nestjs/common';
import { SHARED_PHONE_ERRORS_ES } from './shared-phone.exception.es';
import { AppException, ErrorSpec } from '../common/app-exception';

/** Every error of the portal PIN: its status and the message the partner sees. */
export const SHARED_PHONE_ERRORS = {
  /** A partner route while the session waits for the PIN (new session, or 5 minutes idle): the portal shows its lock screen. */
  pinRequired: { status: HttpStatus.FORBIDDEN, message: 'Enter your PIN to continue.' },
  wrongPin: { status: HttpStatus.FORBIDDEN, message: "That PIN isn't right." },
  currentPinRequired: { status: HttpStatus.BAD_REQUEST, message: 'currentPin: enter your current PIN to change or remove it.' },
  lockedOut: {
    status: HttpStatus.UNAUTHORIZED,
    message: 'Too many wrong tries: this page is closed for your privacy. Ask your counselor for a new link.',
  },
} satisfies Record<string, ErrorSpec>;

export type SharedPhoneErrorCode = keyof typeof SHARED_PHONE_ERRORS;

export class SharedPhoneException extends AppException {
  constructor(code: SharedPhoneErrorCode, extra: Record<string, unknown> = {}) {
    const errors = code === 'currentPinRequired' ? { errors: [{ field: 'currentPin', message: 'enter your current PIN to change or remove it.' }] } : {};
    super('portal', code, SHARED_PHONE_ERRORS[code], { ...errors, ...extra }, undefined, SHARED_PHONE_ERRORS_ES[code]);
  }
}
