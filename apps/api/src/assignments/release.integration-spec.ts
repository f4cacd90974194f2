import type { Visibility } from '@trp/contracts';
import { openLink, SeededCouple, seedAssignment, seedCouple } from '../portal/testing/seed-portal';
import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { SeededPractice, seedPractice, signIn } from '../test/seed-staff';

const SAFE = { whatHappened: 'I found the messages.', readiness: 6, privateNote: 'Sleeping badly.', safetyCheck: 'yes' };
const UNSURE = { whatHappened: 'I found the messages.', readiness: 6, privateNote: 'Scared at night.', safetyCheck: 'unsure' };
const OTHER = { whatHappened: 'I kept a secret.', readiness: 8, privateNote: 'Calmer this week.', safetyCheck: 'yes' };

/**
 * The release rule end to end: partners submit through the portal, the counselor reads `release` on the staff
 * view and releases with unlock; what each partner is shown follows. A safety flag holds every release, and no
 * partner is told why.
 */
describe('release: when each partner reads the other’s answers', () => {
  let testApp: TestApp;
  let practice: SeededPractice;
  let counselor: TestClient;
  let couple: SeededCouple;
  let alex: TestClient;
  let sam: TestClient;

  beforeAll(async () => {
    testApp = await createTestApp({ authRateLimit: { limit: 1000, windowMs: 60_000 } });
    practice = await seedPractice(testApp.dataSource, 'release', { counselor: { roles: ['counselor'] }, colleague: { roles: ['counselor'] } });
    counselor = new TestClient(testApp.app);
    await signIn(counselor, practice.users['counselor']?.email ?? '');
    couple = await seedCouple(testApp.dataSource, { practiceId: practice.practiceId, counselorId: practice.users['counselor']?.id ?? '' });
    alex = new TestClient(testApp.app);
    sam = new TestClient(testApp.app);
    await openLink(alex, couple.partners[0]);
    await openLink(sam, couple.partners[1]);
    await alex.get('/api/portal/me');
    await sam.get('/api/portal/me');
  });
  afterAll(() => testApp.close());

  const assign = (visibility: Visibility) => seedAssignment(testApp.dataSource, couple, { visibility });
  const submit = async (c: TestClient, id: string, answers: unknown) => expect((await c.post(`/api/portal/assignments/${id}/submit`, { answers })).status).toBe(200);
  const seen = async (c: TestClient, id: string) => {
    const response = await c.get(`/api/portal/assignments/${id}`);
    expect(response.status).toBe(200);
    return response;
  };
  const release = async (id: string) => {
    const response = await counselor.get(`/api/assignments/${id}`);
    expect(response.status).toBe(200);
    return response.body.release as { state: string; sharedAt?: string };
  };
  const unlock = (id: string) => counselor.post(`/api/assignments/${id}/unlock`);
  const unlockAudits = async (id: string) =>
    (await testApp.dataSource.query(`SELECT details FROM audit_event WHERE action = 'assignment.unlocked' AND target_id = $1 ORDER BY id`, [id])) as { details: { from: string } }[];

  it('after_both_submit, flagged by the partner who submits first: held for both until the counselor releases it', async () => {
    const a = await assign('after_both_submit');
    expect(await release(a.id)).toEqual({ state: 'waiting' });
    await submit(alex, a.id, UNSURE);
    expect(await release(a.id)).toEqual({ state: 'waiting' });
    await submit(sam, a.id, OTHER);
    expect(await release(a.id)).toEqual({ state: 'held' });
    for (const c of [alex, sam]) {
      const view = await seen(c, a.id);
      expect(view.body.partner).toBeNull();
      // Nothing tells a partner why: no state, no flag, no hint of the safety answer.
      const rest = Object.fromEntries(Object.entries(view.body as Record<string, unknown>).filter(([key]) => key !== 'exercise' && key !== 'mine'));
      expect(Object.keys(rest).sort()).toEqual(['id', 'partner', 'partnerDisplayName', 'perspective', 'visibility']);
      expect(JSON.stringify(rest)).not.toMatch(/held|flag|release|safety/i);
      expect(Object.keys(view.body.mine).sort()).toEqual(['answers', 'status', 'submittedAt', 'version']);
    }
    expect((await sam.get('/api/portal/assignments')).text).not.toMatch(/held|safety/i);

    const released = await unlock(a.id);
    expect(released.status).toBe(200);
    expect(released.body.release).toEqual({ state: 'shared', sharedAt: released.body.unlockedAt });
    expect((await seen(alex, a.id)).body.partner).toEqual({ displayName: 'Sam', answers: { whatHappened: 'I kept a secret.', readiness: 8 } });
    const samSees = await seen(sam, a.id);
    expect(samSees.body.partner).toEqual({ displayName: 'Alex', answers: { whatHappened: 'I found the messages.', readiness: 6 } });
    expect(JSON.stringify(samSees.body.partner)).not.toContain('unsure');
    expect(samSees.text).not.toContain('Scared at night');
    expect(await unlockAudits(a.id)).toEqual([{ details: expect.objectContaining({ from: 'held', coupleId: couple.coupleId }) }]);

    // Releasing again changes nothing and is not audited again.
    expect((await unlock(a.id)).body.release.state).toBe('shared');
    expect(await unlockAudits(a.id)).toHaveLength(1);
  });

  it('after_both_submit, flagged by the partner who submits second: held for both, too', async () => {
    const a = await assign('after_both_submit');
    await submit(alex, a.id, SAFE);
    await submit(sam, a.id, { ...OTHER, safetyCheck: 'no' });
    expect(await release(a.id)).toEqual({ state: 'held' });
    expect((await seen(alex, a.id)).body.partner).toBeNull();
    expect((await seen(sam, a.id)).body.partner).toBeNull();
    expect((await unlock(a.id)).status).toBe(200);
    expect((await seen(alex, a.id)).body.partner?.displayName).toBe('Sam');
  });

  it('a flag raised again after the release (reopened, submitted again) holds it again until the next release', async () => {
    const a = await assign('after_both_submit');
    await submit(alex, a.id, UNSURE);
    await submit(sam, a.id, OTHER);
    await unlock(a.id);
    expect((await release(a.id)).state).toBe('shared');
    expect((await counselor.post(`/api/assignments/${a.id}/reopen`, { partnerId: couple.partners[0].id })).status).toBe(200);
    expect(await release(a.id)).toEqual({ state: 'waiting' });
    expect((await seen(sam, a.id)).body.partner).toBeNull();
    await submit(alex, a.id, UNSURE);
    expect(await release(a.id)).toEqual({ state: 'held' });
    expect((await seen(sam, a.id)).body.partner).toBeNull();
    await unlock(a.id);
    expect((await release(a.id)).state).toBe('shared');
    expect((await seen(sam, a.id)).body.partner?.displayName).toBe('Alex');
    expect((await unlockAudits(a.id)).map((e) => e.details.from)).toEqual(['held', 'held']);
  });

  it('after_both_submit, unflagged: shared the moment both have submitted, sharedAt the second submission', async () => {
    const a = await assign('after_both_submit');
    await submit(alex, a.id, SAFE);
    expect((await seen(alex, a.id)).body.partner).toBeNull();
    await submit(sam, a.id, OTHER);
    const staff = (await counselor.get(`/api/assignments/${a.id}`)).body;
    const second = staff.partners.map((p: { submittedAt: string }) => p.submittedAt).sort().at(-1);
    expect(staff.release).toEqual({ state: 'shared', sharedAt: second });
    expect((await seen(alex, a.id)).body.partner?.displayName).toBe('Sam');
    expect((await seen(sam, a.id)).body.partner?.displayName).toBe('Alex');
    expect((await unlock(a.id)).status).toBe(200); // nothing to release: no change, not audited
    expect(await unlockAudits(a.id)).toEqual([]);
  });

  it('counselor_only: private, never shared, and unlock answers 409', async () => {
    const a = await assign('counselor_only');
    expect(await release(a.id)).toEqual({ state: 'private' });
    await submit(alex, a.id, SAFE);
    await submit(sam, a.id, OTHER);
    expect(await release(a.id)).toEqual({ state: 'private' });
    const refused = await unlock(a.id);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ statusCode: 409, error: 'Conflict', message: expect.stringMatching(/never shared/) });
    expect((await seen(alex, a.id)).body.partner).toBeNull();
    expect((await seen(sam, a.id)).body.partner).toBeNull();
    expect(await unlockAudits(a.id)).toEqual([]);
  });

  it('in_session: sealed until the counselor releases it, then shared; held instead of sealed when flagged', async () => {
    const a = await assign('in_session');
    expect(await release(a.id)).toEqual({ state: 'sealed' });
    await submit(alex, a.id, SAFE);
    await submit(sam, a.id, OTHER);
    expect(await release(a.id)).toEqual({ state: 'sealed' });
    expect((await seen(alex, a.id)).body.partner).toBeNull();
    const released = await unlock(a.id);
    expect(released.body.release).toEqual({ state: 'shared', sharedAt: released.body.unlockedAt });
    expect((await seen(alex, a.id)).body.partner?.displayName).toBe('Sam');
    expect((await seen(sam, a.id)).body.partner?.displayName).toBe('Alex');
    expect((await unlockAudits(a.id)).map((e) => e.details.from)).toEqual(['sealed']);

    const flagged = await assign('in_session');
    await submit(alex, flagged.id, UNSURE);
    await submit(sam, flagged.id, OTHER);
    expect(await release(flagged.id)).toEqual({ state: 'held' });
    await unlock(flagged.id);
    expect((await release(flagged.id)).state).toBe('shared');

    // Released in the session before anyone submitted: waiting, then shared when both have.
    const early = await assign('in_session');
    await unlock(early.id);
    expect(await release(early.id)).toEqual({ state: 'waiting' });
    await submit(alex, early.id, SAFE);
    expect((await seen(alex, early.id)).body.partner).toBeNull();
    await submit(sam, early.id, OTHER);
    expect((await release(early.id)).state).toBe('shared');
  });

  it('release appears on every staff answer that carries an assignment (list, action answers)', async () => {
    const a = await assign('after_both_submit');
    const list = await counselor.get(`/api/couples/${couple.coupleId}/assignments`);
    expect(list.body.items.find((i: { id: string }) => i.id === a.id)?.release).toEqual({ state: 'waiting' });
    await submit(alex, a.id, UNSURE);
    await submit(sam, a.id, OTHER);
    expect((await counselor.post(`/api/assignments/${a.id}/review`)).body.release).toEqual({ state: 'held' });
  });

  it('unlock: only the couple’s counselor may release (another counselor 404, a partner 401/403, anonymous 401)', async () => {
    const a = await assign('after_both_submit');
    await submit(alex, a.id, UNSURE);
    await submit(sam, a.id, OTHER);
    const colleague = new TestClient(testApp.app);
    await signIn(colleague, practice.users['colleague']?.email ?? '');
    expect((await colleague.post(`/api/assignments/${a.id}/unlock`)).status).toBe(404);
    expect([401, 403]).toContain((await alex.post(`/api/assignments/${a.id}/unlock`)).status);
    expect([401, 403]).toContain((await new TestClient(testApp.app).post(`/api/assignments/${a.id}/unlock`)).status);
    expect((await counselor.post('/api/assignments/not-a-uuid/unlock')).status).toBe(400);
    expect(await release(a.id)).toEqual({ state: 'held' });
    expect((await seen(sam, a.id)).body.partner).toBeNull();
  });
});
