import { HttpStatus } from '@nestjs/common';
import { DIGEST_ERRORS_ES } from './digest.exception.es';
import { AppException, ErrorSpec } from '../common/app-exception';

/** Every error of the digest: its status and the message the caller sees. */
export const DIGEST_ERRORS = {
  badWindow: { status: HttpStatus.BAD_REQUEST, message: 'to: must be after from, and at most 31 days after it.' },
} satisfies Record<string, ErrorSpec>;

export type DigestErrorCode = keyof typeof DIGEST_ERRORS;

export class DigestException extends AppException {
  constructor(code: DigestErrorCode) {
    super('digest', code, DIGEST_ERRORS[code], { errors: [{ field: 'to', message: 'must be after from, and at most 31 days after it' }] }, undefined, DIGEST_ERRORS_ES[code]);
  }
}
