// Builds the given Nx projects (cached: a no-op when nothing changed). Output is shown only on failure,
// so commands like create-admin keep a clean stdout.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const NX_ENV = {
  NX_NO_CLOUD: 'true',
  NX_DAEMON: 'false',
  NX_TUI: 'false',
  NX_SKIP_NX_CACHE: process.env.NX_SKIP_NX_CACHE ?? '',
  NG_CLI_ANALYTICS: 'false',
};

export function build(projects, { quiet = true } = {}) {
  if (!quiet) console.error(`Building ${projects.join(' and ')}…`);
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'nx', 'dist', 'bin', 'nx.js'), 'run-many', '-t', 'build', '-p', ...projects, '--output-style=static'],
    { cwd: ROOT, env: { ...process.env, ...NX_ENV }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.status !== 0) {
    process.stderr.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    console.error(`The build of ${projects.join(', ')} failed (see above).`);
    process.exit(1);
  }
}
