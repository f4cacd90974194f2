import { HttpStatus } from '@nestjs/common';
import { COUPLES_ERRORS_ES } from './couples.exception.es';
import { AppException, ErrorSpec } from '../common/app-exception';

/** Every error of couples and their partners: its status and the message the caller sees. */
export const COUPLES_ERRORS = {
  archived: {
    status: HttpStatus.CONFLICT,
    message: 'This couple is archived. Restore the couple to active before doing this.',
  },
  duplicatePartner: { status: HttpStatus.BAD_REQUEST, message: 'partners: each partner may appear only once.' },
  invalidCounselor: {
    status: HttpStatus.BAD_REQUEST,
    message: 'counselorId: is not an active counselor of this practice.',
  },
} satisfies Record<string, ErrorSpec>;

export type CouplesErrorCode = keyof typeof COUPLES_ERRORS;

export class CouplesException extends AppException {
  /** `field`: the body field the error names when it is not the default one (`toCounselorId` for reassign-all). */
  constructor(code: CouplesErrorCode, extra: Record<string, unknown> = {}, message?: string, field?: string) {
    const named = field ?? (code === 'duplicatePartner' ? 'partners' : code === 'invalidCounselor' ? 'counselorId' : undefined);
    const text = COUPLES_ERRORS[code].message.replace(/^\w+: /, '');
    const errors = named ? { errors: [{ field: named, message: text }] } : {};
    super('couples', code, COUPLES_ERRORS[code], { ...errors, ...extra }, message ?? (field ? `${field}: ${text}` : undefined), COUPLES_ERRORS_ES[code]);
  }
}
