import type { SpanishError } from '../common/app-exception';
import type { CouplesErrorCode } from './couples.exception';

/** The Spanish of every error in `couples.exception.ts` (tú, plain words); a missing code is a type error. */
export const COUPLES_ERRORS_ES: Readonly<Record<CouplesErrorCode, SpanishError>> = {
  archived: 'Esta pareja está archivada. Vuelve a activarla antes de hacer esto.',
  duplicatePartner: { message: 'partners: cada integrante puede aparecer una sola vez.', field: 'cada integrante puede aparecer una sola vez' },
  invalidCounselor: { message: 'counselorId: no es una persona terapeuta activa de esta consulta.', field: 'no es una persona terapeuta activa de esta consulta' },
};
