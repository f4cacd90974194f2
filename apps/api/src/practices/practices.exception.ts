import { HttpStatus } from '@nestjs/common';
import { AppException, ErrorSpec } from '../common/app-exception';

const PRACTICES_ERRORS = {
  notFound: { status: HttpStatus.NOT_FOUND, message: 'The practice was not found.' },
} satisfies Record<string, ErrorSpec>;

export class PracticesException extends AppException {
  constructor(code: keyof typeof PRACTICES_ERRORS) {
    super('practices', code, PRACTICES_ERRORS[code]);
  }
}
