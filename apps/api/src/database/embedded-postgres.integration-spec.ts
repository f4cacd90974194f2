import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { EmbeddedDatabase, startEmbeddedPostgres } from './embedded-postgres';
import { LEGACY_SUPERUSER_PASSWORD } from './embedded-engine/credentials';

// The engine of `npm start` without DATABASE_URL: the app must not connect as a superuser (a superuser can run
// OS commands with COPY … TO PROGRAM and read every practice), and no password may come from the source.
describe('embedded PostgreSQL: the app role and its credentials', () => {
  let dataDir: string;
  let engine: EmbeddedDatabase | undefined;
  const log: string[] = [];

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'trp-embedded-'));
  });
  afterAll(async () => {
    await engine?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function query<T>(url: string, sql: string): Promise<T[]> {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql)).rows as T[];
    } finally {
      await client.end();
    }
  }

  const superuserUrl = (password: string) => {
    const url = new URL(engine?.url ?? '');
    return `postgres://postgres:${encodeURIComponent(password)}@${url.host}/trp`;
  };

  it('connects the app as a role that is no superuser and cannot run programs, with passwords kept in the data folder', async () => {
    engine = await startEmbeddedPostgres(dataDir, (line) => log.push(line));
    const url = new URL(engine.url);
    expect(url.username).toBe('trp_app');
    const [role] = await query<{ rolsuper: boolean; rolcreaterole: boolean }>(engine.url, 'SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = current_user');
    expect(role).toEqual({ rolsuper: false, rolcreaterole: false });
    await expect(query(engine.url, `COPY (SELECT 1) TO PROGRAM 'true'`)).rejects.toMatchObject({ code: '42501' });
    await expect(query(engine.url, `SELECT pg_read_file('/etc/hostname')`)).rejects.toMatchObject({ code: '42501' });
    // It owns its own database: it can create what migrations create.
    await query(engine.url, 'CREATE TABLE app_owned (id int PRIMARY KEY)');
    await query(engine.url, 'CREATE EXTENSION IF NOT EXISTS pgcrypto');

    const file = join(dataDir, 'credentials.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const credentials = JSON.parse(readFileSync(file, 'utf8')) as { superuserPassword: string; appPassword: string };
    expect(decodeURIComponent(url.password)).toBe(credentials.appPassword);
    expect(credentials.superuserPassword).not.toBe(LEGACY_SUPERUSER_PASSWORD);
    expect(credentials.superuserPassword.length).toBeGreaterThanOrEqual(32);
    await expect(query(superuserUrl(LEGACY_SUPERUSER_PASSWORD), 'SELECT 1')).rejects.toMatchObject({ code: '28P01' });
  });

  it('upgrades a cluster of the earlier kind: superuser password from the source, tables owned by the superuser', async () => {
    if (!engine) throw new Error('the first test starts the engine');
    const credentials = JSON.parse(readFileSync(join(dataDir, 'credentials.json'), 'utf8')) as { superuserPassword: string };
    const asSuperuser = superuserUrl(credentials.superuserPassword);
    await query(asSuperuser, `CREATE TABLE legacy_answers (id int PRIMARY KEY)`);
    await query(asSuperuser, `CREATE FUNCTION legacy_fn() RETURNS int LANGUAGE sql AS 'SELECT 1'`);
    await query(asSuperuser, `ALTER ROLE postgres PASSWORD '${LEGACY_SUPERUSER_PASSWORD}'`);
    await engine.stop();
    rmSync(join(dataDir, 'credentials.json'));

    engine = await startEmbeddedPostgres(dataDir, (line) => log.push(line));
    const owners = await query<{ name: string; owner: string }>(
      engine.url,
      `SELECT relname AS name, pg_get_userbyid(relowner) AS owner FROM pg_class WHERE relname IN ('legacy_answers', 'app_owned')
       UNION ALL SELECT proname, pg_get_userbyid(proowner) FROM pg_proc WHERE proname = 'legacy_fn' ORDER BY 1`,
    );
    expect(owners).toEqual([
      { name: 'app_owned', owner: 'trp_app' },
      { name: 'legacy_answers', owner: 'trp_app' },
      { name: 'legacy_fn', owner: 'trp_app' },
    ]);
    await expect(query(superuserUrl(LEGACY_SUPERUSER_PASSWORD), 'SELECT 1')).rejects.toMatchObject({ code: '28P01' });
    expect(log.filter((line) => /first run/.test(line))).toHaveLength(1);
  });
});
