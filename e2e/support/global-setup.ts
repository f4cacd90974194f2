import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { API_MAIN, createDatabase, ROOT, startServer } from './server';

/** One server with a fresh database for the whole browser run; its URL reaches the specs as E2E_BASE_URL. */
export default async function globalSetup(): Promise<void> {
  if (!existsSync(API_MAIN) || !existsSync(join(ROOT, 'dist', 'apps', 'web', 'browser', 'en', 'index.html'))) {
    throw new Error('Build first: npx nx run-many -t build -p api web (npm test does it for you).');
  }
  const database = await createDatabase();
  const server = await startServer({ DATABASE_URL: database.url });
  process.env.E2E_BASE_URL = server.baseUrl;
  process.env.E2E_DATABASE_URL = database.url;
  (globalThis as Record<string, unknown>).__E2E__ = { server, database };
}
