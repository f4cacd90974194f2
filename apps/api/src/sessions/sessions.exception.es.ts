import type { SpanishError } from '../common/app-exception';
import type { SessionsErrorCode } from './sessions.exception';

/** The Spanish of every error in `sessions.exception.ts` (tú, plain words); a missing code is a type error. */
export const SESSIONS_ERRORS_ES: Readonly<Record<SessionsErrorCode, SpanishError>> = {
  sessionNotFound: 'No encontramos esta sesión en la pareja.',
};
