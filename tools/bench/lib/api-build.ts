import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..', '..');
export const API_MAIN = join(ROOT, 'dist', 'apps', 'api', 'main.js');
const NX_ENV = { NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false', NG_CLI_ANALYTICS: 'false' };

/** Production builds of the given Nx projects (cached by Nx: a no-op when nothing changed). */
export function nxBuild(projects: readonly string[], extra: readonly string[] = []): void {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'nx', 'dist', 'bin', 'nx.js'), 'run-many', '-t', 'build', '-p', ...projects, '--output-style=static', ...extra], {
    cwd: ROOT,
    env: { ...process.env, ...NX_ENV },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`the build of ${projects.join(', ')} failed`);
  }
}

/** Applies the migrations with the product's own command (`main.js migrate`). */
export function migrate(databaseUrl: string): void {
  if (!existsSync(API_MAIN)) nxBuild(['api']);
  const result = spawnSync(process.execPath, [API_MAIN, 'migrate'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', DEMO_DATA: 'false', NODE_ENV: 'production' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`migrate failed: ${result.stdout}${result.stderr}`);
}
