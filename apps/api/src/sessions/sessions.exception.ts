import { HttpStatus } from '@nestjs/common';
import { SESSIONS_ERRORS_ES } from './sessions.exception.es';
import { AppException, ErrorSpec } from '../common/app-exception';

/** Every error of sessions: its status and the message the caller sees. */
export const SESSIONS_ERRORS = {
  sessionNotFound: { status: HttpStatus.NOT_FOUND, message: 'The session was not found for this couple.' },
} satisfies Record<string, ErrorSpec>;

export type SessionsErrorCode = keyof typeof SESSIONS_ERRORS;

export class SessionsException extends AppException {
  constructor(code: SessionsErrorCode, extra: Record<string, unknown> = {}, message?: string) {
    super('sessions', code, SESSIONS_ERRORS[code], extra, message, SESSIONS_ERRORS_ES[code]);
  }
}
