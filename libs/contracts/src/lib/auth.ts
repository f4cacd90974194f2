/** Cookie and header names of the staff session and the CSRF defence (Angular's HttpClient defaults). */
export const STAFF_SESSION_COOKIE = 'trp_session';
export const PARTNER_SESSION_COOKIE = 'trp_partner';
export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'X-XSRF-TOKEN';

/** ASVS level 2: length only, no composition rules; common passwords and the own email are refused. */
export const PASSWORD_POLICY = { minLength: 12, maxLength: 128 } as const;

/** POST /api/auth/login → 200 CurrentUser; 401 (`mfaRequired: true` when a code is needed); 429 when locked out. */
export interface LoginRequest {
  readonly email: string;
  readonly password: string;
  /** A 6-digit TOTP code or a recovery code, once the account has MFA. */
  readonly totp?: string;
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
