/** Cookie and header names of the staff session and the CSRF defence (Angular's HttpClient defaults). */
export const STAFF_SESSION_COOKIE = 'trp_session';
export const PARTNER_SESSION_COOKIE = 'trp_partner';
export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'X-XSRF-TOKEN';

/** ASVS level 2: length only, no composition rules; common passwords and the own email are refused. */
export const PASSWORD_POLICY = { minLength: 12, maxLength: 128 } as const;

/**
 * POST /api/auth/login → 200 CurrentUser; 401 (`mfaRequired: true` when a code is needed); 429 when locked out;
 * 409 `auth.choosePractice` with `practices` when the password matches accounts of this email in several practices.
 */
export interface LoginRequest {
  readonly email: string;
  readonly password: string;
  /** A 6-digit TOTP code or a recovery code, once the account has MFA. */
  readonly totp?: string;
  /** Only after a 409 `auth.choosePractice`: one of its `practices`. */
  readonly practiceId?: string;
}

/** The extra fields of the 409 `auth.choosePractice` answer to POST /api/auth/login. */
export interface ChoosePracticeError {
  readonly code: 'auth.choosePractice';
  readonly practices: readonly { readonly id: string; readonly name: string }[];
}

/** POST /api/auth/password → 204. Ends every other session of the user. */
export interface ChangePasswordRequest {
  readonly currentPassword: string;
  readonly newPassword: string;
}

/** POST /api/auth/invitations/:token/accept → 200 CurrentUser and the session cookie; 404 unknown; 410 expired, revoked or used. */
export interface AcceptInvitationRequest {
  readonly displayName: string;
  readonly password: string;
}

/**
 * POST /api/auth/password-reset → 202 `PasswordResetAccepted`, the same whatever the email. For an active account
 * (at most 3 mails per hour per account) it mails `${PUBLIC_URL}/password-reset/<token>`, valid 1 hour, single use.
 */
export interface PasswordResetRequest {
  readonly email: string;
}

/** The one answer of POST /api/auth/password-reset (known, unknown or inactive email alike). */
export interface PasswordResetAccepted {
  readonly message: string;
}

export const PASSWORD_RESET_ACCEPTED_MESSAGE = 'If an account exists for that address, we have sent a link. It works for one hour.';

/** POST /api/auth/password-reset/:token → 204; ends every session of the user. 404 unknown link; 410 expired or used. */
export interface ResetPasswordRequest {
  readonly password: string;
}

/** POST /api/admin/users/:id/password-reset → 202: the same mail as the self-service one. */
export interface SentPasswordReset {
  readonly sentTo: string;
  readonly expiresAt: string;
}

/** Path of the web page that sets a new password: `/password-reset/:token` (without a token: ask for the link). */
export const PASSWORD_RESET_PAGE_PATH = 'password-reset';
/** How long a password reset link works. */
export const PASSWORD_RESET_LINK_MINUTES = 60;

/** POST /api/auth/mfa/setup → 200 (MFA is not on until /enable confirms a code). */
export interface MfaSetupResponse {
  /** Base32, for typing into an authenticator app by hand. */
  readonly secret: string;
  readonly otpauthUrl: string;
  /** A PNG QR code of `otpauthUrl` as a data: URL. */
  readonly qrCodeDataUrl: string;
}

/** POST /api/auth/mfa/enable and /disable body. */
export interface MfaCodeRequest {
  /** /enable: a 6-digit code from the app. /disable: a 6-digit code or a recovery code. */
  readonly code: string;
}

/** POST /api/auth/mfa/enable → 200: ten single-use recovery codes, shown once. */
export interface MfaEnableResponse {
  readonly recoveryCodes: string[];
}
