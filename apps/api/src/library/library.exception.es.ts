import type { SpanishError } from '../common/app-exception';
import type { LibraryErrorCode } from './library.exception';

/** The Spanish of every error in `library.exception.ts` (tú, plain words); a missing code is a type error. */
export const LIBRARY_ERRORS_ES: Readonly<Record<LibraryErrorCode, SpanishError>> = {
  invalidDefinition: 'La definición del ejercicio tiene problemas.',
  exerciseNotFound: 'No hay ningún ejercicio con esta clave en la biblioteca de tu consulta.',
  notEditor: 'Solo quien creó el ejercicio, o una persona administradora que también sea terapeuta, puede cambiarlo o archivarlo.',
  archived: 'Este ejercicio está archivado; ya no puede cambiar.',
  staleVersion: 'Alguien guardó una versión más nueva de este ejercicio. Vuelve a cargarlo y haz tu cambio otra vez.',
};
