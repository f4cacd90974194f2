import { HttpStatus } from '@nestjs/common';
import { NOTES_ERRORS_ES } from './notes.exception.es';
import { AppException, ErrorSpec } from '../common/app-exception';

/** Every error of counselor notes: its status and the message the caller sees. */
export const NOTES_ERRORS = {
  noteNotFound: { status: HttpStatus.NOT_FOUND, message: 'The note was not found for this couple.' },
  notAuthor: { status: HttpStatus.FORBIDDEN, message: 'Only the counselor who wrote a note can delete it.' },
  assignmentNotOfCouple: { status: HttpStatus.BAD_REQUEST, message: 'assignmentId: is not an assignment of this couple.' },
} satisfies Record<string, ErrorSpec>;

export type NotesErrorCode = keyof typeof NOTES_ERRORS;

export class NotesException extends AppException {
  constructor(code: NotesErrorCode, extra: Record<string, unknown> = {}, message?: string) {
    const errors = code === 'assignmentNotOfCouple' ? { errors: [{ field: 'assignmentId', message: 'is not an assignment of this couple' }] } : {};
    super('notes', code, NOTES_ERRORS[code], { ...errors, ...extra }, message, NOTES_ERRORS_ES[code]);
  }
}
