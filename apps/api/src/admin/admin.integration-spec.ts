import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { SeededPractice, seedPractice, signIn, TEST_PASSWORD } from '../test/seed-staff';

describe('admin API and account lifecycle', () => {
  let testApp: TestApp;
  let riverside: SeededPractice;
  let harbour: SeededPractice;
  const as: Record<'anonymous' | 'counselor' | 'admin' | 'foreignAdmin' | 'deactivated', TestClient> = {} as never;

  beforeAll(async () => {
    testApp = await createTestApp({ authRateLimit: { limit: 1000, windowMs: 60_000 } });
    riverside = await seedPractice(testApp.dataSource, 'riverside', {
      counselor: { roles: ['counselor'] },
      both: { roles: ['admin', 'counselor'] },
      soon: { roles: ['counselor'] },
      amy: { roles: ['counselor'] },
      zed: { roles: ['counselor'] },
    });
    harbour = await seedPractice(testApp.dataSource, 'harbour', { other: { roles: ['counselor'] } });
    const client = () => new TestClient(testApp.app);
    as.anonymous = client();
    as.counselor = client();
    as.admin = client();
    as.foreignAdmin = client();
    as.deactivated = client();
    await signIn(as.counselor, 'counselor@riverside.test');
    await signIn(as.admin, 'admin@riverside.test');
    await signIn(as.foreignAdmin, 'admin@harbour.test');
    await signIn(as.deactivated, 'soon@riverside.test');
    expect((await as.deactivated.get('/api/auth/me')).status).toBe(200);
    const deactivate = await as.admin.patch(`/api/admin/users/${riverside.users['soon']?.id}`, { status: 'deactivated' });
    expect(deactivate.status).toBe(200);
  });
  afterAll(() => testApp.close());

  describe('access matrix: every /api/admin/* and /api/auth/* route for every kind of caller', () => {
    let resendId: string;
    let revokeId: string;
    beforeAll(async () => {
      const first = await as.admin.post('/api/admin/invitations', { email: 'matrix1@riverside.test', roles: ['counselor'] });
      const second = await as.admin.post('/api/admin/invitations', { email: 'matrix2@riverside.test', roles: ['counselor'] });
      expect([first.status, second.status]).toEqual([201, 201]);
      resendId = first.body.id;
      revokeId = second.body.id;
    });

    type Caller = keyof typeof as;
    type Body = unknown | ((caller: Caller) => unknown);
    const expectations = (): [string, string, Body, Record<Caller, number>][] => [
      ['GET', '/api/admin/users', undefined, { anonymous: 401, counselor: 403, admin: 200, foreignAdmin: 200, deactivated: 401 }],
      ['PATCH', `/api/admin/users/${riverside.users['amy']?.id}`, { roles: ['counselor'] }, { anonymous: 401, counselor: 403, admin: 200, foreignAdmin: 404, deactivated: 401 }],
      ['POST', `/api/admin/users/${riverside.users['zed']?.id}/reset-mfa`, undefined, { anonymous: 401, counselor: 403, admin: 204, foreignAdmin: 404, deactivated: 401 }],
      ['GET', '/api/admin/invitations', undefined, { anonymous: 401, counselor: 403, admin: 200, foreignAdmin: 200, deactivated: 401 }],
      // Accounts are per practice (issue 13): the other practice invites the same email as if it were fresh.
      ['POST', '/api/admin/invitations', { email: 'someone-new@example.org', roles: ['counselor'] }, { anonymous: 401, counselor: 403, admin: 201, foreignAdmin: 201, deactivated: 401 }],
      ['POST', `/api/admin/invitations/${resendId}/resend`, undefined, { anonymous: 401, counselor: 403, admin: 201, foreignAdmin: 404, deactivated: 401 }],
      ['DELETE', `/api/admin/invitations/${revokeId}`, undefined, { anonymous: 401, counselor: 403, admin: 204, foreignAdmin: 404, deactivated: 401 }],
      ['GET', '/api/admin/audit', undefined, { anonymous: 401, counselor: 403, admin: 200, foreignAdmin: 200, deactivated: 401 }],
      ['GET', '/api/admin/practice', undefined, { anonymous: 401, counselor: 403, admin: 200, foreignAdmin: 200, deactivated: 401 }],
      ['PATCH', '/api/admin/practice', { inviteLinkDays: 14 }, { anonymous: 401, counselor: 403, admin: 200, foreignAdmin: 200, deactivated: 401 }],
      ['GET', '/api/auth/me', undefined, { anonymous: 401, counselor: 200, admin: 200, foreignAdmin: 200, deactivated: 401 }],
      ['POST', '/api/auth/mfa/setup', undefined, { anonymous: 401, counselor: 200, admin: 200, foreignAdmin: 200, deactivated: 401 }],
      ['POST', '/api/auth/mfa/enable', { code: '000000' }, { anonymous: 401, counselor: 400, admin: 400, foreignAdmin: 400, deactivated: 401 }],
      ['POST', '/api/auth/mfa/disable', { code: '000000' }, { anonymous: 401, counselor: 409, admin: 409, foreignAdmin: 409, deactivated: 401 }],
      ['POST', '/api/auth/password', { currentPassword: 'not the password', newPassword: 'another long phrase' }, { anonymous: 401, counselor: 400, admin: 400, foreignAdmin: 400, deactivated: 401 }],
      ['POST', '/api/auth/invitations/unknown-token/accept', { displayName: 'X', password: TEST_PASSWORD }, { anonymous: 404, counselor: 404, admin: 404, foreignAdmin: 404, deactivated: 404 }],
      // A different unknown email per caller, so the five calls do not lock one email out.
      ['POST', '/api/auth/login', (caller: Caller) => ({ email: `nobody-${caller}@riverside.test`, password: 'wrong wrong wrong' }), { anonymous: 401, counselor: 401, admin: 401, foreignAdmin: 401, deactivated: 401 }],
    ];

    it('answers each caller exactly what it may', async () => {
      const table = expectations();
      const actual: string[] = [];
      const expected: string[] = [];
      for (const [method, url, body] of table) {
        for (const caller of Object.keys(as) as Caller[]) {
          const response = await as[caller].request(method, url, typeof body === 'function' ? body(caller) : body);
          actual.push(`${method} ${url} ${caller} → ${response.status}`);
        }
      }
      for (const [method, url, , statuses] of table) {
        for (const caller of Object.keys(as) as Caller[]) expected.push(`${method} ${url} ${caller} → ${statuses[caller]}`);
      }
      expect(actual).toEqual(expected);
    });

    it('logout: anonymous 401, deactivated 401, signed-in 204', async () => {
      expect((await as.anonymous.post('/api/auth/logout')).status).toBe(401);
      expect((await as.deactivated.post('/api/auth/logout')).status).toBe(401);
      const c = new TestClient(testApp.app);
      await signIn(c, 'amy@riverside.test');
      expect((await c.post('/api/auth/logout')).status).toBe(204);
    });
  });

  describe('users', () => {
    it('lists only the own practice, with search, filters, sort and keyset paging', async () => {
      const all = await as.admin.get('/api/admin/users?limit=100');
      expect(all.status).toBe(200);
      expect(all.body.items.every((u: { practice: { id: string } }) => u.practice.id === riverside.practiceId)).toBe(true);
      expect(all.body.items.map((u: { email: string }) => u.email)).not.toContain('admin@harbour.test');

      const pages: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { items: { email: string }[]; nextCursor: string | null } } = await as.admin.get(
          `/api/admin/users?limit=2&sort=email${cursor ? `&cursor=${cursor}` : ''}`,
        );
        pages.push(...page.body.items.map((u) => u.email));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(pages).toEqual([...pages].sort());
      expect(new Set(pages).size).toBe(all.body.items.length);

      const newest = await as.admin.get('/api/admin/users?sort=createdAt&limit=1');
      const second = await as.admin.get(`/api/admin/users?sort=createdAt&limit=1&cursor=${newest.body.nextCursor}`);
      expect(second.body.items[0].id).not.toBe(newest.body.items[0].id);

      const search = await as.admin.get('/api/admin/users?search=AMY');
      expect(search.body.items.map((u: { email: string }) => u.email)).toEqual(['amy@riverside.test']);
      const admins = await as.admin.get('/api/admin/users?role=admin&status=active');
      expect(admins.body.items.map((u: { email: string }) => u.email).sort()).toEqual(['admin@riverside.test', 'both@riverside.test']);
      const deactivated = await as.admin.get('/api/admin/users?status=deactivated');
      expect(deactivated.body.items.map((u: { email: string }) => u.email)).toEqual(['soon@riverside.test']);
    });

    it('answers 400 naming the field for bad queries and bodies, and unknown fields', async () => {
      expect((await as.admin.get('/api/admin/users?role=owner')).body.errors[0].field).toBe('role');
      expect((await as.admin.get('/api/admin/users?limit=1000')).body.errors[0].field).toBe('limit');
      expect((await as.admin.get('/api/admin/users?cursor=nonsense')).status).toBe(400);
      expect((await as.admin.get('/api/admin/users?colour=red')).body.message).toContain('unknown field "colour"');
      const patch = await as.admin.patch(`/api/admin/users/${riverside.users['amy']?.id}`, { roles: ['owner'] });
      expect(patch.status).toBe(400);
      expect(patch.body.errors[0].field).toBe('roles');
      const extra = await as.admin.patch(`/api/admin/users/${riverside.users['amy']?.id}`, { email: 'x@y.z' });
      expect(extra.status).toBe(400);
      expect(extra.body.message).toContain('unknown field "email"');
      expect((await as.admin.patch('/api/admin/users/not-a-uuid', { status: 'active' })).status).toBe(400);
      expect((await as.admin.patch('/api/admin/users/00000000-0000-4000-8000-000000000000', { status: 'active' })).status).toBe(404);
    });

    it('deactivation makes the very next request of that user 401; reactivation lets them sign in again', async () => {
      const c = new TestClient(testApp.app);
      await signIn(c, 'zed@riverside.test');
      expect((await as.admin.patch(`/api/admin/users/${riverside.users['zed']?.id}`, { status: 'deactivated' })).body.status).toBe('deactivated');
      expect((await c.get('/api/auth/me')).status).toBe(401);
      expect((await new TestClient(testApp.app).post('/api/auth/login', { email: 'zed@riverside.test', password: TEST_PASSWORD })).status).toBe(401);
      expect((await as.admin.patch(`/api/admin/users/${riverside.users['zed']?.id}`, { status: 'active' })).status).toBe(200);
      await signIn(new TestClient(testApp.app), 'zed@riverside.test');
    });

    it('a role change ends the user’s sessions and takes effect at the next sign-in', async () => {
      const c = new TestClient(testApp.app);
      await signIn(c, 'amy@riverside.test');
      expect((await c.get('/api/admin/users')).status).toBe(403);
      const changed = await as.admin.patch(`/api/admin/users/${riverside.users['amy']?.id}`, { roles: ['admin', 'counselor'] });
      expect(changed.body.roles).toEqual(['admin', 'counselor']);
      expect((await c.get('/api/auth/me')).status).toBe(401);
      await signIn(c, 'amy@riverside.test');
      expect((await c.get('/api/admin/users')).status).toBe(200);
      await as.admin.patch(`/api/admin/users/${riverside.users['amy']?.id}`, { roles: ['counselor'] });
    });

    it('the last active admin cannot lose the admin role or be deactivated (409)', async () => {
      const solo = await seedPractice(testApp.dataSource, 'solo', { helper: { roles: ['counselor'] } });
      const c = new TestClient(testApp.app);
      await signIn(c, solo.admin.email);
      const demote = await c.patch(`/api/admin/users/${solo.admin.id}`, { roles: ['counselor'] });
      expect(demote.status).toBe(409);
      expect(demote.body.message).toMatch(/last active admin/);
      expect((await c.patch(`/api/admin/users/${solo.admin.id}`, { status: 'deactivated' })).status).toBe(409);
      // With a second admin, the first may step down — through the other admin (own roles need another admin, issue 13).
      expect((await c.patch(`/api/admin/users/${solo.users['helper']?.id}`, { roles: ['admin', 'counselor'] })).status).toBe(200);
      expect((await c.patch(`/api/admin/users/${solo.admin.id}`, { roles: ['counselor'] })).status).toBe(403);
      const helper = new TestClient(testApp.app);
      await signIn(helper, 'helper@solo.test');
      expect((await helper.patch(`/api/admin/users/${solo.admin.id}`, { roles: ['counselor'] })).status).toBe(200);
      expect((await c.get('/api/auth/me')).status).toBe(401);
    });
  });

  describe('invitations', () => {
    const tokenOf = (url: string) => url.split('/invitations/')[1] ?? '';

    it('invites with a 256-bit link shown once, stores only its hash, logs no token, and the invitee signs in by accepting', async () => {
      const invited = await as.admin.post('/api/admin/invitations', { email: ' New.Counselor@Riverside.test ', roles: ['counselor'] });
      expect(invited.status).toBe(201);
      expect(invited.body).toEqual({
        id: expect.any(String),
        userId: expect.any(String),
        email: 'new.counselor@riverside.test',
        roles: ['counselor'],
        expiresAt: expect.any(String),
        createdAt: expect.any(String),
        invitedBy: { id: riverside.admin.id, displayName: 'Admin riverside' },
        inviteUrl: expect.stringMatching(new RegExp(`^${testApp.config.publicUrl}/invitations/[A-Za-z0-9_-]{43}$`)),
      });
      const days = (new Date(invited.body.expiresAt).getTime() - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(13.9); // the practice policy set to 14 days above
      expect(days).toBeLessThan(14.1);
      const token = tokenOf(invited.body.inviteUrl);
      expect(await testApp.dataSource.query(`SELECT 1 FROM account_invitation WHERE token_hash = $1`, [token])).toHaveLength(0);
      const audit = await testApp.dataSource.query(`SELECT details FROM audit_event WHERE action = 'invitation.issued'`);
      expect(JSON.stringify(audit)).not.toContain(token);

      const pending = await as.admin.get('/api/admin/invitations');
      expect(pending.body.items.map((i: { email: string }) => i.email)).toContain('new.counselor@riverside.test');
      expect(JSON.stringify(pending.body)).not.toContain(token);
      const foreignPending = (await as.foreignAdmin.get('/api/admin/invitations')).body.items;
      expect(foreignPending.map((i: { email: string }) => i.email)).not.toContain('new.counselor@riverside.test');
      expect(JSON.stringify(foreignPending)).not.toContain(token);

      const invitee = new TestClient(testApp.app);
      const weak = await invitee.post(`/api/auth/invitations/${token}/accept`, { displayName: 'New Counselor', password: 'password1234' });
      expect(weak.status).toBe(400);
      expect(weak.body.errors[0].field).toBe('password');
      const accepted = await invitee.post(`/api/auth/invitations/${token}/accept`, { displayName: '  New Counselor ', password: 'a fresh start passphrase' });
      expect(accepted.status).toBe(200);
      expect(accepted.body).toMatchObject({ email: 'new.counselor@riverside.test', displayName: 'New Counselor', roles: ['counselor'], status: 'active', practice: { id: riverside.practiceId } });
      expect((await invitee.get('/api/auth/me')).status).toBe(200);

      const again = await new TestClient(testApp.app).post(`/api/auth/invitations/${token}/accept`, { displayName: 'Someone', password: 'a fresh start passphrase' });
      expect(again.status).toBe(410);
      expect((await new TestClient(testApp.app).post('/api/auth/invitations/nope/accept', { displayName: 'X', password: 'a fresh start passphrase' })).status).toBe(404);
      const unknownField = await new TestClient(testApp.app).post(`/api/auth/invitations/${token}/accept`, { displayName: 'X', password: 'a fresh start passphrase', roles: ['admin'] });
      expect(unknownField.status).toBe(400);
    });

    it('refuses to invite an email that already has an account in the practice (any case): 409; another practice’s accounts do not count', async () => {
      expect((await as.admin.post('/api/admin/invitations', { email: 'AMY@riverside.test', roles: ['counselor'] })).status).toBe(409);
      expect((await as.admin.post('/api/admin/invitations', { email: 'other@harbour.test', roles: ['counselor'] })).status).toBe(201);
      const bad = await as.admin.post('/api/admin/invitations', { email: 'not an email', roles: [] });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'roles']);
    });

    it('an expired invitation answers 410, and resending gives a new link while the old one dies', async () => {
      const invited = await as.admin.post('/api/admin/invitations', { email: 'late@riverside.test', roles: ['counselor'] });
      const oldToken = tokenOf(invited.body.inviteUrl);
      await testApp.dataSource.query(`UPDATE account_invitation SET expires_at = now() - interval '1 minute' WHERE id = $1`, [invited.body.id]);
      const expired = await new TestClient(testApp.app).post(`/api/auth/invitations/${oldToken}/accept`, { displayName: 'Late', password: 'a fresh start passphrase' });
      expect(expired.status).toBe(410);
      expect(expired.body.message).toMatch(/expired/);
      const resent = await as.admin.post(`/api/admin/invitations/${invited.body.id}/resend`);
      expect(resent.status).toBe(201);
      const newToken = tokenOf(resent.body.inviteUrl);
      expect(newToken).not.toBe(oldToken);
      expect((await new TestClient(testApp.app).post(`/api/auth/invitations/${oldToken}/accept`, { displayName: 'Late', password: 'a fresh start passphrase' })).status).toBe(410);
      expect((await new TestClient(testApp.app).post(`/api/auth/invitations/${newToken}/accept`, { displayName: 'Late', password: 'a fresh start passphrase' })).status).toBe(200);
    });

    it('a revoked invitation answers 410; re-inviting the same email issues a new link', async () => {
      const invited = await as.admin.post('/api/admin/invitations', { email: 'maybe@riverside.test', roles: ['admin'] });
      expect((await as.admin.delete(`/api/admin/invitations/${invited.body.id}`)).status).toBe(204);
      expect((await as.admin.delete(`/api/admin/invitations/${invited.body.id}`)).status).toBe(409);
      const token = tokenOf(invited.body.inviteUrl);
      expect((await new TestClient(testApp.app).post(`/api/auth/invitations/${token}/accept`, { displayName: 'Maybe', password: 'a fresh start passphrase' })).status).toBe(410);
      const reinvited = await as.admin.post('/api/admin/invitations', { email: 'maybe@riverside.test', roles: ['counselor'] });
      expect(reinvited.status).toBe(201);
      expect(reinvited.body.userId).toBe(invited.body.userId);
      const invitedUser = (await as.admin.get('/api/admin/users?status=invited')).body.items.find((u: { email: string }) => u.email === 'maybe@riverside.test');
      expect(invitedUser).toMatchObject({ status: 'invited', roles: ['counselor'], displayName: '' });
      expect((await as.admin.patch(`/api/admin/users/${invitedUser.id}`, { status: 'active' })).status).toBe(409);
    });
  });

  describe('practice policies and audit log', () => {
    it('reads and changes the practice policies within their bounds', async () => {
      const practice = await as.admin.get('/api/admin/practice');
      expect(practice.body).toEqual({
        id: riverside.practiceId,
        name: 'Practice riverside',
        settings: {
          idleTimeoutMinutes: 30,
          absoluteTimeoutHours: 12,
          inviteLinkDays: 14,
          mfaRequired: false,
          crisisResources: 'If you are in danger or thinking of harming yourself, call your local emergency number now.',
          timezone: 'UTC',
          archivedRetentionDays: null,
          remindersEnabled: true,
          reminderHoursBeforeDue: 24,
          reminderEveryDaysOverdue: 2,
          remindersPerAssignment: 3,
          quietHoursStart: '21:00',
          quietHoursEnd: '08:00',
          defaultLocale: 'en',
        },
      });
      const zoned = await as.admin.patch('/api/admin/practice', { timezone: 'Europe/Madrid' });
      expect(zoned.body.settings.timezone).toBe('Europe/Madrid');
      // Staff read the reminder policy's on/off through their own session (the assign dialog offers reminders by it).
      expect((await as.admin.get('/api/auth/me')).body.partnerReminders).toBe(true);
      expect((await as.admin.patch('/api/admin/practice', { remindersEnabled: false })).status).toBe(200);
      expect((await as.admin.get('/api/auth/me')).body.partnerReminders).toBe(false);
      expect((await as.admin.patch('/api/admin/practice', { remindersEnabled: true })).status).toBe(200);
      const changed = await as.admin.patch('/api/admin/practice', { name: 'Riverside Couples', idleTimeoutMinutes: 60 });
      expect(changed.body).toMatchObject({ name: 'Riverside Couples', settings: { idleTimeoutMinutes: 60, inviteLinkDays: 14 } });
      for (const [field, value] of [['idleTimeoutMinutes', 4], ['idleTimeoutMinutes', 721], ['absoluteTimeoutHours', 73], ['inviteLinkDays', 0], ['mfaRequired', 'yes'], ['name', '  '], ['timezone', 'Mars/Olympus'], ['timezone', 42], ['defaultLocale', 'fr']] as const) {
        const bad = await as.admin.patch('/api/admin/practice', { [field]: value });
        expect(bad.status).toBe(400);
        expect(bad.body.errors[0].field).toBe(field);
      }
      expect((await as.admin.patch('/api/admin/practice', { settings: {} })).status).toBe(400);
      expect((await as.foreignAdmin.get('/api/admin/practice')).body.id).toBe(harbour.practiceId);
    });

    it('lists the own practice’s audit events newest first, with filters and keyset paging, and nothing secret', async () => {
      const all = await as.admin.get('/api/admin/audit?limit=100');
      expect(all.status).toBe(200);
      const actions = all.body.items.map((e: { action: string }) => e.action);
      for (const action of ['practice.created', 'auth.sign_in', 'user.status_changed', 'user.roles_changed', 'invitation.issued', 'invitation.accepted', 'invitation.revoked', 'practice.settings_changed', 'mfa.reset']) {
        expect(actions).toContain(action);
      }
      const ids = all.body.items.map((e: { id: string }) => Number(e.id));
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
      const json = JSON.stringify(all.body);
      expect(json).not.toContain(TEST_PASSWORD);
      expect(json).not.toContain('a fresh start passphrase');
      const settings = all.body.items.find((e: { action: string; details: { changes?: { name?: unknown } } }) => e.action === 'practice.settings_changed' && e.details.changes?.name);
      expect(settings).toMatchObject({ actor: { kind: 'staff', id: riverside.admin.id, displayName: 'Admin riverside' }, details: { changes: { name: { from: 'Practice riverside', to: 'Riverside Couples' } } } });

      const foreign = await as.foreignAdmin.get('/api/admin/audit?limit=100');
      expect(foreign.body.items.every((e: { target: { id: string } | null }) => e.target?.id !== riverside.practiceId)).toBe(true);
      expect(JSON.stringify(foreign.body)).not.toContain('riverside');

      const signIns = await as.admin.get(`/api/admin/audit?action=auth.sign_in&actorId=${riverside.admin.id}`);
      expect(signIns.body.items.length).toBeGreaterThan(0);
      expect(signIns.body.items.every((e: { action: string; actor: { id: string } }) => e.action === 'auth.sign_in' && e.actor.id === riverside.admin.id)).toBe(true);

      const first = await as.admin.get('/api/admin/audit?limit=3');
      const next = await as.admin.get(`/api/admin/audit?limit=3&cursor=${first.body.nextCursor}`);
      expect(Number(next.body.items[0].id)).toBeLessThan(Number(first.body.items[2].id));

      const future = await as.admin.get('/api/admin/audit?from=2999-01-01');
      expect(future.body).toEqual({ items: [], nextCursor: null });
      const today = new Date().toISOString().slice(0, 10);
      expect((await as.admin.get(`/api/admin/audit?from=${today}&to=${today}&limit=1`)).body.items).toHaveLength(1);
      expect((await as.admin.get('/api/admin/audit?from=yesterday')).body.errors[0].field).toBe('from');
      expect((await as.admin.get('/api/admin/audit?actorId=42')).body.errors[0].field).toBe('actorId');
    });

    it('keeps the audit log append-only', async () => {
      await expect(testApp.dataSource.query(`UPDATE audit_event SET action = 'x.y'`)).rejects.toThrow(/append-only/);
      await expect(testApp.dataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    });
  });
});
