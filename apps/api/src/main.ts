import 'reflect-metadata';
import { createAdminCommand } from './cli/create-admin.command';
import { migrateCommand } from './cli/migrate.command';
import { serveCommand } from './cli/serve.command';
import { AppConfig } from './config/app-config';
import { ConfigError, loadConfig } from './config/load-config';

type Command = (config: AppConfig, args: string[]) => Promise<number>;

/** One bundle, several commands: `node main.js [serve|migrate|…] [args]`. */
export const COMMANDS: Record<string, Command> = {
  serve: serveCommand,
  migrate: migrateCommand,
  'create-admin': createAdminCommand,
};

async function main(): Promise<void> {
  const [name = 'serve', ...args] = process.argv.slice(2);
  const command = COMMANDS[name];
  if (!command) {
    console.error(`Unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(', ')}`);
    process.exit(2);
  }
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const code = await command(config, args);
  if (code >= 0) process.exit(code);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
