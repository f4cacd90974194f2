import type { SpanishError } from '../common/app-exception';
import type { AgreementsErrorCode } from './agreements.exception';

/** The Spanish of every error in `agreements.exception.ts` (tú, plain words); a missing code is a type error. */
export const AGREEMENTS_ERRORS_ES: Readonly<Record<AgreementsErrorCode, SpanishError>> = {
  notBoundaries: 'Solo el ejercicio de límites termina en un acuerdo.',
  cancelled: 'Esta asignación se canceló: se guarda como registro y ya no puede cambiar.',
  notBothSubmitted: 'El acuerdo se prepara cuando los dos integrantes hayan enviado sus respuestas.',
  itemNotFound: 'Ese punto no existe en este acuerdo.',
  nothingToChange: { message: 'decision o text: indica al menos uno de los dos.', field: 'indica una decisión o un texto' },
  nothingAgreed: 'Marca al menos un punto como acordado antes de compartir el acuerdo.',
};
