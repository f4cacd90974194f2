import pg from 'pg';
import { TcpProxy } from '../test/tcp-proxy';
import { createTestDatabase, TestDatabase } from '../test/test-database';
import { ConnectRetryPolicy, withoutConnectRetry } from './connect-retry';
import { DatabaseUnavailableError, isDatabaseUnavailable } from './database-unavailable';
import { resilientPg } from './resilient-pg';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('resilientPg: the pg driver whose pool waits for PostgreSQL to come back', () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let port: number;
  let proxiedUrl: URL;

  beforeAll(async () => {
    database = await createTestDatabase();
    const target = new URL(database.url);
    proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
    port = await proxy.start();
    proxiedUrl = new URL(database.url);
    proxiedUrl.port = String(port);
  });
  afterAll(async () => {
    await proxy.stop();
    await database.drop();
  });

  let proxyUp = true;
  async function cutOff(): Promise<void> {
    await proxy.stop();
    proxyUp = false;
  }
  async function restore(): Promise<void> {
    if (proxyUp) return;
    await proxy.start(port);
    proxyUp = true;
  }
  afterEach(restore);

  function poolWith(retry: Partial<ConnectRetryPolicy>, url = proxiedUrl.toString()): pg.Pool {
    const { Pool } = resilientPg({ budgetMs: 3_000, initialDelayMs: 20, maxDelayMs: 100, ...retry });
    const pool = new Pool({ connectionString: url, max: 2 });
    pool.on('error', () => undefined); // an idle client whose socket closed (TypeORM listens the same way)
    return pool;
  }

  it('is pg itself but for the pool: the same types and defaults, a Pool that is a pg Pool', () => {
    const driver = resilientPg();
    expect(driver.types).toBe(pg.types);
    expect(driver.defaults).toBe(pg.defaults);
    expect(driver.Client).toBe(pg.Client);
    const pool = new driver.Pool({ connectionString: proxiedUrl.toString() });
    expect(pool).toBeInstanceOf(pg.Pool);
    return pool.end();
  });

  it('acquires a connection asked for while the server is unreachable as soon as it is back (promise, callback and pool.query)', async () => {
    const pool = poolWith({});
    try {
      await cutOff();
      const started = Date.now();
      const viaPromise = pool.connect();
      const viaCallback = new Promise<pg.PoolClient>((resolve, reject) =>
        pool.connect((error, client) => (error || !client ? reject(error) : resolve(client))),
      );
      await sleep(800);
      await restore();
      const [first, second] = await Promise.all([viaPromise, viaCallback]);
      expect(Date.now() - started).toBeGreaterThanOrEqual(750);
      expect((await first.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
      expect((await second.query('SELECT 2 AS two')).rows).toEqual([{ two: 2 }]);
      first.release();
      second.release();

      await cutOff();
      await sleep(50); // the idle clients notice their sockets closed and leave the pool
      const query = pool.query('SELECT 3 AS three');
      await sleep(300);
      await restore();
      expect((await query).rows).toEqual([{ three: 3 }]);
    } finally {
      await pool.end();
    }
  });

  it('gives up after its budget with DatabaseUnavailableError (the last refusal as cause), and works again once the server is back', async () => {
    const pool = poolWith({ budgetMs: 600 });
    try {
      await cutOff();
      const started = Date.now();
      const failure = await pool.connect().catch((error: unknown) => error);
      const waited = Date.now() - started;
      expect(failure).toBeInstanceOf(DatabaseUnavailableError);
      expect((failure as DatabaseUnavailableError).attempts).toBeGreaterThan(3);
      expect((failure as { cause?: { code?: string } }).cause?.code).toBe('ECONNREFUSED');
      expect(waited).toBeGreaterThanOrEqual(550);
      expect(waited).toBeLessThan(2_000);

      await restore();
      const client = await pool.connect();
      expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
      client.release();
    } finally {
      await pool.end();
    }
  });

  it('makes a single attempt inside withoutConnectRetry', async () => {
    const pool = poolWith({ budgetMs: 3_000 });
    try {
      await cutOff();
      const started = Date.now();
      const failure = await withoutConnectRetry(() => pool.connect()).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(DatabaseUnavailableError);
      expect((failure as DatabaseUnavailableError).attempts).toBe(1);
      expect(Date.now() - started).toBeLessThan(500);
    } finally {
      await pool.end();
    }
  });

  it('never sends a statement again when its connection is cut: it may have committed (here it did), so it runs once', async () => {
    const pool = poolWith({});
    const direct = new pg.Client({ connectionString: database.url });
    await direct.connect();
    try {
      await direct.query('CREATE TABLE cut_probe (n int NOT NULL)');
      const insert = pool.query('INSERT INTO cut_probe SELECT 1 FROM pg_sleep(0.5)').catch((error: unknown) => error);
      await sleep(200);
      await cutOff(); // mid-statement
      await restore(); // reachable again at once: a retry would go through
      const failure = await insert;
      expect(isDatabaseUnavailable(failure)).toBe(true);
      // The server finishes the statement, commits it, and only then finds the client gone.
      for (let i = 0; i < 100; i++) {
        const { rows } = await direct.query(`SELECT 1 FROM pg_stat_activity WHERE query LIKE 'INSERT INTO cut_probe%'`);
        if (rows.length === 0) break;
        await sleep(25);
      }
      expect((await direct.query('SELECT count(*)::int AS n FROM cut_probe')).rows).toEqual([{ n: 1 }]);
    } finally {
      await direct.end();
      await pool.end();
    }
  });

  it('does not wait when the server answers with an error of its own (a missing database): that error, at once', async () => {
    const missing = new URL(proxiedUrl.toString());
    missing.pathname = '/trp_no_such_database';
    const pool = poolWith({ budgetMs: 3_000 }, missing.toString());
    try {
      const started = Date.now();
      const failure = await pool.connect().catch((error: unknown) => error);
      expect(failure).not.toBeInstanceOf(DatabaseUnavailableError);
      expect((failure as { code?: string }).code).toBe('3D000');
      expect(Date.now() - started).toBeLessThan(1_000);
    } finally {
      await pool.end();
    }
  });
});
