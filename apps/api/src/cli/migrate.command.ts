import { AppConfig } from '../config/app-config';
import { revertLastMigration, runMigrations } from '../database/run-migrations';
import { resolveDatabase } from './resolve-database';

/** `npm run migrate` applies pending migrations; `npm run migrate -- --revert` reverts the latest one. */
export async function migrateCommand(config: AppConfig, args: string[]): Promise<number> {
  const database = await resolveDatabase(config, console.log);
  try {
    if (args.includes('--revert')) {
      await revertLastMigration(database.url);
      console.log('Reverted the latest migration.');
    } else {
      const applied = await runMigrations(database.url);
      console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'The database is up to date.');
    }
    return 0;
  } finally {
    await database.stop();
  }
}
