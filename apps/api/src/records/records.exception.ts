import { HttpStatus } from '@nestjs/common';
import { RECORDS_ERRORS_ES } from './records.exception.es';
import { AppException, ErrorSpec } from '../common/app-exception';

/** Every error of exports and erasure: its status and the message the caller sees. */
export const RECORDS_ERRORS = {
  wrongConfirm: {
    status: HttpStatus.BAD_REQUEST,
    message: "confirm: type the partner's name exactly as it is shown to erase their data.",
  },
  alreadyErased: { status: HttpStatus.CONFLICT, message: "This partner's data has already been erased." },
  notArchived: { status: HttpStatus.CONFLICT, message: 'Only an archived couple can be erased. Archive the couple first.' },
} satisfies Record<string, ErrorSpec>;

export type RecordsErrorCode = keyof typeof RECORDS_ERRORS;

export class RecordsException extends AppException {
  constructor(code: RecordsErrorCode) {
    const errors = code === 'wrongConfirm' ? { errors: [{ field: 'confirm', message: RECORDS_ERRORS[code].message.replace(/^\w+: /, '') }] } : {};
    super('records', code, RECORDS_ERRORS[code], errors, undefined, RECORDS_ERRORS_ES[code]);
  }
}
