import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { engineNativeDir } from '../database/embedded-engine/engine-binaries';
import { engineLayout, EngineLayout } from '../database/embedded-engine/engine-layout';
import { engineOsUser } from '../database/embedded-engine/os-user';
import { initCluster, startServer, stopServer } from '../database/embedded-engine/postgres-process';
import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { seedPractice, signIn } from '../test/seed-staff';
import { SmtpSink, startSmtpSink } from '../test/smtp-sink';

const N = 8;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Jobs survive a restart of PostgreSQL: N mails queued while the SMTP server refuses them, then PostgreSQL stops
 * and starts again under the running API, then SMTP comes back; each mail arrives exactly once. The server
 * restarted is a private embedded PostgreSQL on its own port (the shared one at 5432 is left alone).
 */
describe('mail queued across a PostgreSQL restart', () => {
  let dataDir: string;
  let layout: EngineLayout;
  let port: number;
  let server: ChildProcess | undefined;
  const runAs = engineOsUser();
  /** The app's own embedded engine (the binaries of `npm start`), on a fixed port so the API's URL stays valid. */
  const engine = {
    start: async () => {
      server = await startServer(layout, runAs, port, ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='], () => undefined);
    },
    stop: async () => {
      if (server) await stopServer(server);
      server = undefined;
    },
  };
  let sink: SmtpSink;
  let testApp: TestApp | undefined;
  const previousServer = process.env['TEST_DATABASE_URL'];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'trp-restart-'));
    port = await freePort();
    layout = await engineLayout(dataDir, engineNativeDir(), runAs);
    await initCluster(layout, runAs, 'postgres', 'test');
    await engine.start();
    process.env['TEST_DATABASE_URL'] = `postgres://postgres:test@127.0.0.1:${port}/postgres`;
    sink = await startSmtpSink();
    // Backoff from 1 s (the product's is 2 min) and enough tries to outlast the outage.
    testApp = await createTestApp({ smtpUrl: sink.url, workers: true, mailRetry: { limit: 8, delaySeconds: 1 }, authRateLimit: { limit: 1000, windowMs: 60_000 } });
  }, 120_000);
  afterAll(async () => {
    await testApp?.close().catch(() => undefined);
    await sink?.close();
    await engine.stop().catch(() => undefined);
    if (previousServer === undefined) delete process.env['TEST_DATABASE_URL'];
    else process.env['TEST_DATABASE_URL'] = previousServer;
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** A query that outlives the outage: the pool's broken connections fail once, then it reconnects. */
  async function query<T>(sql: string): Promise<T[]> {
    for (let i = 0; ; i++) {
      try {
        return (await testApp?.dataSource.query(sql)) as T[];
      } catch (error) {
        if (i > 100) throw error;
        await sleep(100);
      }
    }
  }

  it('loses none and sends each exactly once', async () => {
    if (!testApp) throw new Error('no app');
    const practice = await seedPractice(testApp.dataSource, 'restart');
    const admin = new TestClient(testApp.app);
    await signIn(admin, practice.admin.email);
    sink.refuse = true;
    const emails = Array.from({ length: N }, (_, i) => `restart-${i}@example.org`);
    for (const email of emails) expect((await admin.post('/api/admin/invitations', { email, roles: ['counselor'] })).status).toBe(201);

    // Every mail has been tried and refused at least once (they wait for their retry) …
    for (let i = 0; ; i++) {
      const [{ tried }] = await query<{ tried: number }>(`SELECT count(*)::int AS tried FROM mail_message WHERE attempts >= 1 AND status = 'queued'`);
      if (tried === N) break;
      if (i > 400) throw new Error(`only ${tried} of ${N} mails were tried`);
      await sleep(50);
    }
    expect(sink.messages).toEqual([]);
    // … then PostgreSQL stops (fast shutdown: every connection is cut) and starts again a few seconds later.
    await engine.stop();
    await sleep(3_000);
    await engine.start();
    sink.refuse = false;

    for (let i = 0; ; i++) {
      const [{ sent }] = await query<{ sent: number }>(`SELECT count(*)::int AS sent FROM mail_message WHERE status = 'sent'`);
      if (sent === N) break;
      if (i > 1_800) {
        const jobs = await query(`SELECT state, retry_count, start_after, heartbeat_on FROM pgboss.job WHERE name = 'mail' AND state <> 'completed'`);
        throw new Error(`only ${sent} of ${N} mails were sent after the restart; jobs left: ${JSON.stringify(jobs)}`);
      }
      await sleep(100);
    }
    await sleep(1_500); // a duplicate would arrive now
    for (const email of emails) expect(sink.messages.filter((m) => m.to.includes(email))).toHaveLength(1);
    expect(sink.messages).toHaveLength(N);
    const rows = await query<{ status: string; link_cipher: string | null }>(`SELECT status, link_cipher FROM mail_message`);
    expect(rows).toHaveLength(N);
    expect(rows.every((r) => r.status === 'sent' && r.link_cipher === null)).toBe(true);
  }, 240_000);
});
