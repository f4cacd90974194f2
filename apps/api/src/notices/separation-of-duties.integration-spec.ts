import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { seedCouple, SeededCouple, seedInviteLink } from '../test/seed-caseload';
import { SeededPractice, seedPractice, signIn } from '../test/seed-staff';

/**
 * Separation of duties (issue 13): an admin cannot quietly give themselves a couple's answers. Self role changes
 * need another admin (or are audited and announced in a single-admin practice); a reassignment leaves a notice for
 * the previous counselor; reading a colleague's notes is audited; couples without an active counselor are listed.
 */
describe('separation of duties', () => {
  let testApp: TestApp;
  let riverside: SeededPractice;
  let solo: SeededPractice;
  let harbour: SeededPractice;
  let couple: SeededCouple;
  const client = () => new TestClient(testApp.app);
  const as: Record<'anonymous' | 'admin' | 'secondAdmin' | 'owner' | 'other' | 'foreignAdmin' | 'partner', TestClient> = {} as never;

  beforeAll(async () => {
    testApp = await createTestApp({ authRateLimit: { limit: 1000, windowMs: 60_000 } });
    riverside = await seedPractice(testApp.dataSource, 'riverside', {
      second: { roles: ['admin'] },
      owner: { roles: ['counselor'] },
      other: { roles: ['counselor'] },
      leaving: { roles: ['counselor'] },
    });
    solo = await seedPractice(testApp.dataSource, 'solo', { colleague: { roles: ['counselor'] } });
    harbour = await seedPractice(testApp.dataSource, 'harbour', { foreign: { roles: ['counselor'] } });
    couple = await seedCouple(testApp.dataSource, { practiceId: riverside.practiceId, counselorId: riverside.users['owner']?.id ?? '', label: 'Couple A' });
    for (const key of Object.keys({ anonymous: 1, admin: 1, secondAdmin: 1, owner: 1, other: 1, foreignAdmin: 1, partner: 1 }) as (keyof typeof as)[]) as[key] = client();
    await signIn(as.admin, riverside.admin.email);
    await signIn(as.secondAdmin, 'second@riverside.test');
    await signIn(as.owner, 'owner@riverside.test');
    await signIn(as.other, 'other@riverside.test');
    await signIn(as.foreignAdmin, harbour.admin.email);
    const partnersCouple = await seedCouple(testApp.dataSource, { practiceId: riverside.practiceId, counselorId: riverside.users['owner']?.id ?? '', label: 'Partner’s couple' });
    const { token } = await seedInviteLink(testApp.dataSource, { practiceId: riverside.practiceId, partnerId: partnersCouple.partners[0].id });
    expect((await as.partner.post('/api/portal/session', { token })).status).toBeLessThan(300);
  });
  afterAll(() => testApp.close());

  const audit = (action: string, practiceId: string) =>
    testApp.dataSource.query(`SELECT actor_id, target_id, details FROM audit_event WHERE action = $1 AND practice_id = $2 ORDER BY id`, [action, practiceId]);

  describe('own roles', () => {
    it('an admin cannot grant themselves the counselor role in a multi-admin practice (403, nothing changes)', async () => {
      const refused = await as.admin.patch(`/api/admin/users/${riverside.admin.id}`, { roles: ['admin', 'counselor'] });
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ statusCode: 403, error: 'Forbidden', code: 'accounts.ownRoles' });
      expect(refused.body.message).toMatch(/another active admin/);
      const [row] = await testApp.dataSource.query(`SELECT roles FROM user_account WHERE id = $1`, [riverside.admin.id]);
      expect(row.roles).toEqual(['admin']);
      expect(await audit('user.roles_changed', riverside.practiceId)).toEqual([]);
      // The same admin still changes their own status-free fields of others, and the other admin may grant it.
      expect((await as.admin.get('/api/auth/me')).status).toBe(200);
    });

    it('another admin may change their roles (not a self-change: no notice)', async () => {
      const granted = await as.secondAdmin.patch(`/api/admin/users/${riverside.admin.id}`, { roles: ['admin', 'counselor'] });
      expect(granted.status).toBe(200);
      const [event] = await audit('user.roles_changed', riverside.practiceId);
      expect(event.details.selfChange).toBeUndefined();
      expect(await testApp.dataSource.query(`SELECT 1 FROM staff_notice WHERE kind = 'self_role_change' AND practice_id = $1`, [riverside.practiceId])).toEqual([]);
      // Back as it was (the role change ended the admin's sessions).
      expect((await as.secondAdmin.patch(`/api/admin/users/${riverside.admin.id}`, { roles: ['admin'] })).status).toBe(200);
      await signIn(as.admin, riverside.admin.email);
    });

    it('the only admin of a practice may, audited as a self-change and announced to the other staff', async () => {
      const soloAdmin = client();
      await signIn(soloAdmin, solo.admin.email);
      const granted = await soloAdmin.patch(`/api/admin/users/${solo.admin.id}`, { roles: ['admin', 'counselor'] });
      expect(granted.status).toBe(200);
      expect(granted.body.roles).toEqual(['admin', 'counselor']);
      const [event] = await audit('user.roles_changed', solo.practiceId);
      expect(event).toMatchObject({ actor_id: solo.admin.id, target_id: solo.admin.id, details: { from: ['admin'], to: ['admin', 'counselor'], selfChange: true } });

      const colleague = client();
      await signIn(colleague, 'colleague@solo.test');
      const notices = await colleague.get('/api/notices');
      expect(notices.status).toBe(200);
      expect(notices.body).toEqual([
        { id: expect.any(String), createdAt: expect.any(String), details: { kind: 'self_role_change', actorName: 'Admin solo', added: ['counselor'], removed: [] } },
      ]);
      // The actor gets none; nobody in another practice does.
      await signIn(soloAdmin, solo.admin.email);
      expect((await soloAdmin.get('/api/notices')).body).toEqual([]);
      expect((await as.foreignAdmin.get('/api/notices')).body).toEqual([]);
    });
  });

  describe('reassignment away from a counselor', () => {
    it('leaves a notice for the previous counselor (label, new counselor, admin; no partner names), not for the new one', async () => {
      await as.owner.post(`/api/couples/${couple.id}/notes`, { body: 'Owner’s private note.' });
      const moved = await as.admin.patch(`/api/admin/couples/${couple.id}`, { counselorId: riverside.users['other']?.id });
      expect(moved.status).toBe(200);

      const notices = await as.owner.get('/api/notices');
      expect(notices.body).toEqual([
        {
          id: expect.any(String),
          createdAt: expect.any(String),
          details: { kind: 'couple_reassigned', coupleLabel: 'Couple A', count: 1, toCounselorName: 'Other riverside', byName: 'Admin riverside' },
        },
      ]);
      expect(JSON.stringify(notices.body)).not.toMatch(/Robin|Alex|@example\.org/);
      expect((await as.other.get('/api/notices')).body).toEqual([]);
    });

    it('lets only the recipient dismiss it (others 404; bad id 400; anonymous and partners 401)', async () => {
      const [notice] = (await as.owner.get('/api/notices')).body;
      const url = `/api/notices/${notice.id}/dismiss`;
      expect((await as.anonymous.post(url)).status).toBe(401);
      expect((await as.partner.post(url)).status).toBe(401);
      expect((await as.partner.get('/api/notices')).status).toBe(401);
      expect((await as.other.post(url)).status).toBe(404);
      expect((await as.admin.post(url)).status).toBe(404);
      expect((await as.foreignAdmin.post(url)).status).toBe(404);
      const bad = await as.owner.post('/api/notices/not-a-uuid/dismiss');
      expect(bad.status).toBe(400);
      expect(bad.body.message).toMatch(/id/);
      expect((await as.owner.post(url)).status).toBe(204);
      expect((await as.owner.post(url)).status).toBe(204);
      expect((await as.owner.get('/api/notices')).body).toEqual([]);
    });

    it('audits the new counselor reading the previous counselor’s notes (notes.viewed), not the author reading their own', async () => {
      const read = await as.other.get(`/api/couples/${couple.id}/notes`);
      expect(read.status).toBe(200);
      expect(read.body.items).toHaveLength(1);
      const events = await audit('notes.viewed', riverside.practiceId);
      expect(events).toEqual([
        { actor_id: riverside.users['other']?.id, target_id: couple.id, details: { coupleId: couple.id, notesOfOthers: 1, authorIds: [riverside.users['owner']?.id] } },
      ]);
      await as.other.post(`/api/couples/${couple.id}/notes`, { body: 'Other’s note.' });
      // Moving it back: the owner now reads a page with the other counselor's note (audited), then only their own.
      await as.admin.patch(`/api/admin/couples/${couple.id}`, { counselorId: riverside.users['owner']?.id });
      await as.owner.get(`/api/couples/${couple.id}/notes`);
      expect(await audit('notes.viewed', riverside.practiceId)).toHaveLength(2);
      const ownOnly = await seedCouple(testApp.dataSource, { practiceId: riverside.practiceId, counselorId: riverside.users['owner']?.id ?? '', label: 'Own notes only' });
      await as.owner.post(`/api/couples/${ownOnly.id}/notes`, { body: 'Mine.' });
      await as.owner.get(`/api/couples/${ownOnly.id}/notes`);
      expect(await audit('notes.viewed', riverside.practiceId)).toHaveLength(2);
    });
  });

  describe('couples without an active counselor', () => {
    let leavingCouple: SeededCouple;
    let archived: SeededCouple;
    beforeAll(async () => {
      const leavingId = riverside.users['leaving']?.id ?? '';
      leavingCouple = await seedCouple(testApp.dataSource, { practiceId: riverside.practiceId, counselorId: leavingId, label: 'Couple L' });
      archived = await seedCouple(testApp.dataSource, { practiceId: riverside.practiceId, counselorId: leavingId, label: 'Couple L2', status: 'archived' });
    });

    it('counts the couples of an account before deactivation (admin only; 404 other practice; 400 bad id)', async () => {
      const url = `/api/admin/users/${riverside.users['leaving']?.id}/couple-count`;
      expect((await as.admin.get(url)).body).toEqual({ active: 1, archived: 1 });
      expect((await as.anonymous.get(url)).status).toBe(401);
      expect((await as.partner.get(url)).status).toBe(401);
      expect((await as.owner.get(url)).status).toBe(403);
      expect((await as.foreignAdmin.get(url)).status).toBe(404);
      const bad = await as.admin.get('/api/admin/users/nope/couple-count');
      expect(bad.status).toBe(400);
      expect(bad.body.message).toMatch(/id/);
    });

    it('lists active couples of a deactivated counselor: labels and names only, own practice only', async () => {
      expect((await as.admin.get('/api/admin/orphaned-couples')).body).toEqual({ items: [], total: 0 });
      expect((await as.admin.patch(`/api/admin/users/${riverside.users['leaving']?.id}`, { status: 'deactivated' })).status).toBe(200);
      const list = await as.admin.get('/api/admin/orphaned-couples');
      expect(list.status).toBe(200);
      expect(list.body).toEqual({
        items: [{ id: leavingCouple.id, label: 'Couple L', counselorId: riverside.users['leaving']?.id, counselorName: 'Leaving riverside', counselorStatus: 'deactivated' }],
        total: 1,
      });
      expect(JSON.stringify(list.body)).not.toMatch(/Robin|Alex|@example\.org/);
      expect((await as.foreignAdmin.get('/api/admin/orphaned-couples')).body).toEqual({ items: [], total: 0 });
      expect((await as.anonymous.get('/api/admin/orphaned-couples')).status).toBe(401);
      expect((await as.partner.get('/api/admin/orphaned-couples')).status).toBe(401);
      expect((await as.owner.get('/api/admin/orphaned-couples')).status).toBe(403);
    });

    it('reassign-all refuses bad input (400 naming the field), foreign accounts (404), non-admins (401/403)', async () => {
      const url = '/api/admin/couples/reassign-all';
      const body = { fromCounselorId: riverside.users['leaving']?.id, toCounselorId: riverside.users['other']?.id };
      expect((await as.anonymous.post(url, body)).status).toBe(401);
      expect((await as.partner.post(url, body)).status).toBe(401);
      expect((await as.owner.post(url, body)).status).toBe(403);
      expect((await as.foreignAdmin.post(url, body)).status).toBe(404);
      const foreignTarget = await as.admin.post(url, { ...body, toCounselorId: harbour.users['foreign']?.id });
      expect(foreignTarget.status).toBe(400);
      expect(foreignTarget.body.errors).toEqual([{ field: 'toCounselorId', message: 'is not an active counselor of this practice.' }]);
      const inactiveTarget = await as.admin.post(url, { ...body, toCounselorId: riverside.users['leaving']?.id });
      expect(inactiveTarget.status).toBe(400);
      const malformed = await as.admin.post(url, { fromCounselorId: 'x', toCounselorId: body.toCounselorId });
      expect(malformed.status).toBe(400);
      expect(malformed.body.message).toMatch(/fromCounselorId/);
      const extra = await as.admin.post(url, { ...body, label: 'x' });
      expect(extra.status).toBe(400);
      const [{ count }] = await testApp.dataSource.query(`SELECT count(*)::int FROM couple WHERE counselor_id = $1`, [riverside.users['leaving']?.id]);
      expect(count).toBe(2);
    });

    it('reassign-all moves every couple (active and archived), audits each, and empties the list', async () => {
      const moved = await as.admin.post('/api/admin/couples/reassign-all', { fromCounselorId: riverside.users['leaving']?.id, toCounselorId: riverside.users['other']?.id });
      expect(moved.status).toBe(200);
      expect(moved.body).toEqual({ reassigned: 2 });
      const events: { target_id: string }[] = await audit('couple.reassigned', riverside.practiceId);
      expect(events.map((e) => e.target_id)).toEqual(expect.arrayContaining([leavingCouple.id, archived.id]));
      expect((await as.admin.get('/api/admin/orphaned-couples')).body).toEqual({ items: [], total: 0 });
      expect((await as.other.get(`/api/couples/${leavingCouple.id}`)).status).toBe(200);
      const [notice] = await testApp.dataSource.query(`SELECT details FROM staff_notice WHERE user_id = $1`, [riverside.users['leaving']?.id]);
      expect(notice.details).toEqual({ coupleLabel: null, count: 2, toCounselorName: 'Other riverside', byName: 'Admin riverside' });
    });

    it('a single orphaned couple is reassigned with the existing PATCH /api/admin/couples/:id', async () => {
      const lone = await seedCouple(testApp.dataSource, { practiceId: riverside.practiceId, counselorId: riverside.users['leaving']?.id ?? '', label: 'Couple M' });
      expect((await as.admin.get('/api/admin/orphaned-couples')).body.total).toBe(1);
      expect((await as.admin.patch(`/api/admin/couples/${lone.id}`, { counselorId: riverside.users['owner']?.id })).status).toBe(200);
      expect((await as.admin.get('/api/admin/orphaned-couples')).body.total).toBe(0);
    });
  });
});
