import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { SeededPractice, seedPractice, signIn } from '../test/seed-staff';
import { openLink, reissueLink, SeededCouple, seedCouple } from './testing/seed-portal';

const GONE = { statusCode: 410, message: 'This link has expired or was replaced. Ask your counselor for a new one.', error: 'Gone' };

describe('partner portal: invite-link exchange and partner sessions', () => {
  let testApp: TestApp;
  let practice: SeededPractice;
  let couple: SeededCouple;

  beforeAll(async () => {
    testApp = await createTestApp({ authRateLimit: { limit: 1000, windowMs: 60_000 } });
    practice = await seedPractice(testApp.dataSource, 'harbour', { counselor: { roles: ['counselor'] } });
    couple = await seedCouple(testApp.dataSource, { practiceId: practice.practiceId, counselorId: practice.users['counselor']?.id ?? '' });
  });
  afterAll(() => testApp.close());

  const client = () => new TestClient(testApp.app);
  const [alex, sam] = [0, 1].map((i) => () => couple.partners[i as 0 | 1]);
  const one = async <T>(sql: string, params: unknown[]): Promise<T> => ((await testApp.dataSource.query(sql, params)) as T[])[0] as T;

  it('exchanges a valid token for an httpOnly SameSite=Lax partner cookie, records the opening and audits it', async () => {
    const c = client();
    const response = await c.post('/api/portal/session', { token: alex().token });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      crisisResources: 'If you are in danger or thinking of harming yourself, call your local emergency number now.',
      partner: { id: alex().id, displayName: 'Alex', perspective: 'hurt', locale: 'en' },
      counselor: { displayName: 'Counselor harbour' },
      remindersEnabled: true,
      hasEmail: false,
    });
    const cookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((line) => line.startsWith('trp_partner='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/); // secureCookies is off in tests (local http)
    const token = c.cookies.get('trp_partner') ?? '';
    const session = await one<{ token_hash: string; expires_at: Date }>(`SELECT token_hash, expires_at FROM partner_session WHERE partner_id = $1`, [alex().id]);
    expect(session.token_hash).not.toContain(token);
    expect(session.token_hash).toHaveLength(64);
    const link = await one<{ first_opened_at: Date; last_opened_at: Date; use_count: number; expires_at: Date }>(
      `SELECT first_opened_at, last_opened_at, use_count, expires_at FROM invite_link WHERE id = $1`,
      [alex().linkId],
    );
    expect(link.use_count).toBe(1);
    expect(link.first_opened_at).toBeInstanceOf(Date);
    expect(session.expires_at.getTime()).toBeLessThanOrEqual(link.expires_at.getTime());
    const audit = await one<{ count: string }>(`SELECT count(*) FROM audit_event WHERE action = 'invite_link.used' AND target_id = $1 AND outcome = 'success'`, [alex().linkId]);
    expect(audit.count).toBe('1');

    expect((await c.get('/api/portal/me')).body.partner.displayName).toBe('Alex');
    await openLink(c, alex());
    const again = await one<{ use_count: number; first_opened_at: Date }>(`SELECT use_count, first_opened_at FROM invite_link WHERE id = $1`, [alex().linkId]);
    expect(again.use_count).toBe(2);
    expect(again.first_opened_at).toEqual(link.first_opened_at);
  });

  it('answers 401 to an unknown token and 400 to a malformed body', async () => {
    expect(await client().post('/api/portal/session', { token: 'not-a-real-token' })).toMatchObject({ status: 401 });
    expect((await client().post('/api/portal/session', {})).status).toBe(400);
    expect((await client().post('/api/portal/session', { token: 'x', extra: 1 })).status).toBe(400);
  });

  it('answers 410 with the plain message to an expired or revoked link', async () => {
    const expired = await seedCouple(testApp.dataSource, {
      practiceId: practice.practiceId,
      counselorId: practice.users['counselor']?.id ?? '',
      label: 'Expired pair',
      linkExpiresAt: new Date(Date.now() - 1000),
    });
    const response = await client().post('/api/portal/session', { token: expired.partners[0].token });
    expect(response.status).toBe(410);
    expect(response.body).toMatchObject(GONE);

    const revoked = await seedCouple(testApp.dataSource, { practiceId: practice.practiceId, counselorId: practice.users['counselor']?.id ?? '', label: 'Revoked pair' });
    const oldToken = revoked.partners[0].token;
    await reissueLink(testApp.dataSource, revoked, revoked.partners[0]);
    expect((await client().post('/api/portal/session', { token: oldToken })).body).toMatchObject(GONE);
    expect((await client().post('/api/portal/session', { token: revoked.partners[0].token })).status).toBe(200);
  });

  it('replaces the cookie cleanly when a second partner link is opened in the same browser', async () => {
    const c = client();
    await openLink(c, alex());
    const first = c.cookies.get('trp_partner');
    await c.get('/api/portal/me'); // picks up the XSRF cookie: the next exchange carries cookies and the CSRF header
    await openLink(c, sam());
    expect(c.cookies.get('trp_partner')).not.toBe(first);
    expect((await c.get('/api/portal/me')).body.partner.displayName).toBe('Sam');
    const stale = client();
    stale.cookies.set('trp_partner', first ?? '');
    expect((await stale.get('/api/portal/me')).status).toBe(401);
  });

  it('keeps staff and partner sessions apart: neither opens the other kind of route', async () => {
    const staff = client();
    await signIn(staff, 'counselor@harbour.test');
    for (const path of ['/api/portal/me', '/api/portal/assignments']) expect((await staff.get(path)).status).toBe(401);
    expect((await staff.post('/api/portal/logout')).status).toBe(401);

    const partner = client();
    await openLink(partner, alex());
    for (const path of ['/api/auth/me', '/api/exercises', '/api/admin/users']) expect((await partner.get(path)).status).toBe(401);
    expect((await partner.post('/api/auth/logout')).status).toBe(401);
    // Still signed in as the partner afterwards.
    expect((await partner.get('/api/portal/me')).status).toBe(200);
    expect((await client().get('/api/portal/me')).status).toBe(401);
  });

  it('ends the session on its next request when the link is re-issued or the couple archived', async () => {
    const pair = await seedCouple(testApp.dataSource, { practiceId: practice.practiceId, counselorId: practice.users['counselor']?.id ?? '', label: 'Ending pair' });
    const c = client();
    await openLink(c, pair.partners[0]);
    expect((await c.get('/api/portal/me')).status).toBe(200);
    await reissueLink(testApp.dataSource, pair, pair.partners[0]);
    const ended = await c.get('/api/portal/me');
    expect(ended.status).toBe(401);
    expect(c.cookies.has('trp_partner')).toBe(false); // cleared

    const other = client();
    await openLink(other, pair.partners[1]);
    await testApp.dataSource.query(`UPDATE couple SET status = 'archived', archived_at = now() WHERE id = $1`, [pair.coupleId]);
    expect((await other.get('/api/portal/assignments')).status).toBe(401);
    expect((await client().post('/api/portal/session', { token: pair.partners[1].token })).status).toBe(410);
  });

  it('signs out: the session ends and the cookie is cleared', async () => {
    const c = client();
    await openLink(c, sam());
    const token = c.cookies.get('trp_partner') ?? '';
    await c.get('/api/portal/me');
    expect((await c.post('/api/portal/logout', undefined, { withoutCsrf: true })).status).toBe(403);
    expect((await c.post('/api/portal/logout')).status).toBe(204);
    expect(c.cookies.has('trp_partner')).toBe(false);
    const replay = client();
    replay.cookies.set('trp_partner', token);
    expect((await replay.get('/api/portal/me')).status).toBe(401);
  });

  it('rate limits the exchange per address', async () => {
    const limited = await createTestApp({ authRateLimit: { limit: 3, windowMs: 60_000 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await new TestClient(limited.app).post('/api/portal/session', { token: `guess-${i}` })).status);
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await limited.close();
    }
  });
});
