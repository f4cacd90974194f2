import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../app/create-app';
import { JobsService } from '../jobs/jobs.service';
import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { drainMailQueue } from '../test/mail-queue';
import { seedPractice, SeededPractice, signIn } from '../test/seed-staff';
import { SmtpSink, startSmtpSink } from '../test/smtp-sink';
import { LINK_PLACEHOLDER } from './mail-outbox.service';
import { MailService } from './mail.service';

/** Every mail is a job (pg-boss in PostgreSQL), with a real SMTP server: sent and logged, retried, sent once, purged. */
describe('mail through the durable queue', () => {
  let sink: SmtpSink;
  let testApp: TestApp;
  let lakeside: SeededPractice;
  let harbour: SeededPractice;
  let admin: TestClient;
  let counselor: TestClient;
  let foreignAdmin: TestClient;
  const client = () => new TestClient(testApp.app);
  const invite = (email: string, as = admin) => as.post('/api/admin/invitations', { email, roles: ['counselor'] });
  const mailRows = (to: string) =>
    testApp.dataSource.query(`SELECT id, status, attempts, link_cipher, last_error, sent_at FROM mail_message WHERE "to" = $1 ORDER BY created_at`, [to]);
  /** Every place a token could hide: the whole mail rows and the whole job rows, as text. */
  const storedText = async () => {
    const [mail] = await testApp.dataSource.query(`SELECT coalesce(string_agg(m::text, '\n'), '') AS all FROM mail_message m`);
    const [jobs] = await testApp.dataSource.query(`SELECT coalesce(string_agg(j::text, '\n'), '') AS all FROM pgboss.job j`);
    return `${mail.all}\n${jobs.all}`;
  };

  beforeAll(async () => {
    sink = await startSmtpSink();
    testApp = await createTestApp({ smtpUrl: sink.url, workers: true, publicUrl: 'https://practice.example.org' });
    lakeside = await seedPractice(testApp.dataSource, 'lakeside', { counselor: { roles: ['counselor'] } });
    harbour = await seedPractice(testApp.dataSource, 'harbour');
    admin = client();
    await signIn(admin, lakeside.admin.email);
    counselor = client();
    await signIn(counselor, lakeside.users['counselor']?.email ?? '');
    foreignAdmin = client();
    await signIn(foreignAdmin, harbour.admin.email);
  });
  afterAll(async () => {
    await testApp?.close();
    await sink?.close();
  });

  it('answers at once; the job sends a plain-text and an HTML part with a neutral subject, and the log says sent', async () => {
    const invited = await invite('newcomer@lakeside.test');
    expect(invited.status).toBe(201);
    const mail = await sink.next('newcomer@lakeside.test', 15_000);
    expect(mail.subject).toBe('Your account at Practice lakeside');
    expect(mail.subject).not.toMatch(/trust|relationship|couple|betray|affair/i);
    expect(mail.text).toContain(invited.body.inviteUrl);
    expect(mail.html).toContain(`<a href="${invited.body.inviteUrl}"`);
    expect(mail.html).toMatch(/<html lang="en">/);
    expect(mail.raw).toMatch(/multipart\/alternative/i);
    await drainMailQueue(testApp.dataSource);
    const log = await admin.get('/api/admin/mail');
    expect(log.status).toBe(200);
    expect(log.body.items[0]).toEqual({
      id: expect.any(String),
      kind: 'staff_invitation',
      to: 'newcomer@lakeside.test',
      status: 'sent',
      attempts: 1,
      createdAt: expect.any(String),
      sentAt: expect.any(String),
    });
    expect(log.body.items[0]).not.toHaveProperty('text');
  });

  it('keeps no usable token in mail_message or pgboss.job once sent (the waiting link was encrypted, then purged)', async () => {
    const invited = await invite('token-check@lakeside.test');
    const token = String(invited.body.inviteUrl).split('/').pop() ?? '';
    expect(token.length).toBeGreaterThan(20);
    // While it waits, only ciphertext is stored.
    expect(await storedText()).not.toContain(token);
    await sink.next('token-check@lakeside.test', 15_000);
    await drainMailQueue(testApp.dataSource);
    const [row] = await mailRows('token-check@lakeside.test');
    expect(row).toMatchObject({ status: 'sent', link_cipher: null });
    const stored = await storedText();
    expect(stored).not.toContain(token);
    expect(stored).toContain(LINK_PLACEHOLDER);
  });

  it('retries a refused mail with backoff, marks it failed after the last try, and an admin can send it again', async () => {
    sink.refuse = true;
    await invite('retry@lakeside.test');
    await drainMailQueue(testApp.dataSource, 30_000);
    const [failed] = await mailRows('retry@lakeside.test');
    // mailRetry in tests: 2 retries after the first try.
    expect(failed).toMatchObject({ status: 'failed', attempts: 3, sent_at: null });
    expect(failed.last_error).toMatch(/busy/);
    expect(failed.link_cipher).not.toBeNull();
    const listed = await admin.get('/api/admin/mail?status=failed');
    expect(listed.body.items.map((m: { id: string }) => m.id)).toEqual([failed.id]);
    expect(listed.body.items[0]).toMatchObject({ status: 'failed', attempts: 3, lastError: expect.stringContaining('busy') });

    sink.refuse = false;
    const retried = await admin.post(`/api/admin/mail/${failed.id}/retry`);
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ id: failed.id, status: 'queued' });
    const mail = await sink.next('retry@lakeside.test', 15_000);
    expect(mail.text).toMatch(/https:\/\/practice\.example\.org\/invitations\/[A-Za-z0-9_-]{43}/);
    await drainMailQueue(testApp.dataSource);
    const [sent] = await mailRows('retry@lakeside.test');
    expect(sent).toMatchObject({ status: 'sent', attempts: 4, link_cipher: null });
    expect(sink.messages.filter((m) => m.to.includes('retry@lakeside.test'))).toHaveLength(1);
    // Only a failed mail can be sent again.
    const again = await admin.post(`/api/admin/mail/${failed.id}/retry`);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ statusCode: 409, error: 'Conflict', message: expect.stringMatching(/failed/) });
  });

  it('goes out exactly once with two instances working the same database', async () => {
    const second: NestFastifyApplication = await createApp(testApp.config, testApp.database.url);
    try {
      const emails = Array.from({ length: 12 }, (_, i) => `pair-${i}@lakeside.test`);
      for (const email of emails) expect((await invite(email)).status).toBe(201);
      await drainMailQueue(testApp.dataSource, 30_000);
      for (const email of emails) expect(sink.messages.filter((m) => m.to.includes(email))).toHaveLength(1);
      const rows = await testApp.dataSource.query(`SELECT status, attempts FROM mail_message WHERE "to" LIKE 'pair-%'`);
      expect(rows).toHaveLength(12);
      expect(rows.every((r: { status: string; attempts: number }) => r.status === 'sent' && r.attempts === 1)).toBe(true);
    } finally {
      await second.close();
    }
  });

  it('shows the mail log to admins only, and only their practice’s mail', async () => {
    const [one] = await testApp.dataSource.query(`SELECT id FROM mail_message WHERE practice_id = $1 LIMIT 1`, [lakeside.practiceId]);
    expect((await counselor.get('/api/admin/mail')).status).toBe(403);
    expect((await client().get('/api/admin/mail')).status).toBe(401);
    expect((await counselor.post(`/api/admin/mail/${one.id}/retry`)).status).toBe(403);
    expect((await client().post(`/api/admin/mail/${one.id}/retry`)).status).toBe(401);
    // Another practice's admin sees none of it and cannot touch it.
    expect((await foreignAdmin.get('/api/admin/mail')).body).toEqual({ items: [], nextCursor: null });
    expect((await foreignAdmin.post(`/api/admin/mail/${one.id}/retry`)).status).toBe(404);
    expect((await admin.post('/api/admin/mail/00000000-0000-4000-8000-000000000000/retry')).status).toBe(404);
  });

  it('pages with limit and cursor, and names a bad filter, limit or cursor (400)', async () => {
    const first = await admin.get('/api/admin/mail?limit=5');
    expect(first.body.items).toHaveLength(5);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const next = await admin.get(`/api/admin/mail?limit=5&cursor=${first.body.nextCursor}`);
    const ids = [...first.body.items, ...next.body.items].map((m: { id: string }) => m.id);
    expect(new Set(ids).size).toBe(10);
    const all = await admin.get('/api/admin/mail?limit=100');
    expect(all.body.items.map((m: { id: string }) => m.id).slice(0, 10)).toEqual(ids);
    for (const [query, field] of [
      ['status=lost', 'status'],
      ['limit=0', 'limit'],
      ['cursor=nonsense', 'cursor'],
    ] as const) {
      const bad = await admin.get(`/api/admin/mail?${query}`);
      expect(bad.status).toBe(400);
      expect(bad.body.message).toMatch(new RegExp(field));
    }
    expect((await admin.post('/api/admin/mail/not-a-uuid/retry')).status).toBe(400);
  });

});

describe('graceful shutdown', () => {
  it('finishes the mail in hand when the app closes', async () => {
    const sink = await startSmtpSink();
    const testApp = await createTestApp({ smtpUrl: sink.url, workers: true });
    try {
      expect(testApp.app.get(JobsService).working).toBe(true);
      const transport = testApp.app.get(MailService);
      const original = transport.send.bind(transport);
      jest.spyOn(transport, 'send').mockImplementation(async (message) => {
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        await original(message);
      });
      const practice = await seedPractice(testApp.dataSource, 'closing');
      const admin = new TestClient(testApp.app);
      await signIn(admin, practice.admin.email);
      await admin.post('/api/admin/invitations', { email: 'in-hand@closing.test', roles: ['counselor'] });
      // Wait until a worker holds it (its first try started), then close the app under it.
      for (let i = 0; i < 200; i++) {
        const [row] = await testApp.dataSource.query(`SELECT attempts FROM mail_message`);
        if (row?.attempts === 1) break;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      const url = testApp.database.url;
      await testApp.app.close();
      expect(sink.messages.map((m) => m.to)).toEqual([['in-hand@closing.test']]);
      // The row says sent: the job finished before the database connections closed.
      const { Client } = await import('pg');
      const pg = new Client({ connectionString: url });
      await pg.connect();
      const { rows } = await pg.query(`SELECT status FROM mail_message`);
      await pg.end();
      expect(rows).toEqual([{ status: 'sent' }]);
    } finally {
      await testApp.database.drop();
      await sink.close();
    }
  });
});

describe('mail on the embedded demo (no SMTP_URL)', () => {
  let testApp: TestApp;
  afterAll(() => testApp?.close());

  it('sends nothing, marks it sent to the log, and the admin reads its text (link as a placeholder)', async () => {
    testApp = await createTestApp({ smtpUrl: undefined, databaseUrl: undefined, workers: true });
    const practice = await seedPractice(testApp.dataSource, 'demo');
    const admin = new TestClient(testApp.app);
    await signIn(admin, practice.admin.email);
    const invited = await admin.post('/api/admin/invitations', { email: 'reader@demo.test', roles: ['counselor'] });
    const token = String(invited.body.inviteUrl).split('/').pop() ?? '';
    await drainMailQueue(testApp.dataSource);
    const log = await admin.get('/api/admin/mail');
    expect(log.body.items).toEqual([expect.objectContaining({ kind: 'staff_invitation', status: 'sent', text: expect.stringContaining(LINK_PLACEHOLDER) })]);
    expect(JSON.stringify(log.body)).not.toContain(token);
  });
});

describe('an app without workers', () => {
  let testApp: TestApp;
  afterAll(() => testApp?.close());

  it('queues mail but sends nothing (WORKERS=false: another instance works the queue)', async () => {
    const sink = await startSmtpSink();
    try {
      testApp = await createTestApp({ smtpUrl: sink.url, workers: false });
      const practice = await seedPractice(testApp.dataSource, 'webonly');
      const admin = new TestClient(testApp.app);
      await signIn(admin, practice.admin.email);
      expect((await admin.post('/api/admin/invitations', { email: 'later@webonly.test', roles: ['counselor'] })).status).toBe(201);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(sink.messages).toEqual([]);
      const [row] = await testApp.dataSource.query(`SELECT status FROM mail_message`);
      expect(row.status).toBe('queued');
      const [job] = await testApp.dataSource.query(`SELECT state FROM pgboss.job WHERE name = 'mail'`);
      expect(job.state).toBe('created');
    } finally {
      await sink.close();
    }
  });
});
