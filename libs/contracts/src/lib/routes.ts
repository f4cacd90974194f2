/** API paths, for the web app's clients and for tests. `:id`-style parts are filled with the helpers. */
export const API_ROUTES = {
  auth: {
    login: '/api/auth/login',
    logout: '/api/auth/logout',
    me: '/api/auth/me',
    password: '/api/auth/password',
    acceptInvitation: (token: string) => `/api/auth/invitations/${encodeURIComponent(token)}/accept`,
    passwordReset: '/api/auth/password-reset',
    resetPassword: (token: string) => `/api/auth/password-reset/${encodeURIComponent(token)}`,
    mfaSetup: '/api/auth/mfa/setup',
    mfaEnable: '/api/auth/mfa/enable',
    mfaDisable: '/api/auth/mfa/disable',
  },
  admin: {
    users: '/api/admin/users',
    user: (id: string) => `/api/admin/users/${id}`,
    resetMfa: (id: string) => `/api/admin/users/${id}/reset-mfa`,
    sendPasswordReset: (id: string) => `/api/admin/users/${id}/password-reset`,
    invitations: '/api/admin/invitations',
    invitation: (id: string) => `/api/admin/invitations/${id}`,
    resendInvitation: (id: string) => `/api/admin/invitations/${id}/resend`,
    audit: '/api/admin/audit',
    practice: '/api/admin/practice',
    orphanedCouples: '/api/admin/orphaned-couples',
    reassignCouple: (id: string) => `/api/admin/couples/${id}`,
    reassignAllCouples: '/api/admin/couples/reassign-all',
    coupleCount: (id: string) => `/api/admin/users/${id}/couple-count`,
  },
  notices: {
    list: '/api/notices',
    dismiss: (id: string) => `/api/notices/${id}/dismiss`,
  },
} as const;
