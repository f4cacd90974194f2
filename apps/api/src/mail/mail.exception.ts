import { HttpStatus } from '@nestjs/common';
import { MAIL_ERRORS_ES } from './mail.exception.es';
import { AppException, ErrorSpec } from '../common/app-exception';

/** Every error of the mail log: its status and the message the caller sees. */
export const MAIL_ERRORS = {
  notFound: { status: HttpStatus.NOT_FOUND, message: 'The mail was not found.' },
  notFailed: { status: HttpStatus.CONFLICT, message: 'Only a mail that failed can be sent again; this one is queued or already sent.' },
} satisfies Record<string, ErrorSpec>;

export type MailErrorCode = keyof typeof MAIL_ERRORS;

export class MailException extends AppException {
  constructor(code: MailErrorCode) {
    super('mail', code, MAIL_ERRORS[code], {}, undefined, MAIL_ERRORS_ES[code]);
  }
}
