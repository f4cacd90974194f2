import { HttpStatus } from '@nestjs/common';
import { ASSIGNMENTS_ERRORS_ES } from './assignments.exception.es';
import { AppException, ErrorSpec } from '../common/app-exception';

/** Every error of assignments: its status and the message the caller sees. */
export const ASSIGNMENTS_ERRORS = {
  unknownExercise: { status: HttpStatus.BAD_REQUEST, message: 'exerciseKey: there is no exercise with this key.' },
  opensTooLate: { status: HttpStatus.BAD_REQUEST, message: 'opensAt: must be within a year from now.' },
  dueBeforeOpens: { status: HttpStatus.BAD_REQUEST, message: 'dueAt: must be after the assignment opens (opensAt).' },
  coupleArchived: { status: HttpStatus.CONFLICT, message: 'This couple is archived. Restore the couple before assigning new work.' },
  cancelled: { status: HttpStatus.CONFLICT, message: 'This assignment was cancelled; it is kept for the record and can no longer change.' },
  notSealed: {
    status: HttpStatus.CONFLICT,
    message: 'A counselor-only assignment is never shared with the partners, so there is nothing to release.',
  },
  notRepeating: { status: HttpStatus.CONFLICT, message: 'This assignment does not repeat, so there is nothing to stop.' },
  nothingToReopen: { status: HttpStatus.CONFLICT, message: 'There is no submitted response to reopen.' },
  noSafetyFlag: {
    status: HttpStatus.CONFLICT,
    message: 'No submitted answer on this assignment raised a safety concern, so there is nothing to acknowledge.',
  },
  safetyAlreadyReviewed: {
    status: HttpStatus.CONFLICT,
    message: 'This safety concern is already acknowledged; nothing new has been flagged since.',
  },
} satisfies Record<string, ErrorSpec>;

export type AssignmentsErrorCode = keyof typeof ASSIGNMENTS_ERRORS;

/** The field a 400 names, for the codes that are about one field of the request. */
const FIELD_ERRORS: Partial<Record<AssignmentsErrorCode, { field: string; message: string }>> = {
  unknownExercise: { field: 'exerciseKey', message: 'there is no exercise with this key' },
  opensTooLate: { field: 'opensAt', message: 'must be within a year from now' },
  dueBeforeOpens: { field: 'dueAt', message: 'must be after the assignment opens (opensAt)' },
};

export class AssignmentsException extends AppException {
  constructor(code: AssignmentsErrorCode, extra: Record<string, unknown> = {}, message?: string) {
    const field = FIELD_ERRORS[code];
    const errors = field ? { errors: [field] } : {};
    super('assignments', code, ASSIGNMENTS_ERRORS[code], { ...errors, ...extra }, message, ASSIGNMENTS_ERRORS_ES[code]);
  }
}
