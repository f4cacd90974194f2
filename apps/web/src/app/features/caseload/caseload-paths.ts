/**
 * Links between the caseload pages. The feature is mounted at the root of the staff shell
 * (`CASELOAD_ROUTES`), so these are absolute app paths.
 */
export const CASELOAD_PATHS = {
  home: '/',
  couples: '/couples',
  thisWeek: '/this-week',
  couple: (coupleId: string) => `/couples/${coupleId}`,
  prep: (coupleId: string) => `/couples/${coupleId}/prep`,
  review: (assignmentId: string) => `/assignments/${assignmentId}`,
} as const;
