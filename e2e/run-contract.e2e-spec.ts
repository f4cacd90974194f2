import { spawnSync } from 'node:child_process';
import { API_MAIN, ROOT } from './support/server';

describe('run contract', () => {
  it('refuses to start with a bad setting, naming it in one clear line, and exits non-zero', () => {
    const result = spawnSync(process.execPath, [API_MAIN, 'serve'], {
      cwd: ROOT,
      env: { ...process.env, PORT: 'eighty', DATABASE_URL: 'mysql://nope', LOG_LEVEL: 'loud' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/PORT: must be a whole number/);
    expect(result.stderr).toMatch(/DATABASE_URL: must be a PostgreSQL URL/);
    expect(result.stderr).toMatch(/LOG_LEVEL: must be one of/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('serves the API and the web app from one port, with security headers on pages', async () => {
    const base = process.env.E2E_BASE_URL as string;
    const health = await fetch(`${base}/api/health`);
    expect(await health.json()).toEqual({ status: 'ok', db: 'up' });
    const page = await fetch(`${base}/`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(await page.text()).toContain('<app-root');
  });
});
