import { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '@trp/migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export const MIGRATIONS_TABLE = 'schema_migration';

/**
 * The one place TypeORM is configured: used by the Nest app, the migration command and tests.
 * `synchronize` is never on: the schema changes only through migrations/.
 */
export function typeOrmOptions(databaseUrl: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
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
      // Fail fast when the server is gone, instead of hanging requests.
      connectionTimeoutMillis: 5_000,
      application_name: 'trust-repair-practice',
    },
  };
}
