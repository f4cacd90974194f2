import { type ChildProcess, spawn } from 'node:child_process';
import { API_MAIN, ROOT } from './api-build';
import { sleep } from './cluster';

/** A server process under test, pinned to CPU 0 (`taskset -c 0`); the bench itself runs on CPU 1. */
export interface ServerProcess {
  readonly name: string;
  readonly port: number;
  readonly base: string;
  readonly child: ChildProcess;
  /** Everything the process wrote to stderr and stdout (for crash reports). */
  output(): string;
  exited(): boolean;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export async function startProcess(name: string, port: number, args: readonly string[], env: Record<string, string>, healthPath: string): Promise<ServerProcess> {
  const child = spawn('taskset', ['-c', '0', process.execPath, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exitCode: number | null | undefined;
  child.on('exit', (code, signal) => {
    exitCode = code ?? (signal ? -1 : 0);
  });
  const base = `http://127.0.0.1:${port}`;
  const server: ServerProcess = {
    name,
    port,
    base,
    child,
    output: () => log,
    exited: () => exitCode !== undefined,
    stop: async (signal = 'SIGTERM') => {
      if (exitCode !== undefined) return;
      child.kill(signal);
      for (let i = 0; i < 100 && exitCode === undefined; i++) await sleep(50);
      if (exitCode === undefined) child.kill('SIGKILL');
    },
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`${name} exited (${exitCode}) while starting:\n${log}`);
    try {
      const response = await fetch(base + healthPath);
      if (response.ok) return server;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  await server.stop('SIGKILL');
  throw new Error(`${name} did not answer ${healthPath} within 60 s:\n${log}`);
}

/** The product: `node dist/apps/api/main.js serve` in production mode. */
export function startApi(name: string, port: number, databaseUrl: string, extraEnv: Record<string, string> = {}): Promise<ServerProcess> {
  return startProcess(
    name,
    port,
    [API_MAIN, 'serve'],
    { DATABASE_URL: databaseUrl, PORT: String(port), NODE_ENV: 'production', LOG_LEVEL: 'warn', DEMO_DATA: 'false', DATABASE_POOL_SIZE: '10', PUBLIC_URL: `http://127.0.0.1:${port}`, ...extraEnv },
    '/api/health',
  );
}
