import type { SpanishError } from '../common/app-exception';
import type { MailErrorCode } from './mail.exception';

/** The Spanish of every error in `mail.exception.ts` (tú, plain words); a missing code is a type error. */
export const MAIL_ERRORS_ES: Readonly<Record<MailErrorCode, SpanishError>> = {
  notFound: 'No encontramos este correo.',
  notFailed: 'Solo se puede volver a enviar un correo que falló; este está en cola o ya se envió.',
};
