import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { seedCouple, SeededCouple, seedInviteLink } from '../test/seed-caseload';
import { SeededPractice, seedPractice, signIn } from '../test/seed-staff';

describe('shared phones: the portal PIN', () => {
  let testApp: TestApp;
  let practice: SeededPractice;

  beforeAll(async () => {
    testApp = await createTestApp({ authRateLimit: { limit: 1000, windowMs: 60_000 } });
    practice = await seedPractice(testApp.dataSource, 'pins', { counselor: { roles: ['counselor'] } });
  });
  afterAll(() => testApp.close());

  async function partnerClient(): Promise<{ client: TestClient; couple: SeededCouple }> {
    const couple = await seedCouple(testApp.dataSource, { practiceId: practice.practiceId, counselorId: practice.users['counselor']?.id ?? '' });
    const client = new TestClient(testApp.app);
    const { token } = await seedInviteLink(testApp.dataSource, { practiceId: practice.practiceId, partnerId: couple.partners[0].id });
    expect((await client.post('/api/portal/session', { token })).status).toBe(200);
    await client.get('/api/portal/me');
    return { client, couple };
  }
  const stored = async (partnerId: string) =>
    (await testApp.dataSource.query(`SELECT pin_hash, pin_failures FROM partner WHERE id = $1`, [partnerId]))[0] as { pin_hash: string | null; pin_failures: number };

  it('sets a PIN stored only as an argon2id hash, checks it, changes it with the current one, and removes it', async () => {
    const { client, couple } = await partnerClient();
    expect((await client.get('/api/portal/pin')).body).toEqual({ set: false });
    expect((await client.post('/api/portal/pin/check', { pin: '1234' })).status).toBe(204); // no PIN: nothing to check
    expect((await client.put('/api/portal/pin', { pin: '2468' })).status).toBe(204);
    expect((await client.get('/api/portal/pin')).body).toEqual({ set: true });
    const row = await stored(couple.partners[0].id);
    expect(row.pin_hash).toMatch(/^\$argon2id\$/);
    expect(row.pin_hash).not.toContain('2468');
    expect((await client.post('/api/portal/pin/check', { pin: '2468' })).status).toBe(204);
    // Changing or removing needs the current PIN.
    const missing = await client.put('/api/portal/pin', { pin: '1357' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toEqual(['currentPin']);
    expect((await client.put('/api/portal/pin', { pin: '1357', currentPin: '2468' })).status).toBe(204);
    expect((await client.post('/api/portal/pin/check', { pin: '2468' })).status).toBe(403);
    expect((await client.post('/api/portal/pin/check', { pin: '1357' })).status).toBe(204);
    expect((await stored(couple.partners[0].id)).pin_failures).toBe(0); // a right PIN starts the count again
    expect((await client.put('/api/portal/pin', { pin: null, currentPin: '1357' })).status).toBe(204);
    expect((await client.get('/api/portal/pin')).body).toEqual({ set: false });
    const actions = await testApp.dataSource.query(`SELECT action FROM audit_event WHERE target_id = $1 AND action LIKE 'partner.pin%' ORDER BY id`, [couple.partners[0].id]);
    expect(actions.map((a: { action: string }) => a.action)).toEqual(['partner.pin_set', 'partner.pin_set', 'partner.pin_removed']);
    const details = await testApp.dataSource.query(`SELECT details::text AS d FROM audit_event WHERE target_id = $1`, [couple.partners[0].id]);
    expect(details.map((r: { d: string }) => r.d).join()).not.toMatch(/2468|1357/);
  });

  it('ends the partner session and the link after 5 wrong tries; a re-issued link works again', async () => {
    const { client, couple } = await partnerClient();
    expect((await client.put('/api/portal/pin', { pin: '97531' })).status).toBe(204);
    for (let remaining = 4; remaining >= 1; remaining--) {
      const wrong = await client.post('/api/portal/pin/check', { pin: '0000' });
      expect([wrong.status, wrong.body.remaining, wrong.body.code]).toEqual([403, remaining, 'portal.wrongPin']);
    }
    const last = await client.post('/api/portal/pin/check', { pin: '0000' });
    expect([last.status, last.body.code]).toEqual([401, 'portal.lockedOut']);
    expect(String(last.headers['set-cookie'])).toMatch(/trp_partner=;/);
    // Even with the old cookie the session is dead, and so is the link.
    expect((await client.get('/api/portal/assignments')).status).toBe(401);
    const links = await testApp.dataSource.query(`SELECT revoked_at FROM invite_link WHERE partner_id = $1`, [couple.partners[0].id]);
    expect(links.every((l: { revoked_at: Date | null }) => l.revoked_at !== null)).toBe(true);
    const [event] = await testApp.dataSource.query(`SELECT outcome FROM audit_event WHERE action = 'partner.pin_locked_out' AND target_id = $1`, [couple.partners[0].id]);
    expect(event).toEqual({ outcome: 'denied' });
    // The counselor re-issues a link: the partner gets back in, and the PIN still guards the page.
    const counselor = new TestClient(testApp.app);
    await signIn(counselor, practice.users['counselor']?.email ?? '');
    const issued = await counselor.post(`/api/couples/${couple.id}/partners/${couple.partners[0].id}/invite-link`);
    expect(issued.status).toBe(201);
    const again = new TestClient(testApp.app);
    expect((await again.post('/api/portal/session', { token: issued.body.url.split('/').pop() })).status).toBe(200);
    await again.get('/api/portal/me');
    expect((await again.get('/api/portal/pin')).body).toEqual({ set: true });
    expect((await again.post('/api/portal/pin/check', { pin: '97531' })).status).toBe(204);
  });

  it('counts a wrong current PIN when changing it as a wrong try', async () => {
    const { client, couple } = await partnerClient();
    expect((await client.put('/api/portal/pin', { pin: '4321' })).status).toBe(204);
    const wrong = await client.put('/api/portal/pin', { pin: '8765', currentPin: '1111' });
    expect([wrong.status, wrong.body.remaining]).toEqual([403, 4]);
    expect((await stored(couple.partners[0].id)).pin_failures).toBe(1);
    expect((await client.post('/api/portal/pin/check', { pin: '4321' })).status).toBe(204);
  });

  it('refuses a PIN that is not 4 to 8 digits with 400 naming the field, and unknown fields', async () => {
    const { client } = await partnerClient();
    for (const [body, field] of [
      [{}, 'pin'],
      [{ pin: '123' }, 'pin'],
      [{ pin: '123456789' }, 'pin'],
      [{ pin: '12a4' }, 'pin'],
      [{ pin: 1234 }, 'pin'],
      [{ pin: '1234', currentPin: 'abcd' }, 'currentPin'],
      [{ pin: '1234', extra: 1 }, 'extra'],
    ] as const) {
      const refused = await client.put('/api/portal/pin', body);
      expect([JSON.stringify(body), refused.status]).toEqual([JSON.stringify(body), 400]);
      expect(refused.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const check = await client.post('/api/portal/pin/check', { pin: '12' });
    expect(check.status).toBe(400);
    expect(check.body.errors.map((e: { field: string }) => e.field)).toEqual(['pin']);
  });

  it('is the partner’s alone: anonymous callers and staff get 401', async () => {
    const anonymous = new TestClient(testApp.app);
    const staff = new TestClient(testApp.app);
    await signIn(staff, practice.users['counselor']?.email ?? '');
    for (const client of [anonymous, staff]) {
      expect((await client.get('/api/portal/pin')).status).toBe(401);
      expect((await client.put('/api/portal/pin', { pin: '1234' })).status).toBe(401);
      expect((await client.post('/api/portal/pin/check', { pin: '1234' })).status).toBe(401);
    }
  });
});
