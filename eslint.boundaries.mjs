// Boundaries inside the apps, enforced by lint (docs/architecture.md, "Arrows that must never exist").
// Between projects, @nx/enforce-module-boundaries (eslint.config.mjs) already forbids apps/web → apps/api and
// any library → an app. Inside an app, folders are the units: these rules forbid the imports that would tie the
// partner portal to the staff app (or back), shared UI to pages, and authentication to the portal feature.
// tools/lint/check-boundaries.mjs plants each forbidden import and fails unless lint rejects it.

/** An import path that reaches into one of these folders (relative or not). */
const into = (...folders) => `(^|/)(${folders.join('|')})(/|$)`;

const STAFF_FEATURES = ['caseload', 'admin', 'auth', 'library', 'exercise-preview'];
/** The staff app's own core: its shell, the staff session store and guards, staff notices and HTTP interceptors. */
const STAFF_CORE = ['core/shell', 'core/session', 'core/notices', 'core/http'];

const restrict = (message, ...folders) => ({ regex: into(...folders), message });

/** For apps/web/eslint.config.mjs (paths relative to apps/web). */
export const webBoundaries = [
  {
    files: ['**/src/app/features/portal/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict('The partner portal never imports staff pages or features: put what both need in libs/.', ...STAFF_FEATURES),
            restrict('The partner portal never imports the staff shell, session, notices or HTTP interceptors.', ...STAFF_CORE),
          ],
        },
      ],
    },
  },
  {
    files: [...STAFF_FEATURES.map((feature) => `**/src/app/features/${feature}/**/*.ts`), '**/src/app/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [restrict("Staff code never imports the portal's internals (only app.routes.ts lazy-loads its routes).", 'portal')] },
      ],
    },
  },
  {
    files: ['**/src/app/core/ui/**/*.ts', '**/src/app/core/dialog/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [restrict('Shared UI never imports pages or features.', 'features', 'pages')] }],
    },
  },
];

/** For libs/web-ui/eslint.config.mjs. */
export const webUiBoundaries = [
  {
    files: ['**/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [restrict('Shared UI never imports pages, features or an app.', 'apps', 'features', 'pages')] }],
    },
  },
];

/** For apps/api/eslint.config.mjs (paths relative to apps/api). */
export const apiBoundaries = [
  {
    files: ['**/src/auth/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [restrict('Authentication never imports the portal feature: partner sessions live in auth/partner-sessions.', 'portal')] },
      ],
    },
  },
];
