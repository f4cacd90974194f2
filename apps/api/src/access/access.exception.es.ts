import type { SpanishError } from '../common/app-exception';
import type { AccessErrorCode } from './access.exception';

/** The Spanish of every error in `access.exception.ts` (tú, plain words); a missing code is a type error. */
export const ACCESS_ERRORS_ES: Readonly<Record<AccessErrorCode, SpanishError>> = {
  notCounselor: 'Solo las personas terapeutas pueden abrir parejas y su trabajo.',
  notAdmin: 'Solo la administración de la consulta puede pasar una pareja a otra persona terapeuta.',
  coupleNotFound: 'No encontramos esta pareja entre tus casos.',
  partnerNotFound: 'No encontramos a este integrante en la pareja.',
  accountNotFound: 'No encontramos esta cuenta en la consulta.',
  assignmentNotFound: 'No encontramos esta asignación entre tus casos.',
};
