import { spawnSync } from 'node:child_process';
import { Page } from 'playwright-core';
import { baseUrl } from './browser';
import { API_MAIN, ROOT } from './server';

export interface StaffLogin {
  readonly email: string;
  readonly password: string;
  readonly name: string;
}

/** A new practice whose first admin also holds the counselor role (a solo practice), made with the real command and API. */
export async function createSoloPractice(practice: string, person: StaffLogin): Promise<void> {
  const created = spawnSync(process.execPath, [API_MAIN, 'create-admin', '--practice', practice, '--email', person.email, '--name', person.name, '--password', person.password], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL, LOG_LEVEL: 'warn' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (created.status !== 0) throw new Error(`create-admin failed (${created.status}): ${created.stderr}${created.stdout}`);

  const login = await fetch(`${baseUrl()}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: person.email, password: person.password }),
  });
  if (login.status !== 200) throw new Error(`sign-in answered ${login.status}`);
  const cookies = login.headers.getSetCookie().map((line) => line.split(';')[0] ?? '');
  const xsrf = cookies.find((c) => c.startsWith('XSRF-TOKEN='))?.slice('XSRF-TOKEN='.length) ?? '';
  const user = (await login.json()) as { id: string };
  const patched = await fetch(`${baseUrl()}/api/admin/users/${user.id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', cookie: cookies.join('; '), 'x-xsrf-token': decodeURIComponent(xsrf) },
    body: JSON.stringify({ roles: ['admin', 'counselor'] }),
  });
  if (patched.status !== 200) throw new Error(`adding the counselor role answered ${patched.status}: ${await patched.text()}`);
}

/** Signs in through the sign-in page. */
export async function signInThroughPage(page: Page, person: StaffLogin): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email', { exact: true }).fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}
