import type { SpanishError } from '../common/app-exception';
import type { MfaErrorCode } from './mfa.exception';

/** The Spanish of every error in `mfa.exception.ts` (tú, plain words); a missing code is a type error. */
export const MFA_ERRORS_ES: Readonly<Record<MfaErrorCode, SpanishError>> = {
  alreadyEnabled: 'El inicio de sesión en dos pasos ya está activado. Desactívalo primero para configurarlo de nuevo.',
  notEnabled: 'El inicio de sesión en dos pasos no está activado.',
  noPendingSetup: 'Primero empieza la configuración: pide un código QR nuevo.',
  invalidCode: { message: 'code: el código no es correcto. Revisa la hora de tu teléfono y usa el código más reciente.', field: 'no es correcto' },
};
