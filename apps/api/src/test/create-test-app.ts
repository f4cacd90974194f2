import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApp } from '../app/create-app';
import { AppConfig } from '../config/app-config';
import { loadConfig } from '../config/load-config';
import { runMigrations } from '../database/run-migrations';
import { createTestDatabase, TestDatabase } from './test-database';

export interface TestApp {
  readonly app: NestFastifyApplication;
  readonly config: AppConfig;
  readonly database: TestDatabase;
  readonly dataSource: DataSource;
  close(): Promise<void>;
}

/**
 * The whole API against its own fresh database (migrated), for one integration suite.
 * Send requests with `app.inject(...)` (see ./http-client.ts); always `close()` in afterAll.
 * `sharedDatabase`: a second instance on another app's database (not migrated again; `close()` leaves it).
 */
export async function createTestApp(
  overrides: Partial<AppConfig> = {},
  options: { databaseUrl?: (url: string) => Promise<string>; sharedDatabase?: TestDatabase } = {},
): Promise<TestApp> {
  const shared = options.sharedDatabase;
  const database = shared ?? (await createTestDatabase());
  if (!shared) await runMigrations(database.url);
  const config: AppConfig = {
    ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: database.url }),
    webDistDir: undefined,
    // Job workers are off unless a suite turns them on (`workers: true`); short polls and retries when they are.
    workers: false,
    jobsPollSeconds: 0.5,
    mailRetry: { limit: 2, delaySeconds: 1 },
    ...overrides,
  };
  const app = await createApp(config, options.databaseUrl ? await options.databaseUrl(database.url) : database.url);
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    config,
    database,
    dataSource: app.get(DataSource),
    close: async () => {
      await app.close();
      if (!shared) await database.drop();
    },
  };
}
