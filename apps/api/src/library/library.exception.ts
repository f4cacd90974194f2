import { HttpStatus } from '@nestjs/common';
import { LIBRARY_ERRORS_ES } from './library.exception.es';
import { AppException, ErrorSpec } from '../common/app-exception';

/** Every error of the practice exercise library: its status and the message the caller sees. */
export const LIBRARY_ERRORS = {
  invalidDefinition: { status: HttpStatus.BAD_REQUEST, message: 'The exercise definition has problems.' },
  exerciseNotFound: { status: HttpStatus.NOT_FOUND, message: 'There is no exercise with this key in your practice library.' },
  notEditor: {
    status: HttpStatus.FORBIDDEN,
    message: 'Only the exercise’s author, or a practice admin who is also a counselor, may change or archive it.',
  },
  archived: { status: HttpStatus.CONFLICT, message: 'This exercise is archived; it can no longer change.' },
  staleVersion: { status: HttpStatus.CONFLICT, message: 'Someone saved a newer version of this exercise. Reload it and make your change again.' },
} satisfies Record<string, ErrorSpec>;

export type LibraryErrorCode = keyof typeof LIBRARY_ERRORS;

export class LibraryException extends AppException {
  constructor(code: LibraryErrorCode, extra: Record<string, unknown> = {}, message?: string) {
    super('library', code, LIBRARY_ERRORS[code], extra, message, LIBRARY_ERRORS_ES[code]);
  }
}
