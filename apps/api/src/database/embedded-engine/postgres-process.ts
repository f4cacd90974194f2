import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chown, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engineBinary } from './engine-binaries';
import type { EngineLayout } from './engine-layout';
import type { OsUser } from './os-user';

/** The real PostgreSQL binaries run as child processes: `initdb` once, then `postgres` for the app's lifetime. */

const runAsOptions = (runAs: OsUser | undefined) => (runAs ? { uid: runAs.uid, gid: runAs.gid } : {});
const env = () => ({ ...process.env, LC_MESSAGES: 'C', LC_ALL: 'C' });

/** Creates the cluster with one password-protected superuser. */
export async function initCluster(layout: EngineLayout, runAs: OsUser | undefined, user: string, password: string): Promise<void> {
  await mkdir(layout.clusterDir, { recursive: true, mode: 0o700 });
  if (runAs) await chown(layout.clusterDir, runAs.uid, runAs.gid);
  const passwordFile = join(tmpdir(), `trp-pg-${randomBytes(8).toString('hex')}`);
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  if (runAs) await chown(passwordFile, runAs.uid, runAs.gid);
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(
        engineBinary(layout.nativeDir, 'initdb'),
        [`--pgdata=${layout.clusterDir}`, '--auth=scram-sha-256', `--username=${user}`, `--pwfile=${passwordFile}`, '--encoding=UTF8', '--locale=C'],
        { ...runAsOptions(runAs), env: env(), stdio: ['ignore', 'ignore', 'pipe'] },
      );
      let stderr = '';
      child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      child.once('error', (error) => reject(launchError('initdb', error)));
      child.once('close', (code) => (code === 0 ? resolve() : reject(new Error(`initdb failed (exit ${code}): ${lastLines(stderr)}`))));
    });
  } finally {
    await rm(passwordFile, { force: true });
  }
}

/** Starts `postgres` and resolves once it accepts connections; rejects with its last words if it stops first. */
export function startServer(
  layout: EngineLayout,
  runAs: OsUser | undefined,
  port: number,
  flags: readonly string[],
  onUnexpectedExit: (message: string) => void,
): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(engineBinary(layout.nativeDir, 'postgres'), ['-D', layout.clusterDir, '-p', String(port), ...flags], {
      ...runAsOptions(runAs),
      env: env(),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let ready = false;
    child.stderr?.on('data', (chunk: Buffer) => {
      if (ready) return;
      stderr += chunk.toString('utf8');
      if (stderr.includes('database system is ready to accept connections')) {
        ready = true;
        resolve(child);
      }
    });
    child.once('error', (error) => reject(launchError('postgres', error)));
    child.once('exit', (code, signal) => {
      const message = `embedded PostgreSQL stopped (${signal ?? `exit ${code}`}): ${lastLines(stderr)}`;
      if (ready) onUnexpectedExit(message);
      else reject(new Error(message));
    });
  });
}

/** PostgreSQL's "fast" shutdown: ends sessions, checkpoints, exits. */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.removeAllListeners('exit');
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGINT');
  });
}

function launchError(binary: string, error: NodeJS.ErrnoException): Error {
  const hint =
    error.code === 'EACCES'
      ? ' (the postgres user cannot reach the binaries: move the project to a folder others can enter, or set DATABASE_URL)'
      : '';
  return new Error(`cannot run the embedded ${binary}: ${error.message}${hint}`);
}

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-3).join(' | ') || 'no output';
}
