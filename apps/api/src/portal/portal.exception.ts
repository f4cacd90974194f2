import { HttpStatus } from '@nestjs/common';
import type { AnswerError, Answers } from '@trp/exercises';
import { PORTAL_ERRORS_ES } from './portal.exception.es';
import { AppException, ErrorSpec } from '../common/app-exception';

/** Every error of the partner portal: its status and the message a partner sees (plain words, no blame). */
export const PORTAL_ERRORS = {
  linkUnknown: { status: HttpStatus.UNAUTHORIZED, message: "This link doesn't work. Check that you opened the whole link, or ask your counselor for a new one." },
  linkGone: { status: HttpStatus.GONE, message: 'This link has expired or was replaced. Ask your counselor for a new one.' },
  assignmentNotFound: { status: HttpStatus.NOT_FOUND, message: 'This exercise was not found. It may have been withdrawn by your counselor.' },
  assignmentClosed: { status: HttpStatus.CONFLICT, message: 'This exercise is closed, so answers can no longer be changed.' },
  alreadySubmitted: {
    status: HttpStatus.CONFLICT,
    message: 'You have already submitted this exercise. Your counselor can reopen it if you want to change something.',
  },
  draftConflict: {
    status: HttpStatus.CONFLICT,
    message: 'Your answers were changed on another device. Choose which version to keep.',
  },
  invalidAnswers: { status: HttpStatus.UNPROCESSABLE_ENTITY, message: 'Some answers need a look.' },
} satisfies Record<string, ErrorSpec>;

export type PortalErrorCode = keyof typeof PORTAL_ERRORS;

export class PortalException extends AppException {
  constructor(code: PortalErrorCode, extra: Record<string, unknown> = {}, message?: string) {
    super('portal', code, PORTAL_ERRORS[code], extra, message, PORTAL_ERRORS_ES[code]);
  }

  /** 409 with the server's current draft, so the client can show both versions. */
  static conflict(current: { version: number; answers: Answers }): PortalException {
    return new PortalException('draftConflict', { current });
  }

  /** 422 naming every failing answer (`field` = `answers.<path>`), as the validation pipe names fields, in the partner's language. */
  static invalidAnswers(errors: readonly AnswerError[]): PortalException {
    const fieldErrors = errors.map((error) => ({ field: error.path ? `answers.${error.path}` : 'answers', message: error.message }));
    const message = fieldErrors.map((e) => `${e.field}: ${e.message}`).join('; ');
    // The answers' messages come in the partner's language already (validateAnswers with `partner.locale`).
    return new PortalException('invalidAnswers', { errors: fieldErrors }, message || undefined).inSpanish(null);
  }
}
