/** Links between the library pages (the feature is mounted at `library` in the staff shell). */
export const LIBRARY_PATHS = {
  list: '/library',
  create: '/library/new',
  edit: (key: string) => `/library/${encodeURIComponent(key)}`,
  /** The built-in exercises' preview (another feature). */
  builtIns: '/exercises',
} as const;
