import { DataSource } from 'typeorm';
import { typeOrmOptions } from './typeorm-options';

/** Applies pending migrations; answers the names of those applied. */
export async function runMigrations(databaseUrl: string): Promise<string[]> {
  const dataSource = new DataSource({ ...typeOrmOptions(databaseUrl, 1), logging: ['error'] });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}

/** Reverts the most recent migration (used by `npm run migrate -- --revert` and the round-trip test). */
export async function revertLastMigration(databaseUrl: string): Promise<void> {
  const dataSource = new DataSource({ ...typeOrmOptions(databaseUrl, 1), logging: ['error'] });
  await dataSource.initialize();
  try {
    await dataSource.undoLastMigration({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}
