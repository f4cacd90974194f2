import { HttpStatus } from '@nestjs/common';
import { INVITE_LINKS_ERRORS_ES } from './invite-links.exception.es';
import { AppException, ErrorSpec } from '../common/app-exception';

/** Every error of partners' invite links: its status and the message the caller sees. */
export const INVITE_LINKS_ERRORS = {
  noEmail: {
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    message: 'This partner has no email address yet. Add one to the partner first, or copy the link and share it yourself.',
  },
  coupleArchived: {
    status: HttpStatus.CONFLICT,
    message: 'This couple is archived: restore the couple before sending a link.',
  },
  partnerErased: {
    status: HttpStatus.CONFLICT,
    message: "This partner's data was erased: they can no longer be sent a link.",
  },
} satisfies Record<string, ErrorSpec>;

export type InviteLinksErrorCode = keyof typeof INVITE_LINKS_ERRORS;

export class InviteLinksException extends AppException {
  constructor(code: InviteLinksErrorCode, extra: Record<string, unknown> = {}, message?: string) {
    super('inviteLinks', code, INVITE_LINKS_ERRORS[code], extra, message, INVITE_LINKS_ERRORS_ES[code]);
  }
}
