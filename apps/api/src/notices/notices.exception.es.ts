import type { SpanishError } from '../common/app-exception';
import type { NoticesErrorCode } from './notices.exception';

/** The Spanish of every error in `notices.exception.ts` (tú, plain words); a missing code is a type error. */
export const NOTICES_ERRORS_ES: Readonly<Record<NoticesErrorCode, SpanishError>> = {
  noticeNotFound: 'No encontramos este aviso.',
};
