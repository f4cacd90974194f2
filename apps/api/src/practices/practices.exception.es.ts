import type { SpanishError } from '../common/app-exception';
import type { PracticesErrorCode } from './practices.exception';

/** The Spanish of every error in `practices.exception.ts` (tú, plain words); a missing code is a type error. */
export const PRACTICES_ERRORS_ES: Readonly<Record<PracticesErrorCode, SpanishError>> = {
  notFound: 'No encontramos la consulta.',
};
