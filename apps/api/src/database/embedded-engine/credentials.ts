import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The embedded engine's passwords, generated per data folder and kept in it (mode 0600), never in the source. */
export interface EngineCredentials {
  /** The cluster's superuser (`postgres`): used only to set up the app's role and database. */
  readonly superuserPassword: string;
  /** The app's role: owns the app's database and schema, nothing more (no superuser, no COPY … PROGRAM). */
  readonly appPassword: string;
}

/** The superuser password that clusters created before per-folder credentials were given (to be replaced). */
export const LEGACY_SUPERUSER_PASSWORD = 'trp-embedded';

const FILE = 'credentials.json';

export function readCredentials(dataDir: string): EngineCredentials | undefined {
  const file = join(dataDir, FILE);
  if (!existsSync(file)) return undefined;
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!isCredentials(parsed)) throw new Error(`${file} is damaged: restore it from a backup, or move the .data folder away to start afresh.`);
  return parsed;
}

export async function createCredentials(dataDir: string): Promise<EngineCredentials> {
  const credentials: EngineCredentials = { superuserPassword: secret(), appPassword: secret() };
  const file = join(dataDir, FILE);
  await writeFile(file, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  await chmod(file, 0o600); // also when the file existed with wider rights
  return credentials;
}

const secret = () => randomBytes(24).toString('base64url');

function isCredentials(value: unknown): value is EngineCredentials {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['superuserPassword'] === 'string' && typeof record['appPassword'] === 'string';
}
