import { HttpStatus } from '@nestjs/common';
import { ACCOUNTS_ERRORS_ES, passwordProblemEs } from './accounts.exception.es';
import { AppException, ErrorSpec } from '../common/app-exception';

/** Every error of the accounts feature: its status and the message the caller sees. */
export const ACCOUNTS_ERRORS = {
  emailTaken: { status: HttpStatus.CONFLICT, message: 'An account with this email address already exists in your practice.' },
  weakPassword: { status: HttpStatus.BAD_REQUEST, message: 'The password does not meet the password rules.' },
  practiceNameRequired: { status: HttpStatus.BAD_REQUEST, message: 'The practice name must not be empty.' },
  wrongCurrentPassword: { status: HttpStatus.BAD_REQUEST, message: 'currentPassword: the current password is not correct.' },
  userNotFound: { status: HttpStatus.NOT_FOUND, message: 'The user was not found.' },
  lastAdmin: {
    status: HttpStatus.CONFLICT,
    message: "This is the practice's last active admin: make someone else an admin before removing the role or deactivating this account.",
  },
  ownRoles: {
    status: HttpStatus.FORBIDDEN,
    message:
      'You cannot change your own roles while your practice has another active admin: ask them to do it. This keeps any one person from giving themselves access to couples’ answers unseen.',
  },
  notYetAccepted: {
    status: HttpStatus.CONFLICT,
    message: 'This person has not accepted their invitation yet: withdraw the invitation instead.',
  },
  invitationNotFound: { status: HttpStatus.NOT_FOUND, message: 'This invitation link is not valid. Check that you copied all of it.' },
  invitationGone: {
    status: HttpStatus.GONE,
    message: 'This invitation has expired, was withdrawn, or was already used. Ask your practice admin for a new one.',
  },
  invitationNotPending: { status: HttpStatus.CONFLICT, message: 'This invitation was already accepted or withdrawn.' },
  resetLinkNotFound: { status: HttpStatus.NOT_FOUND, message: 'This password reset link is not valid. Check that you opened all of it.' },
  resetLinkGone: {
    status: HttpStatus.GONE,
    message: 'This password reset link has expired or was already used. Ask for a new one on the sign-in page.',
  },
  resetNeedsActiveAccount: {
    status: HttpStatus.CONFLICT,
    message: 'This account is deactivated: reactivate it before sending a password reset.',
  },
  resetNotYetAccepted: {
    status: HttpStatus.CONFLICT,
    message: 'This person has not accepted their invitation yet: resend the invitation instead.',
  },
  tooManyResets: {
    status: HttpStatus.TOO_MANY_REQUESTS,
    message: 'Three password reset emails were already sent to this account in the last hour. Please wait before sending another.',
  },
} satisfies Record<string, ErrorSpec>;

export type AccountsErrorCode = keyof typeof ACCOUNTS_ERRORS;

export class AccountsException extends AppException {
  constructor(code: AccountsErrorCode, extra: Record<string, unknown> = {}, message?: string) {
    super('accounts', code, ACCOUNTS_ERRORS[code], extra, message, ACCOUNTS_ERRORS_ES[code]);
  }

  /** A password that breaks the rules: 400 naming the field and the rule. */
  static weakPassword(field: string, problem: string): AccountsException {
    const problemEs = passwordProblemEs(problem);
    return new AccountsException('weakPassword', { errors: [{ field, message: problem }] }, `${field}: ${problem}`).inSpanish({ message: `${field}: ${problemEs}`, field: problemEs });
  }
}
