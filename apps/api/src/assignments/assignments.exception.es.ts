import type { SpanishError } from '../common/app-exception';
import type { AssignmentsErrorCode } from './assignments.exception';

/** The Spanish of every error in `assignments.exception.ts` (tú, plain words); a missing code is a type error. */
export const ASSIGNMENTS_ERRORS_ES: Readonly<Record<AssignmentsErrorCode, SpanishError>> = {
  unknownExercise: { message: 'exerciseKey: no hay ningún ejercicio con esta clave.', field: 'no hay ningún ejercicio con esta clave' },
  opensTooLate: { message: 'opensAt: tiene que ser dentro del próximo año.', field: 'tiene que ser dentro del próximo año' },
  dueBeforeOpens: { message: 'dueAt: tiene que ser después de que se abra la asignación (opensAt).', field: 'tiene que ser después de que se abra la asignación (opensAt)' },
  coupleArchived: 'Esta pareja está archivada. Restáurala antes de asignarle trabajo nuevo.',
  cancelled: 'Esta asignación se canceló: se guarda como registro y ya no puede cambiar.',
  notSealed: 'Una asignación solo para terapeuta nunca se comparte con la pareja, así que no hay nada que liberar.',
  notRepeating: 'Esta asignación no se repite, así que no hay nada que detener.',
  nothingToReopen: 'No hay ninguna respuesta enviada que reabrir.',
  noSafetyFlag: 'Ninguna respuesta enviada de esta asignación levantó una alerta de seguridad, así que no hay nada que confirmar.',
  safetyAlreadyReviewed: 'Esta alerta de seguridad ya se confirmó; no hay nada nuevo desde entonces.',
};
