import { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '@trp/migrations';
import { resilientPg } from './resilient-pg';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export const MIGRATIONS_TABLE = 'schema_migration';

/**
 * The one place TypeORM is configured: used by the Nest app, the migration command and tests.
 * `synchronize` is never on: the schema changes only through migrations/.
 * While PostgreSQL is unreachable, acquiring a connection waits and retries for up to 3 s (resilient-pg.ts);
 * statements are never retried.
 */
export function typeOrmOptions(databaseUrl: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    driver: resilientPg(),
    url: databaseUrl,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    migrations: MIGRATIONS,
    migrationsTableName: MIGRATIONS_TABLE,
    migrationsTransactionMode: 'each',
    uuidExtension: 'pgcrypto',
    poolSize,
    extra: {
      // One attempt to get a connection (a free one from the pool, or a new one) gives up after 5 s instead of hanging.
      connectionTimeoutMillis: 5_000,
      application_name: 'trust-repair-practice',
    },
  };
}
