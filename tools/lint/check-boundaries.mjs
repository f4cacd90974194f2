// Proves that the boundaries of docs/architecture.md bite: lints planted imports (never written to disk) with each
// project's own ESLint config and fails unless every forbidden one is rejected by the rule that guards it, and the
// allowed control imports pass. Part of `npm test`'s lint tier.
//
// Usage: node tools/lint/check-boundaries.mjs
import { ESLint } from 'eslint';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** [what, project folder, file the import is planted in, the import, the rule that must reject it (null: allowed)] */
const PLANTS = [
  ['portal → a staff page', 'apps/web', 'src/app/features/portal/pages/home/planted.ts', "import { DashboardPage } from '../../../caseload/pages/dashboard/dashboard-page';", 'no-restricted-imports'],
  ['portal → the staff session store', 'apps/web', 'src/app/features/portal/data/planted.ts', "import { SessionStore } from '../../../core/session/session.store';", 'no-restricted-imports'],
  ['staff → portal internals', 'apps/web', 'src/app/features/caseload/pages/planted.ts', "import { PortalApi } from '../../portal/data/portal-api';", 'no-restricted-imports'],
  ['shared UI (core/ui) → a page', 'apps/web', 'src/app/core/ui/planted.ts', "import { CouplesPage } from '../../features/caseload/pages/couples/couples-page';", 'no-restricted-imports'],
  ['web-ui → a page of the app', 'libs/web-ui', 'src/lib/date/planted.ts', "import { PortalHome } from '../../../../../apps/web/src/app/features/portal/pages/home/portal-home';", 'no-restricted-imports'],
  ['apps/web → apps/api', 'apps/web', 'src/app/core/planted.ts', "import { AppModule } from '../../../../api/src/app/app.module';", '@nx/enforce-module-boundaries'],
  ['auth → portal', 'apps/api', 'src/auth/planted.ts', "import { PortalModule } from '../portal/portal.module';", 'no-restricted-imports'],
  ['(allowed) portal → its own data', 'apps/web', 'src/app/features/portal/pages/home/planted.ts', "import { PortalApi } from '../../data/portal-api';", null],
  ['(allowed) portal → core/dialog', 'apps/web', 'src/app/features/portal/pages/home/planted.ts', "import { LazyDialog } from '../../../../core/dialog/lazy-dialog';", null],
  ['(allowed) auth → its partner sessions', 'apps/api', 'src/auth/planted.ts', "import { PartnerSessionsService } from './partner-sessions/partner-sessions.service';", null],
];

const failures = [];
const linters = new Map();
for (const [what, project, file, importLine, rule] of PLANTS) {
  // As `nx lint` runs it: from the workspace root, with the project's own config.
  const config = join(ROOT, project, 'eslint.config.mjs');
  if (!linters.has(config)) linters.set(config, new ESLint({ cwd: ROOT, overrideConfigFile: config }));
  const code = `${importLine}\nexport const planted = [${importLine.match(/import \{ (\w+) \}/)?.[1]}];\n`;
  const [result] = await linters.get(config).lintText(code, { filePath: join(ROOT, project, file) });
  const boundaryErrors = (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === '@nx/enforce-module-boundaries');
  const caught = rule ? boundaryErrors.some((m) => m.ruleId === rule && m.severity === 2) : boundaryErrors.length === 0;
  console.log(`${caught ? '✔' : '✘'} ${what}: ${rule ? (caught ? `rejected by ${rule}` : 'NOT rejected') : caught ? 'allowed' : `rejected: ${boundaryErrors.map((m) => m.message).join('; ')}`}`);
  if (rule && caught) console.log(`    ${boundaryErrors.find((m) => m.ruleId === rule)?.message.split('\n')[0]}`);
  if (!caught) failures.push(what);
}
if (failures.length) {
  console.error(`\nBoundaries that do not bite: ${failures.join(', ')}`);
  process.exit(1);
}
console.log(`\nBoundaries: all ${PLANTS.length} planted imports judged as docs/architecture.md says.`);
