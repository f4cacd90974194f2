import type { SpanishError } from '../common/app-exception';
import type { InviteLinksErrorCode } from './invite-links.exception';

/** The Spanish of every error in `invite-links.exception.ts` (tú, plain words); a missing code is a type error. */
export const INVITE_LINKS_ERRORS_ES: Readonly<Record<InviteLinksErrorCode, SpanishError>> = {
  noEmail: 'Este integrante todavía no tiene correo. Agrégale uno primero, o copia el enlace y compártelo tú.',
  coupleArchived: 'Esta pareja está archivada: restáurala antes de enviar un enlace.',
  partnerErased: 'Los datos de este integrante se borraron: ya no se le puede enviar un enlace.',
};
