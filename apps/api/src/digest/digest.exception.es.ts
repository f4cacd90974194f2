import type { SpanishError } from '../common/app-exception';
import type { DigestErrorCode } from './digest.exception';

/** The Spanish of every error in `digest.exception.ts` (tú, plain words); a missing code is a type error. */
export const DIGEST_ERRORS_ES: Readonly<Record<DigestErrorCode, SpanishError>> = {
  badWindow: { message: 'to: tiene que ser posterior a from, y como mucho 31 días después.', field: 'tiene que ser posterior a from, y como mucho 31 días después' },
};
