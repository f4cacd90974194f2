import { AppConfig } from '../config/app-config';
import { startEmbeddedPostgres } from '../database/embedded-postgres';

export interface ResolvedDatabase {
  readonly url: string;
  readonly embedded: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL when set; otherwise the embedded engine with its data under DATA_DIR (.data/). */
export async function resolveDatabase(config: AppConfig, log: (line: string) => void): Promise<ResolvedDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, stop: async () => undefined };
  const embedded = await startEmbeddedPostgres(config.dataDir, log);
  return { url: embedded.url, embedded: true, stop: () => embedded.stop() };
}
