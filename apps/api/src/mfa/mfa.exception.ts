import { HttpStatus } from '@nestjs/common';
import { MFA_ERRORS_ES } from './mfa.exception.es';
import { AppException, ErrorSpec } from '../common/app-exception';

export const MFA_ERRORS = {
  alreadyEnabled: { status: HttpStatus.CONFLICT, message: 'Two-step sign-in is already on. Turn it off first to set it up again.' },
  notEnabled: { status: HttpStatus.CONFLICT, message: 'Two-step sign-in is not on.' },
  noPendingSetup: { status: HttpStatus.CONFLICT, message: 'Start the set-up first: ask for a new QR code.' },
  invalidCode: { status: HttpStatus.BAD_REQUEST, message: 'code: the code is not correct. Check the time on your phone and try the newest code.' },
} satisfies Record<string, ErrorSpec>;

export type MfaErrorCode = keyof typeof MFA_ERRORS;

export class MfaException extends AppException {
  constructor(code: MfaErrorCode) {
    super('mfa', code, MFA_ERRORS[code], code === 'invalidCode' ? { errors: [{ field: 'code', message: 'is not correct' }] } : {}, undefined, MFA_ERRORS_ES[code]);
  }
}
