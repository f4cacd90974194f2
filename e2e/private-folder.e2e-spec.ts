import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readlinkSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT, startServer } from './support/server';

// `npm start` cloned into a folder only root can enter (root's home is mode 0700 on most servers and containers):
// the embedded engine runs as the `postgres` user, which cannot reach the project's binaries or data there.
const asRoot = process.getuid?.() === 0;

(asRoot ? describe : describe.skip)('npm start from a folder only root can enter', () => {
  let privateDir: string;
  let relocatedTo: string | undefined;

  beforeAll(() => {
    mkdirSync(join(ROOT, 'tmp'), { recursive: true });
    privateDir = mkdtempSync(join(ROOT, 'tmp', 'private-'));
    execFileSync('chmod', ['0700', privateDir]);
    const app = join(privateDir, 'app');
    mkdirSync(join(app, 'dist', 'apps'), { recursive: true });
    // Hard links: a copy of the installed packages in a second, the same files (one file system: ROOT/tmp).
    execFileSync('cp', ['-al', join(ROOT, 'node_modules'), join(app, 'node_modules')]);
    cpSync(join(ROOT, 'dist', 'apps', 'api'), join(app, 'dist', 'apps', 'api'), { recursive: true });
    cpSync(join(ROOT, 'dist', 'apps', 'web'), join(app, 'dist', 'apps', 'web'), { recursive: true });
  });

  afterAll(() => {
    if (privateDir) rmSync(privateDir, { recursive: true, force: true });
    if (relocatedTo) rmSync(relocatedTo, { recursive: true, force: true });
  });

  it('serves with the embedded engine, twice (created, then reused), and stops it on SIGTERM', async () => {
    expect(statSync(privateDir).mode & 0o777).toBe(0o700);
    const app = join(privateDir, 'app');
    const options = { main: join(app, 'dist', 'apps', 'api', 'main.js'), cwd: app };

    const first = await startServer({ DATABASE_URL: undefined, LOG_LEVEL: 'warn' }, options);
    try {
      expect(await (await fetch(`${first.baseUrl}/api/health`)).json()).toEqual({ status: 'ok', db: 'up' });
      expect(first.output()).toMatch(/runs from \/var\/lib\/trust-repair-practice\//);
      expect(first.output()).not.toMatch(/EACCES|Unhandled/);
    } finally {
      await first.stop();
    }
    relocatedTo = dirname(readlinkSync(join(app, '.data', 'pg')));
    expect(relocatedTo.startsWith('/var/lib/trust-repair-practice/')).toBe(true);

    const second = await startServer({ DATABASE_URL: undefined, LOG_LEVEL: 'warn' }, options);
    try {
      expect((await fetch(`${second.baseUrl}/api/health`)).status).toBe(200);
      expect(second.output()).not.toMatch(/first run/);
    } finally {
      await second.stop();
    }
  });
});
