import { createHash } from 'node:crypto';
import { Clock } from '../common/clock';
import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { SeededPractice, seedPractice, signIn, TEST_PASSWORD } from '../test/seed-staff';
import { drainMailQueue } from '../test/mail-queue';
import { SmtpSink, startSmtpSink } from '../test/smtp-sink';
import { seedWorkspaceCallers, WorkspaceCallers } from '../test/workspace-callers';

const NEW_PASSWORD = 'a quiet lake at dawn with herons';
const ACCEPTED = { message: 'If an account exists for that address, we have sent a link. It works for one hour.' };

describe('password reset (self-service and by an admin), with a real SMTP server', () => {
  let testApp: TestApp;
  let sink: SmtpSink;
  let lakeside: SeededPractice;
  let callers: WorkspaceCallers;
  let clock: Clock;

  beforeAll(async () => {
    sink = await startSmtpSink();
    testApp = await createTestApp({ smtpUrl: sink.url, workers: true, authRateLimit: { limit: 1000, windowMs: 60_000 } });
    clock = testApp.app.get(Clock);
    lakeside = await seedPractice(testApp.dataSource, 'lakeside', {
      amira: { roles: ['counselor'] },
      ben: { roles: ['counselor'] },
      cleo: { roles: ['counselor'] },
      dana: { roles: ['counselor'] },
      eli: { roles: ['counselor'] },
      fay: { roles: ['counselor'] },
      gone: { roles: ['counselor'], status: 'deactivated' },
    });
    callers = await seedWorkspaceCallers(testApp);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(async () => {
    await testApp?.close();
    await sink?.close();
  });

  const client = () => new TestClient(testApp.app);
  const ask = (email: unknown, extra: Record<string, unknown> = {}) => client().post('/api/auth/password-reset', { email, ...extra });
  const tokenOf = (text: string) => {
    const match = new RegExp(`${testApp.config.publicUrl.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/password-reset/([A-Za-z0-9_-]+)`).exec(text);
    if (!match?.[1]) throw new Error(`No reset link in: ${text}`);
    return match[1];
  };
  /** Asks for a link for `email` and answers the token from the mail that arrived. */
  const linkFor = async (email: string) => {
    expect((await ask(email)).status).toBe(202);
    return tokenOf((await sink.next(email)).text);
  };
  const settle = () => drainMailQueue(testApp.dataSource);
  const mailsTo = (email: string) => sink.messages.filter((m) => m.to.includes(email));
  const auditOf = (userId: string | undefined, action: string) =>
    testApp.dataSource.query(`SELECT actor_kind, actor_id, outcome, details FROM audit_event WHERE target_id = $1 AND action = $2 ORDER BY id`, [userId, action]);

  it('answers the same 202 for a known, an unknown and a deactivated email, and mails only the active account', async () => {
    const known = await ask(' AMIRA@lakeside.test ');
    const unknown = await ask('nobody@lakeside.test');
    const deactivated = await ask('gone@lakeside.test');
    for (const response of [known, unknown, deactivated]) {
      expect(response.status).toBe(202);
      expect(response.body).toEqual(ACCEPTED);
    }
    const mail = await sink.next('amira@lakeside.test');
    expect(mail.subject).toBe('Reset your password');
    expect(mail.text).toContain('Hello Amira lakeside,');
    expect(mail.text).toContain('The link works for one hour and only once.');
    expect(mail.text).not.toMatch(/couple|partner|relationship|affair/i);
    const token = tokenOf(mail.text);
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(mail.raw).toMatch(/Content-Type: text\/plain/i);

    await settle();
    expect(mailsTo('nobody@lakeside.test')).toEqual([]);
    expect(mailsTo('gone@lakeside.test')).toEqual([]);

    // Only the hash is stored; the audit names no token.
    const rows: { token_hash: string }[] = await testApp.dataSource.query(`SELECT token_hash FROM password_reset WHERE user_id = $1`, [lakeside.users['amira']?.id]);
    expect(rows).toEqual([{ token_hash: createHash('sha256').update(token).digest('hex') }]);
    const requested = await auditOf(lakeside.users['amira']?.id, 'auth.password_reset_requested');
    expect(requested).toEqual([expect.objectContaining({ actor_kind: 'anonymous', outcome: 'success', details: expect.objectContaining({ via: 'self' }) })]);
    expect(JSON.stringify(requested)).not.toContain(token);
    expect(await auditOf(lakeside.users['gone']?.id, 'auth.password_reset_requested')).toEqual([
      expect.objectContaining({ outcome: 'failure', details: { via: 'self', reason: 'account_deactivated' } }),
    ]);
  });

  it('sets the password once with the link, ends every session of the user (revoked), and is audited', async () => {
    const email = 'ben@lakeside.test';
    const laptop = client();
    const phone = client();
    await signIn(laptop, email);
    await signIn(phone, email);
    const token = await linkFor(email);

    const reset = await client().post(`/api/auth/password-reset/${token}`, { password: NEW_PASSWORD });
    expect(reset.status).toBe(204);
    expect((await laptop.get('/api/auth/me')).status).toBe(401);
    expect((await phone.get('/api/auth/me')).status).toBe(401);
    const open = await testApp.dataSource.query(`SELECT count(*)::int AS n FROM staff_session WHERE user_id = $1 AND revoked_at IS NULL`, [lakeside.users['ben']?.id]);
    expect(open).toEqual([{ n: 0 }]);

    expect((await client().post('/api/auth/login', { email, password: TEST_PASSWORD })).status).toBe(401);
    await signIn(client(), email, NEW_PASSWORD);

    const again = await client().post(`/api/auth/password-reset/${token}`, { password: 'another long passphrase here' });
    expect(again.status).toBe(410);
    expect(again.body).toMatchObject({ statusCode: 410, error: 'Gone', message: expect.stringContaining('expired or was already used') });

    expect(await auditOf(lakeside.users['ben']?.id, 'auth.password_reset')).toEqual([
      { actor_kind: 'staff', actor_id: lakeside.users['ben']?.id, outcome: 'success', details: { sessionsEnded: 2 } },
    ]);
  });

  it('works within the hour and not after (the injectable clock)', async () => {
    const email = 'cleo@lakeside.test';
    const start = Date.now();
    const first = await linkFor(email);
    jest.spyOn(clock, 'now').mockReturnValue(new Date(start + 61 * 60_000));
    const late = await client().post(`/api/auth/password-reset/${first}`, { password: NEW_PASSWORD });
    expect(late.status).toBe(410);

    const second = await linkFor(email);
    jest.spyOn(clock, 'now').mockReturnValue(new Date(start + 61 * 60_000 + 59 * 60_000));
    expect((await client().post(`/api/auth/password-reset/${second}`, { password: NEW_PASSWORD })).status).toBe(204);
  });

  it('a newer link kills the older unused one', async () => {
    const email = 'dana@lakeside.test';
    const older = await linkFor(email);
    const newer = await linkFor(email);
    expect(newer).not.toBe(older);
    expect((await client().post(`/api/auth/password-reset/${older}`, { password: NEW_PASSWORD })).status).toBe(410);
    expect((await client().post(`/api/auth/password-reset/${newer}`, { password: NEW_PASSWORD })).status).toBe(204);
  });

  it('clears a sign-in lockout of the account', async () => {
    const email = 'eli@lakeside.test';
    for (let i = 0; i < 5; i++) await client().post('/api/auth/login', { email, password: `wrong password ${i}!` });
    expect((await client().post('/api/auth/login', { email, password: TEST_PASSWORD })).status).toBe(429);
    const token = await linkFor(email);
    expect((await client().post(`/api/auth/password-reset/${token}`, { password: NEW_PASSWORD })).status).toBe(204);
    await signIn(client(), email, NEW_PASSWORD);
  });

  it('sends at most 3 mails per account per hour: further requests still answer 202 and send nothing', async () => {
    const email = 'fay@lakeside.test';
    const start = Date.now();
    for (let i = 0; i < 3; i++) await linkFor(email);
    const fourth = await ask(email);
    expect(fourth.status).toBe(202);
    expect(fourth.body).toEqual(ACCEPTED);
    await settle();
    expect(mailsTo(email)).toHaveLength(3);
    expect(await auditOf(lakeside.users['fay']?.id, 'auth.password_reset_requested')).toContainEqual(
      expect.objectContaining({ outcome: 'denied', details: { via: 'self', reason: 'too_many_requests' } }),
    );
    // The admin is told so (429) rather than silently ignored.
    const admin = client();
    await signIn(admin, lakeside.admin.email);
    const byAdmin = await admin.post(`/api/admin/users/${lakeside.users['fay']?.id}/password-reset`);
    expect(byAdmin.status).toBe(429);
    expect(byAdmin.body.message).toMatch(/last hour/);

    jest.spyOn(clock, 'now').mockReturnValue(new Date(start + 61 * 60_000));
    await linkFor(email);
  });

  it('refuses a password that breaks the invitation rules (400 naming `password`), keeping the link usable', async () => {
    const email = 'amira@lakeside.test';
    const token = await linkFor(email);
    const url = `/api/auth/password-reset/${token}`;
    for (const body of [{ password: 'short' }, { password: 'password1234' }, { password: 'amira@lakeside.test!!' }, {}, { password: 12345678901234 }, { password: 'x'.repeat(1025) }]) {
      const response = await client().post(url, body);
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'password' })]));
    }
    const extra = await client().post(url, { password: NEW_PASSWORD, email });
    expect(extra.status).toBe(400);
    expect(extra.body.message).toContain('unknown field "email"');
    expect((await client().post(url, { password: NEW_PASSWORD })).status).toBe(204);
  });

  it('answers 404 for an unknown link, and a clear 4xx for an absurdly long one', async () => {
    for (const token of ['not-a-real-token', 'x'.repeat(100)]) {
      const response = await client().post(`/api/auth/password-reset/${token}`, { password: NEW_PASSWORD });
      expect(response.status).toBe(404);
      expect(response.body).toMatchObject({ statusCode: 404, error: 'Not Found', message: expect.stringContaining('not valid') });
    }
    const tooLong = await client().post(`/api/auth/password-reset/${'x'.repeat(300)}`, { password: NEW_PASSWORD });
    expect(tooLong.status).toBe(404); // longer than the router takes: no such link, in the contract's shape
    expect(tooLong.body).toEqual({ statusCode: 404, message: 'Not found.', error: 'Not Found' });
  });

  it('validates the request (400 naming `email`; unknown fields refused) and keeps the CSRF rule of sign-in', async () => {
    for (const body of [{}, { email: 42 }, { email: ['a@b.test'] }, { email: 'not-an-email' }, { email: `${'a'.repeat(250)}@lakeside.test` }]) {
      const response = await client().post('/api/auth/password-reset', body);
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'email' })]));
    }
    const extra = await ask('amira@lakeside.test', { admin: true });
    expect(extra.status).toBe(400);
    expect(extra.body.message).toContain('unknown field "admin"');

    // A browser that holds cookies must echo the XSRF token, as for sign-in.
    const browser = client();
    await browser.get('/api/health');
    expect((await browser.post('/api/auth/password-reset', { email: 'amira@lakeside.test' }, { withoutCsrf: true })).status).toBe(403);
    expect(
      (await client().post('/api/auth/password-reset', { email: 'amira@lakeside.test' }, { headers: { 'sec-fetch-site': 'cross-site' } })).status,
    ).toBe(403);
  });

  describe('POST /api/admin/users/:id/password-reset', () => {
    it('an admin of the practice sends the same mail; audited with the admin as actor', async () => {
      const target = callers.riverside.users['other'];
      const sent = await callers.clients.adminOnly.post(`/api/admin/users/${target?.id}/password-reset`);
      expect(sent.status).toBe(202);
      expect(sent.body).toEqual({ sentTo: target?.email, expiresAt: expect.any(String) });
      expect(new Date(sent.body.expiresAt).getTime() - Date.now()).toBeGreaterThan(59 * 60_000);
      const mail = await sink.next(target?.email ?? '');
      expect(mail.subject).toBe('Reset your password');
      expect(mail.text).toContain('Admin riverside, an admin at Practice riverside');
      expect((await client().post(`/api/auth/password-reset/${tokenOf(mail.text)}`, { password: NEW_PASSWORD })).status).toBe(204);
      expect(await auditOf(target?.id, 'auth.password_reset_requested')).toEqual([
        expect.objectContaining({ actor_kind: 'staff', actor_id: callers.riverside.admin.id, outcome: 'success', details: expect.objectContaining({ via: 'admin' }) }),
      ]);
      // The target's own session ended: sign in again for the other tests of the matrix.
      await signIn(callers.clients.otherCounselor, target?.email ?? '', NEW_PASSWORD);
    });

    it('is refused to everyone else: another practice 404, counselor 403, anonymous 401, partner 401/403', async () => {
      const target = callers.riverside.users['owner']?.id;
      const url = `/api/admin/users/${target}/password-reset`;
      const foreignAdmin = client();
      await signIn(foreignAdmin, callers.harbour.admin.email);
      expect((await foreignAdmin.post(url)).status).toBe(404);
      expect((await callers.clients.owner.post(url)).status).toBe(403);
      expect((await callers.clients.anonymous.post(url)).status).toBe(401);
      expect([401, 403]).toContain((await callers.clients.partner.post(url)).status);
      await settle();
      expect(mailsTo(callers.riverside.users['owner']?.email ?? '')).toEqual([]);
    });

    it('answers 409 for a deactivated or invited account, 404 for an unknown id and 400 for a malformed one', async () => {
      const admin = client();
      await signIn(admin, lakeside.admin.email);
      const gone = await admin.post(`/api/admin/users/${lakeside.users['gone']?.id}/password-reset`);
      expect(gone.status).toBe(409);
      expect(gone.body.message).toMatch(/deactivated/);
      const invited = await admin.post('/api/admin/invitations', { email: 'newbie@lakeside.test', roles: ['counselor'] });
      const pending = await admin.post(`/api/admin/users/${invited.body.userId}/password-reset`);
      expect(pending.status).toBe(409);
      expect(pending.body.message).toMatch(/invitation/);
      expect((await admin.post('/api/admin/users/00000000-0000-4000-8000-000000000000/password-reset')).status).toBe(404);
      const malformed = await admin.post('/api/admin/users/not-a-uuid/password-reset');
      expect(malformed.status).toBe(400);
      expect(malformed.body.errors[0].field).toBe('id');
    });
  });
});

describe('password reset request rate limit per address', () => {
  let limited: TestApp;
  beforeAll(async () => {
    limited = await createTestApp({ authRateLimit: { limit: 3, windowMs: 60_000 } });
  });
  afterAll(() => limited?.close());

  it('answers 429 after the limit from one address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await new TestClient(limited.app).post('/api/auth/password-reset', { email: `someone${i}@example.test` })).status);
    expect(statuses).toEqual([202, 202, 202, 429]);
  });
});
