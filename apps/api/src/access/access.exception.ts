import { HttpStatus } from '@nestjs/common';
import { ACCESS_ERRORS_ES } from './access.exception.es';
import { AppException, ErrorSpec } from '../common/app-exception';

/**
 * The answers of record-level access control. Anything a caller may not touch is "not found": the answer
 * never tells whether the id exists in another caseload or practice.
 */
export const ACCESS_ERRORS = {
  notCounselor: { status: HttpStatus.FORBIDDEN, message: 'Only counselors can open couples and their work.' },
  notAdmin: { status: HttpStatus.FORBIDDEN, message: 'Only practice admins can give a couple to another counselor.' },
  coupleNotFound: { status: HttpStatus.NOT_FOUND, message: 'The couple was not found in your caseload.' },
  partnerNotFound: { status: HttpStatus.NOT_FOUND, message: 'The partner was not found in this couple.' },
  accountNotFound: { status: HttpStatus.NOT_FOUND, message: 'The account was not found in this practice.' },
  assignmentNotFound: { status: HttpStatus.NOT_FOUND, message: 'The assignment was not found in your caseload.' },
} satisfies Record<string, ErrorSpec>;

export type AccessErrorCode = keyof typeof ACCESS_ERRORS;

export class AccessException extends AppException {
  constructor(code: AccessErrorCode, extra: Record<string, unknown> = {}, message?: string) {
    super('access', code, ACCESS_ERRORS[code], extra, message, ACCESS_ERRORS_ES[code]);
  }
}
