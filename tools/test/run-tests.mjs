// `npm test`: every test tier, in order: lint, unit (Jest), API integration (real PostgreSQL), browser (Chromium).
// Prints one closing line "tests: N passed, N failed". See docs/testing.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, NX_ENV, ROOT } from '../scripts/build.mjs';
import { resolveChromium } from './chromium.mjs';
import { resolveTestDatabaseServer } from './test-database-server.mjs';

const only = process.argv.slice(2); // e.g. `npm test -- unit integration`
const wants = (tier) => only.length === 0 || only.includes(tier);
const resultsDir = join(ROOT, 'tmp', 'test-results');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const chromium = wants('e2e') ? resolveChromium() : undefined;
if (wants('e2e') && !chromium) {
  console.error('Chromium was not found (CHROME_PATH, then /usr/bin/chromium): install it with `apt-get install -y chromium` or set CHROME_PATH.');
  process.exit(1);
}

const env = { ...process.env, ...NX_ENV, TZ: 'UTC', FORCE_COLOR: process.env.CI ? '0' : '1' };
const started = Date.now();
const steps = [];
let database;

function run(name, command, args, extraEnv = {}) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { cwd: ROOT, env: { ...env, ...extraEnv }, stdio: 'inherit' });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  steps.push({ name, ok: result.status === 0, seconds });
  if (result.status !== 0) throw new StepFailed(name);
}

class StepFailed extends Error {}

const node = process.execPath;
const nx = join(ROOT, 'node_modules', 'nx', 'dist', 'bin', 'nx.js');
const jest = join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js');
const jestJson = (tier) => ['--ci', '--json', `--outputFile=${join(resultsDir, `${tier}.json`)}`];

async function finish(code) {
  await database?.stop();
  let passed = 0;
  let failed = 0;
  for (const tier of ['unit', 'integration', 'e2e']) {
    const file = join(resultsDir, `${tier}.json`);
    if (!existsSync(file)) continue;
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests + report.numRuntimeErrorTestSuites;
  }
  console.log('\nSummary');
  for (const step of steps) console.log(`  ${step.ok ? '✔' : '✘'} ${step.name} (${step.seconds} s)`);
  console.log(`  total ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (code !== 0 && failed === 0) failed = 1;
  console.log(`tests: ${passed} passed, ${failed} failed`);
  process.exit(code);
}

try {
  if (wants('lint')) run('Lint (ESLint, zero warnings, Nx module boundaries)', node, [nx, 'run-many', '-t', 'lint', '--output-style=static', '--parallel=2']);
  if (wants('lint')) run('Boundaries (planted forbidden imports must fail lint)', node, [join(ROOT, 'tools', 'lint', 'check-boundaries.mjs')]);
  if (wants('lint')) run('Translations (every message has its id and a Spanish translation)', node, [nx, 'run', 'web:i18n-check', '--output-style=static']);
  if (wants('unit')) run('Unit tests (Jest, beside the code)', node, [jest, '-c', 'jest.config.ts', '--maxWorkers=2', ...jestJson('unit')]);
  if (wants('integration') || wants('e2e')) {
    database = await resolveTestDatabaseServer(mkdtempSync(join(tmpdir(), 'trp-test-pg-')));
    console.log(`\nTest databases are created on ${database.description}.`);
  }
  if (wants('integration')) {
    run('API integration tests (whole app, real PostgreSQL, a fresh database per suite)', node, [jest, '-c', 'apps/api/jest.integration.config.cts', '--maxWorkers=2', ...jestJson('integration')], { TEST_DATABASE_URL: database.url });
  }
  if (wants('e2e')) {
    const t0 = Date.now();
    console.log('\n▶ Production build of api and web');
    build(['api', 'web']);
    steps.push({ name: 'Production build of api and web', ok: true, seconds: ((Date.now() - t0) / 1000).toFixed(1) });
    run('Browser tests (Chromium via playwright-core, built app, fresh database)', node, [jest, '-c', 'e2e/jest.e2e.config.cts', '--runInBand', ...jestJson('e2e')], { TEST_DATABASE_URL: database.url, CHROME_PATH: chromium });
  }
  await finish(0);
} catch (error) {
  if (!(error instanceof StepFailed)) console.error(error);
  await finish(1);
}
