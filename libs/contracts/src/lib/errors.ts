/** The one error shape of the API. Extra flags appear where stated. */
export interface ApiError {
  readonly statusCode: number;
  readonly message: string;
  readonly error: string;
  /** 400: one entry per failing field. */
  readonly errors?: readonly { readonly field: string; readonly message: string }[];
  /** 401 from POST /api/auth/login: the password was right, now send `totp` (a 6-digit code or a recovery code). */
  readonly mfaRequired?: true;
  /** 403: the practice requires MFA and this user has not enrolled yet; only /api/auth/me, /api/auth/mfa/* and /api/auth/logout work. */
  readonly mfaEnrollmentRequired?: true;
}
