import { Client, Pool } from 'pg';
import { QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { openLink, SeededCouple, seedAssignment, seedCouple } from '../portal/testing/seed-portal';
import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient, TestResponse } from '../test/http-client';
import { seedPractice } from '../test/seed-staff';
import { TcpProxy } from '../test/tcp-proxy';
import { isDatabaseUnavailable } from './database-unavailable';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ANSWERS = { whatHappened: 'I found the messages.', readiness: 6, safetyCheck: 'yes' };
const APP_NAME = 'trust-repair-practice';

async function waitFor(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(25);
  }
}

function expectServiceUnavailable(response: TestResponse): void {
  expect(response.status).toBe(503);
  expect(response.headers['retry-after']).toBe('5');
  expect(response.headers['cache-control']).toBe('no-store');
  expect(response.body).toEqual({
    statusCode: 503,
    error: 'Service Unavailable',
    message: 'The service is briefly unavailable. Please try again in a few seconds.',
    code: 'database.unavailable',
  });
  expect(response.text).not.toMatch(/\bat \S+ \(|node_modules|ECONNREFUSED|terminated|stack/i);
}

/**
 * The whole API reaching PostgreSQL through a TCP proxy the test stops (connections refused, open ones cut) and
 * starts again: what partners see while the database restarts.
 */
describe('the API while PostgreSQL is unreachable', () => {
  let proxy: TcpProxy;
  let port: number;
  let testApp: TestApp;
  let couple: SeededCouple;
  let partner: TestClient;
  /** Direct connection (not through the proxy) to look at the database as the test goes. */
  let observer: Client;

  beforeAll(async () => {
    testApp = await createTestApp({ authRateLimit: { limit: 1000, windowMs: 60_000 } }, {
      databaseUrl: async (url) => {
        const target = new URL(url);
        proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
        port = await proxy.start();
        target.port = String(port);
        return target.toString();
      },
    });
    const practice = await seedPractice(testApp.dataSource, 'harbour', { counselor: { roles: ['counselor'] } });
    couple = await seedCouple(testApp.dataSource, { practiceId: practice.practiceId, counselorId: practice.users['counselor']?.id ?? '' });
    partner = new TestClient(testApp.app);
    await openLink(partner, couple.partners[0]);
    await partner.get('/api/portal/me'); // now holds the XSRF cookie too
    observer = new Client({ connectionString: testApp.database.url });
    await observer.connect();
  });

  afterAll(async () => {
    await observer.end();
    await testApp.close();
    await proxy.stop();
  });

  const appPool = () => (testApp.dataSource.driver as unknown as { master: Pool }).master;

  let proxyUp = true;
  /** Stops the proxy (new connections refused, open ones cut) and waits until the app's pool has dropped them all. */
  async function cutOff(): Promise<void> {
    await proxy.stop();
    proxyUp = false;
    await waitFor('the pool to drop its cut connections', () => appPool().totalCount === 0);
  }
  async function restore(): Promise<void> {
    if (proxyUp) return;
    await proxy.start(port);
    proxyUp = true;
  }

  afterEach(restore);

  it('documents the 503 with Retry-After on every route of the OpenAPI document (the health check keeps its own)', async () => {
    const { body } = await new TestClient(testApp.app).get('/api/docs-json');
    const operations = Object.entries(body.paths as Record<string, Record<string, { responses: Record<string, { description: string; headers?: object }> }>>).flatMap(
      ([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ route: `${method.toUpperCase()} ${path}`, unavailable: operation.responses['503'] })),
    );
    expect(operations.length).toBeGreaterThan(20);
    expect(operations.filter((o) => !o.unavailable).map((o) => o.route)).toEqual([]);
    const submit = operations.find((o) => o.route === 'POST /api/portal/assignments/{id}/submit');
    expect(submit?.unavailable).toMatchObject({ headers: { 'Retry-After': expect.any(Object) }, description: expect.stringMatching(/Retry-After/) });
    expect(operations.find((o) => o.route === 'GET /api/health')?.unavailable.description).toMatch(/db: "down"/);
  });

  it('a read and a write made while the database is away for about a second wait for it and succeed', async () => {
    const assignment = await seedAssignment(testApp.dataSource, couple);
    await cutOff();
    const started = Date.now();
    const read = partner.get('/api/portal/assignments');
    const write = partner.put(`/api/portal/assignments/${assignment.id}/draft`, { answers: { whatHappened: 'Saved while the database restarted.' }, version: 0 });
    await sleep(1_000);
    await restore();

    const [listed, saved] = await Promise.all([read, write]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((item: { id: string }) => item.id)).toContain(assignment.id);
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(1);
    const { rows } = await observer.query(`SELECT version, answers FROM response WHERE assignment_id = $1`, [assignment.id]);
    expect(rows).toEqual([{ version: 1, answers: { whatHappened: 'Saved while the database restarted.' } }]);
  });

  it('longer than the retry budget: 503 with Retry-After and the error shape, no stack; /api/health answers 503 at once; 200 once it is back', async () => {
    await cutOff();
    const health = (async () => {
      const t0 = Date.now();
      const response = await new TestClient(testApp.app).get('/api/health');
      return { response, ms: Date.now() - t0 };
    })();
    const started = Date.now();
    const response = await partner.get('/api/portal/assignments');
    const waited = Date.now() - started;

    expectServiceUnavailable(response);
    expect(waited).toBeGreaterThanOrEqual(2_900); // the budget: about 3 s of retrying first
    expect(waited).toBeLessThan(6_000);
    const { response: healthResponse, ms } = await health;
    expect(healthResponse.status).toBe(503);
    expect(healthResponse.body).toMatchObject({ status: 'error', db: 'down' });
    expect(ms).toBeLessThan(1_000);

    await restore();
    expect((await partner.get('/api/portal/assignments')).status).toBe(200);
    expect((await new TestClient(testApp.app).get('/api/health')).body).toEqual({ status: 'ok', db: 'up' });
  });

  it('a submission whose connection dies before COMMIT is not half-written (503, no response row, no audit event); repeating it submits once', async () => {
    const assignment = await seedAssignment(testApp.dataSource, couple);
    const blocker = new Client({ connectionString: testApp.database.url });
    await blocker.connect();
    try {
      // Hold the audit log so the submission stops at its last statement, after its response row is written.
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE audit_event IN SHARE MODE');
      const pending = partner.post(`/api/portal/assignments/${assignment.id}/submit`, { answers: ANSWERS });
      let waiting: { pid: number; wrote: boolean } | undefined;
      await waitFor('the submission to wait for the audit log', async () => {
        const { rows } = await observer.query(
          `SELECT a.pid, a.backend_xid IS NOT NULL AS wrote
             FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE NOT l.granted AND a.datname = current_database() AND a.application_name = $1`,
          [APP_NAME],
        );
        waiting = rows[0];
        return waiting !== undefined;
      });
      expect(waiting?.wrote).toBe(true); // its transaction has written (the response row), not committed

      await proxy.stop(); // the connection dies mid-transaction
      proxyUp = false;
      expectServiceUnavailable(await pending);

      await blocker.query('ROLLBACK');
      await waitFor('the orphaned backend to end', async () => {
        const { rows } = await observer.query(`SELECT 1 FROM pg_stat_activity WHERE pid = $1`, [waiting?.pid]);
        return rows.length === 0;
      });
    } finally {
      await blocker.end();
    }
    const responses = () => observer.query(`SELECT status FROM response WHERE assignment_id = $1`, [assignment.id]).then((r) => r.rows);
    const audits = () =>
      observer.query(`SELECT 1 FROM audit_event WHERE action = 'response.submitted' AND target_id = $1`, [assignment.id]).then((r) => r.rows.length);
    expect(await responses()).toEqual([]);
    expect(await audits()).toBe(0);

    await restore();
    const again = await partner.post(`/api/portal/assignments/${assignment.id}/submit`, { answers: ANSWERS });
    expect(again.status).toBe(200);
    expect(await responses()).toEqual([{ status: 'submitted' }]);
    expect(await audits()).toBe(1);
  });

  it('a transaction whose connection breaks between two statements fails as "unavailable" and leaves nothing behind', async () => {
    await observer.query('CREATE TABLE outage_probe (note text NOT NULL)');
    const failure = await testApp.dataSource
      .transaction(async (manager) => {
        await manager.query(`INSERT INTO outage_probe (note) VALUES ('first half')`);
        await proxy.stop(); // idle between statements: TypeORM releases the broken connection
        proxyUp = false;
        await sleep(100);
        await manager.query(`INSERT INTO outage_probe (note) VALUES ('second half')`);
      })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(QueryRunnerProviderAlreadyReleasedError); // not a connection error as such…
    expect(isDatabaseUnavailable(failure)).toBe(true); // …but classified as one: 503, not 500
    await waitFor('the cut backend to end', async () => {
      const { rows } = await observer.query(`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1`, [APP_NAME]);
      return rows.length === 0;
    });
    expect((await observer.query('SELECT note FROM outage_probe')).rows).toEqual([]);
  });
});
