import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { cp, mkdir, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { engineBinary } from './engine-binaries';
import { isReachableBy, OsUser } from './os-user';

/** Where root keeps the engine when the project folder is out of the `postgres` user's reach. */
export const RELOCATION_ROOT = '/var/lib/trust-repair-practice';

export interface EngineLayout {
  /** The folder holding `bin/initdb`, `bin/postgres`, `lib/` and `share/`. */
  readonly nativeDir: string;
  /** The database cluster (PGDATA). */
  readonly clusterDir: string;
  /** Set when the binaries or the cluster had to live outside the project folder. */
  readonly relocatedTo?: string;
}

/**
 * Decides where the engine's binaries and cluster live. Normally: the binaries where npm put them and the
 * cluster in `<dataDir>/pg`. When the engine runs as `postgres` (the process is root) and cannot reach one of
 * them, because the project sits in a folder only root can enter (e.g. /root, mode 0700), that part moves to
 * RELOCATION_ROOT/<id of dataDir>: binaries copied (once per engine build), the cluster created there and
 * linked from `<dataDir>/pg`, so later runs and the operator find it.
 */
export async function engineLayout(dataDir: string, packagedNativeDir: string, runAs: OsUser | undefined): Promise<EngineLayout> {
  const clusterPath = join(dataDir, 'pg');
  const linked = linkTarget(clusterPath);
  if (!runAs) return { nativeDir: packagedNativeDir, clusterDir: clusterPath };

  const binariesReachable = isReachableBy(engineBinary(packagedNativeDir, 'postgres'), runAs);
  const clusterReachable = linked !== undefined ? isReachableBy(linked, runAs) : isReachableBy(clusterPath, runAs);
  if (binariesReachable && clusterReachable) return { nativeDir: packagedNativeDir, clusterDir: linked ?? clusterPath };

  const base = join(RELOCATION_ROOT, createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 16));
  await mkdir(base, { recursive: true, mode: 0o755 });
  const nativeDir = binariesReachable ? packagedNativeDir : await copyBinaries(packagedNativeDir, join(base, 'engine'));
  let clusterDir = linked ?? clusterPath;
  if (!clusterReachable) {
    if (linked !== undefined || existsSync(join(clusterPath, 'PG_VERSION'))) {
      throw new Error(
        `The embedded database in ${linked ?? clusterPath} is out of reach of the postgres user: move the project to a folder others can enter, or set DATABASE_URL.`,
      );
    }
    clusterDir = join(base, 'pg');
    await rm(clusterPath, { recursive: true, force: true }); // an empty left-over of a failed first run
    await symlink(clusterDir, clusterPath);
  }
  return { nativeDir, clusterDir, relocatedTo: base };
}

function linkTarget(path: string): string | undefined {
  try {
    return lstatSync(path).isSymbolicLink() ? resolve(path, '..', readlinkSync(path)) : undefined;
  } catch {
    return undefined;
  }
}

/** Copies the binaries unless this build of them is there already (the stamp names the source binary). */
async function copyBinaries(from: string, to: string): Promise<string> {
  const source = statSync(engineBinary(from, 'postgres'));
  const stamp = `${from} ${source.size} ${source.mtimeMs}`;
  const stampFile = join(to, '.copied-from');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return to;
  const staging = `${to}.partial`;
  await rm(staging, { recursive: true, force: true });
  await cp(from, staging, { recursive: true, preserveTimestamps: true, verbatimSymlinks: true });
  await writeFile(join(staging, '.copied-from'), stamp);
  await rm(to, { recursive: true, force: true });
  await rename(staging, to);
  return to;
}
