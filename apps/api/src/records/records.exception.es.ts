import type { SpanishError } from '../common/app-exception';
import type { RecordsErrorCode } from './records.exception';

/** The Spanish of every error in `records.exception.ts` (tú, plain words); a missing code is a type error. */
export const RECORDS_ERRORS_ES: Readonly<Record<RecordsErrorCode, SpanishError>> = {
  wrongConfirm: { message: 'confirm: escribe el nombre del integrante tal como aparece para borrar sus datos.', field: 'escribe el nombre del integrante tal como aparece para borrar sus datos.' },
  alreadyErased: 'Los datos de este integrante ya se borraron.',
  notArchived: 'Solo se puede borrar una pareja archivada. Archívala primero.',
};
