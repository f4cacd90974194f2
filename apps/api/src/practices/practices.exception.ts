import { HttpStatus } from '@nestjs/common';
import { PRACTICES_ERRORS_ES } from './practices.exception.es';
import { AppException, ErrorSpec } from '../common/app-exception';

export const PRACTICES_ERRORS = {
  notFound: { status: HttpStatus.NOT_FOUND, message: 'The practice was not found.' },
} satisfies Record<string, ErrorSpec>;

export type PracticesErrorCode = keyof typeof PRACTICES_ERRORS;

export class PracticesException extends AppException {
  constructor(code: PracticesErrorCode) {
    super('practices', code, PRACTICES_ERRORS[code], {}, undefined, PRACTICES_ERRORS_ES[code]);
  }
}
