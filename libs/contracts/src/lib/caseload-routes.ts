/** API paths of the counselor workspace and the partner portal. */
export const CASELOAD_ROUTES = {
  dashboard: '/api/dashboard',
  digest: '/api/digest',
  exercises: '/api/exercises',
  couples: '/api/couples',
  couple: (id: string) => `/api/couples/${id}`,
  archiveCouple: (id: string) => `/api/couples/${id}/archive`,
  inviteLink: (coupleId: string, partnerId: string) => `/api/couples/${coupleId}/partners/${partnerId}/invite-link`,
  emailInviteLink: (coupleId: string, partnerId: string) => `/api/couples/${coupleId}/partners/${partnerId}/invite-link/email`,
  partnerExport: (coupleId: string, partnerId: string, format: 'json' | 'html' = 'json') =>
    `/api/couples/${coupleId}/partners/${partnerId}/export${format === 'html' ? '?format=html' : ''}`,
  erasePartner: (coupleId: string, partnerId: string) => `/api/couples/${coupleId}/partners/${partnerId}/erase`,
  coupleAssignments: (coupleId: string) => `/api/couples/${coupleId}/assignments`,
  coupleNotes: (coupleId: string) => `/api/couples/${coupleId}/notes`,
  coupleNote: (coupleId: string, noteId: string) => `/api/couples/${coupleId}/notes/${noteId}`,
  coupleSessions: (coupleId: string) => `/api/couples/${coupleId}/sessions`,
  coupleSession: (coupleId: string, sessionId: string) => `/api/couples/${coupleId}/sessions/${sessionId}`,
  /** Admin only: give a couple to another counselor of the practice. */
  reassignCouple: (id: string) => `/api/admin/couples/${id}`,
  assignment: (id: string) => `/api/assignments/${id}`,
  reviewAssignment: (id: string) => `/api/assignments/${id}/review`,
  reopenAssignment: (id: string) => `/api/assignments/${id}/reopen`,
  unlockAssignment: (id: string) => `/api/assignments/${id}/unlock`,
  safetyReview: (id: string) => `/api/assignments/${id}/safety-review`,
  stopRepeating: (id: string) => `/api/assignments/${id}/stop-repeating`,
} as const;

export const PORTAL_ROUTES = {
  session: '/api/portal/session',
  me: '/api/portal/me',
  logout: '/api/portal/logout',
  export: '/api/portal/export',
  pin: '/api/portal/pin',
  checkPin: '/api/portal/pin/check',
  assignments: '/api/portal/assignments',
  assignment: (id: string) => `/api/portal/assignments/${id}`,
  draft: (id: string) => `/api/portal/assignments/${id}/draft`,
  submit: (id: string) => `/api/portal/assignments/${id}/submit`,
} as const;
