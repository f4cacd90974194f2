import { HttpStatus } from '@nestjs/common';
import { NOTICES_ERRORS_ES } from './notices.exception.es';
import { AppException, ErrorSpec } from '../common/app-exception';

/** Every error of staff notices: its status and the message the caller sees. */
export const NOTICES_ERRORS = {
  noticeNotFound: { status: HttpStatus.NOT_FOUND, message: 'The notice was not found.' },
} satisfies Record<string, ErrorSpec>;

export type NoticesErrorCode = keyof typeof NOTICES_ERRORS;

export class NoticesException extends AppException {
  constructor(code: NoticesErrorCode, extra: Record<string, unknown> = {}, message?: string) {
    super('notices', code, NOTICES_ERRORS[code], extra, message, NOTICES_ERRORS_ES[code]);
  }
}
