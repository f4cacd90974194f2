import type { SpanishError } from '../common/app-exception';
import type { NotesErrorCode } from './notes.exception';

/** The Spanish of every error in `notes.exception.ts` (tú, plain words); a missing code is a type error. */
export const NOTES_ERRORS_ES: Readonly<Record<NotesErrorCode, SpanishError>> = {
  noteNotFound: 'No encontramos esta nota en la pareja.',
  notAuthor: 'Solo la persona terapeuta que escribió una nota puede borrarla.',
  assignmentNotOfCouple: { message: 'assignmentId: no es una asignación de esta pareja.', field: 'no es una asignación de esta pareja' },
};
