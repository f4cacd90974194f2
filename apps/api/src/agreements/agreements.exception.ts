import { HttpStatus } from '@nestjs/common';
import { AGREEMENTS_ERRORS_ES } from './agreements.exception.es';
import { AppException, ErrorSpec } from '../common/app-exception';

/** Every error of the boundaries agreement: its status and the message the caller sees. */
export const AGREEMENTS_ERRORS = {
  notBoundaries: { status: HttpStatus.NOT_FOUND, message: 'Only the boundaries exercise ends in an agreement.' },
  cancelled: { status: HttpStatus.CONFLICT, message: 'This assignment was cancelled; it is kept for the record and can no longer change.' },
  notBothSubmitted: { status: HttpStatus.CONFLICT, message: 'The agreement is drafted once both partners have submitted their answers.' },
  itemNotFound: { status: HttpStatus.NOT_FOUND, message: 'There is no such item in this agreement.' },
  nothingToChange: { status: HttpStatus.BAD_REQUEST, message: 'decision or text: give at least one of them.' },
  nothingAgreed: { status: HttpStatus.CONFLICT, message: 'Mark at least one item as agreed before sharing the agreement.' },
} satisfies Record<string, ErrorSpec>;

export type AgreementsErrorCode = keyof typeof AGREEMENTS_ERRORS;

export class AgreementsException extends AppException {
  constructor(code: AgreementsErrorCode) {
    const errors = code === 'nothingToChange' ? { errors: [{ field: 'decision', message: 'give a decision or a text' }] } : {};
    super('agreements', code, AGREEMENTS_ERRORS[code], errors, undefined, AGREEMENTS_ERRORS_ES[code]);
  }
}
