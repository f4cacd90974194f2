import type { SpanishError } from '../common/app-exception';
import type { AuthErrorCode } from './auth.exception';

/** The Spanish of every error in `auth.exception.ts` (tú, plain words); a missing code is a type error. */
export const AUTH_ERRORS_ES: Readonly<Record<AuthErrorCode, SpanishError>> = {
  notSignedIn: 'Inicia sesión para continuar.',
  partnerNotSignedIn: 'Esta página se abre desde tu enlace personal. Vuelve a abrir el enlace que te envió tu terapeuta.',
  invalidCredentials: 'El correo o la contraseña no son correctos.',
  choosePractice: 'Tienes cuenta en más de una consulta. Elige en cuál quieres iniciar sesión.',
  mfaRequired: 'Escribe el código de 6 dígitos de tu app de autenticación, o uno de tus códigos de recuperación.',
  invalidMfaCode: 'El código no es correcto. Revisa la hora de tu teléfono y usa el código más reciente.',
  lockedOut: 'Demasiados intentos fallidos de inicio de sesión. Espera un poco y vuelve a intentarlo.',
  tooManyAttempts: 'Demasiados intentos fallidos. Espera un poco y vuelve a intentarlo.',
  forbidden: 'Tu cuenta no tiene acceso a esto.',
  mfaEnrollmentRequired: 'Tu consulta pide el inicio de sesión en dos pasos. Actívalo en tu cuenta para continuar.',
};

/** "30 segundos", "1 minuto", "15 minutos" (the Spanish of `waitText`). */
export function waitTextEs(seconds: number): string {
  if (seconds < 60) return `${seconds} ${seconds === 1 ? 'segundo' : 'segundos'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} ${minutes === 1 ? 'minuto' : 'minutos'}`;
}
