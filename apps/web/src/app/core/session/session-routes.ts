/** Web paths the session machinery sends people to. */
export const SIGN_IN_PATH = '/sign-in';
export const MFA_PATH = '/account/mfa';
export const PASSWORD_PATH = '/account/password';
export const PREFERENCES_PATH = '/account/preferences';

export const SESSION_ENDED_NOTICE = $localize`:@@core.session.ended:Your session has ended. Please sign in again.`;

/** Only a path of this app may be a return address (never `//host`, `https:` or `javascript:`). */
export function safeReturnUrl(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  if (value === SIGN_IN_PATH || value.startsWith(`${SIGN_IN_PATH}?`) || value.startsWith(`${SIGN_IN_PATH}/`)) return null;
  return value;
}
