import type { SpanishError } from '../common/app-exception';
import type { PortalErrorCode } from './portal.exception';

/** The Spanish of every error in `portal.exception.ts` (tú, plain words); a missing code is a type error. */
export const PORTAL_ERRORS_ES: Readonly<Record<PortalErrorCode, SpanishError>> = {
  linkUnknown: 'Este enlace no funciona. Revisa que lo abriste completo, o pide uno nuevo a tu terapeuta.',
  linkGone: 'Este enlace venció o se reemplazó. Pide uno nuevo a tu terapeuta.',
  assignmentNotFound: 'No encontramos este ejercicio. Puede que tu terapeuta lo haya retirado.',
  assignmentClosed: 'Este ejercicio está cerrado, así que ya no se pueden cambiar las respuestas.',
  alreadySubmitted: 'Ya enviaste este ejercicio. Si quieres cambiar algo, tu terapeuta puede reabrirlo.',
  draftConflict: 'Tus respuestas se cambiaron en otro dispositivo. Elige qué versión quieres conservar.',
  invalidAnswers: 'Algunas respuestas necesitan que las revises.',
};
