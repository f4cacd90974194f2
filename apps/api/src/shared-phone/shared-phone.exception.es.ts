import type { SpanishError } from '../common/app-exception';
import type { SharedPhoneErrorCode } from './shared-phone.exception';

/** The Spanish of every error in `shared-phone.exception.ts` (tú, plain words); a missing code is a type error. */
export const SHARED_PHONE_ERRORS_ES: Readonly<Record<SharedPhoneErrorCode, SpanishError>> = {
  pinRequired: 'Escribe tu PIN para continuar.',
  wrongPin: 'Ese PIN no es correcto.',
  currentPinRequired: { message: 'currentPin: escribe tu PIN actual para cambiarlo o quitarlo.', field: 'escribe tu PIN actual para cambiarlo o quitarlo.' },
  lockedOut: 'Demasiados intentos fallidos: cerramos esta página para cuidar tu privacidad. Pide un enlace nuevo a tu terapeuta.',
};
