import { AppConfig } from '../config/app-config';
import { runMigrations } from '../database/run-migrations';
import { createApp } from '../app/create-app';
import { loadDemoData } from '../demo/load-demo-data';
import { resolveDatabase } from './resolve-database';

/** `npm start`: database (embedded or DATABASE_URL), pending migrations, demo data when asked, then serve. */
export async function serveCommand(config: AppConfig): Promise<number> {
  const database = await resolveDatabase(config, console.log);
  const applied = await runMigrations(database.url);
  if (applied.length) console.log(`Applied ${applied.length} migration(s).`);
  const demoLines = config.demoData ? await loadDemoData(database.url, { publicUrl: config.publicUrl }) : [];

  const app = await createApp(config, database.url);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  await app.listen({ port: config.port, host: config.host });
  console.log('');
  console.log(`Trust Repair Practice is running at ${config.publicUrl}`);
  console.log(`  database: ${database.embedded ? `embedded PostgreSQL (data in ${config.dataDir})` : 'DATABASE_URL'}`);
  console.log(`  API docs: ${config.publicUrl}/api/docs`);
  if (config.host === '127.0.0.1') console.log('  listening on this machine only (127.0.0.1): set HOST=0.0.0.0 to open it to the network');
  if (config.demoData) {
    console.log('  demo practice loaded; sign in with:');
    for (const line of demoLines) console.log(`    ${line}`);
  }
  return -1; // keep running
}
