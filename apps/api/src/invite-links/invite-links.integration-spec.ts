import { hashToken } from '../auth/session-token';
import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { seedCouple, SeededCouple } from '../test/seed-caseload';
import { SeededPractice, seedPractice, signIn } from '../test/seed-staff';
import { SmtpSink, startSmtpSink } from '../test/smtp-sink';

describe('invite links', () => {
  let testApp: TestApp;
  let practice: SeededPractice;
  let counselor: TestClient;
  let couple: SeededCouple;
  let sink: SmtpSink;
  const linkUrl = (partnerId: string, suffix = '') => `/api/couples/${couple.id}/partners/${partnerId}/invite-link${suffix}`;
  const tokenOf = (url: string) => url.slice(url.lastIndexOf('/') + 1);
  const linksOf = (partnerId: string): Promise<{ id: string; token_hash: string; revoked_at: Date | null; expires_at: Date }[]> =>
    testApp.dataSource.query(`SELECT id, token_hash, revoked_at, expires_at FROM invite_link WHERE partner_id = $1 ORDER BY created_at`, [partnerId]);

  beforeAll(async () => {
    sink = await startSmtpSink();
    testApp = await createTestApp({ publicUrl: 'https://practice.example.org', smtpUrl: sink.url, workers: true });
    practice = await seedPractice(testApp.dataSource, 'links', { counselor: { roles: ['counselor'] } });
    await testApp.dataSource.query(`UPDATE practice SET settings = settings || '{"inviteLinkDays": 14}'::jsonb WHERE id = $1`, [practice.practiceId]);
    counselor = new TestClient(testApp.app);
    await signIn(counselor, practice.users['counselor']?.email ?? '');
    couple = await seedCouple(testApp.dataSource, {
      practiceId: practice.practiceId,
      counselorId: practice.users['counselor']?.id ?? '',
      partners: [{ displayName: 'Robin', email: 'robin@example.org' }, { displayName: 'Alex', email: null }],
    });
  });
  afterAll(async () => {
    await testApp.close();
    await sink.close();
  });

  it('issues a link of PUBLIC_URL/i/<256-bit token> expiring per practice policy; only the hash is stored', async () => {
    const before = Date.now();
    const issued = await counselor.post(linkUrl(couple.partners[0].id));
    expect(issued.status).toBe(201);
    expect(issued.body.url).toMatch(/^https:\/\/practice\.example\.org\/i\/[A-Za-z0-9_-]{43}$/);
    const days = (Date.parse(issued.body.expiresAt) - before) / 86_400_000;
    expect(days).toBeGreaterThan(13.99);
    expect(days).toBeLessThan(14.01);
    const [link] = await linksOf(couple.partners[0].id);
    expect(link?.token_hash).toBe(hashToken(tokenOf(issued.body.url)));
    const stored = JSON.stringify(await testApp.dataSource.query(`SELECT * FROM invite_link`)) + JSON.stringify(await testApp.dataSource.query(`SELECT * FROM audit_event`));
    expect(stored).not.toContain(tokenOf(issued.body.url));
    const view = await counselor.get(`/api/couples/${couple.id}`);
    expect(view.body.partners[0].link).toMatchObject({ state: 'never_opened', expiresAt: issued.body.expiresAt });
  });

  it('re-issuing kills the old link at once: its token no longer exchanges (410), its sessions end, the new one works', async () => {
    const partner = new TestClient(testApp.app);
    const first = await counselor.post(linkUrl(couple.partners[0].id));
    const opened = await partner.post('/api/portal/session', { token: tokenOf(first.body.url) });
    expect(opened.status).toBe(200);
    expect((await partner.get('/api/portal/assignments')).status).toBe(200);
    expect((await counselor.get(`/api/couples/${couple.id}`)).body.partners[0].link.state).toBe('opened');

    const second = await counselor.post(linkUrl(couple.partners[0].id));
    expect(second.status).toBe(201);
    const links = await linksOf(couple.partners[0].id);
    const live = links.filter((l) => l.revoked_at === null);
    expect(live).toHaveLength(1);
    expect(live[0]?.token_hash).toBe(hashToken(tokenOf(second.body.url)));
    expect(links.find((l) => l.token_hash === hashToken(tokenOf(first.body.url)))?.revoked_at).not.toBeNull();

    expect((await partner.get('/api/portal/assignments')).status).toBe(401);
    expect((await new TestClient(testApp.app).post('/api/portal/session', { token: tokenOf(first.body.url) })).status).toBe(410);
    expect((await new TestClient(testApp.app).post('/api/portal/session', { token: tokenOf(second.body.url) })).status).toBe(200);
    const [audit] = await testApp.dataSource.query(`SELECT details FROM audit_event WHERE action = 'invite_link.issued' ORDER BY id DESC LIMIT 1`);
    expect(audit.details.replacedLinkIds).toHaveLength(1);
  });

  it('revokes: the link stops exchanging, sessions made from it end, state revoked; idempotent 204', async () => {
    const issued = await counselor.post(linkUrl(couple.partners[0].id));
    const partner = new TestClient(testApp.app);
    expect((await partner.post('/api/portal/session', { token: tokenOf(issued.body.url) })).status).toBe(200);
    expect((await counselor.delete(linkUrl(couple.partners[0].id))).status).toBe(204);
    const sessions = await testApp.dataSource.query(
      `SELECT s.revoked_at FROM partner_session s JOIN invite_link l ON l.id = s.invite_link_id WHERE l.token_hash = $1`,
      [hashToken(tokenOf(issued.body.url))],
    );
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.every((s: { revoked_at: Date | null }) => s.revoked_at !== null)).toBe(true);
    expect((await partner.get('/api/portal/assignments')).status).toBe(401);
    expect((await new TestClient(testApp.app).post('/api/portal/session', { token: tokenOf(issued.body.url) })).status).toBe(410);
    const view = await counselor.get(`/api/couples/${couple.id}`);
    expect(view.body.partners[0].link).toMatchObject({ state: 'revoked', expiresAt: issued.body.expiresAt });
    expect((await counselor.delete(linkUrl(couple.partners[0].id))).status).toBe(204);
  });

  it('shows expired links as expired', async () => {
    await counselor.post(linkUrl(couple.partners[0].id));
    await testApp.dataSource.query(`UPDATE invite_link SET expires_at = now() - interval '1 minute' WHERE partner_id = $1 AND revoked_at IS NULL`, [couple.partners[0].id]);
    expect((await counselor.get(`/api/couples/${couple.id}`)).body.partners[0].link.state).toBe('expired');
  });

  it('emails a fresh link (kind plain text with the URL, through the mail queue) and answers where it went, not the URL', async () => {
    const emailed = await counselor.post(linkUrl(couple.partners[0].id, '/email'));
    expect(emailed.status).toBe(201);
    expect(emailed.body).toEqual({ sentTo: 'robin@example.org', expiresAt: expect.any(String) });
    const mail = await sink.next('robin@example.org', 15_000);
    expect(mail.to).toEqual(['robin@example.org']);
    expect(mail.subject).toBe('Your private link from Practice links');
    expect(mail.text).toMatch(/^Hello Robin,/);
    const url = mail.text.match(/https:\/\/practice\.example\.org\/i\/\S+/)?.[0] ?? '';
    const [live] = (await linksOf(couple.partners[0].id)).filter((l) => l.revoked_at === null);
    expect(live?.token_hash).toBe(hashToken(tokenOf(url)));
    const [audit] = await testApp.dataSource.query(`SELECT action FROM audit_event WHERE target_id = $1`, [live?.id]);
    expect(audit.action).toBe('invite_link.emailed');
  });

  it('refuses to email a partner without an email (422, clear message) and changes nothing', async () => {
    await counselor.post(linkUrl(couple.partners[1].id));
    const before = await linksOf(couple.partners[1].id);
    const mailsBefore = sink.messages.length;
    const refused = await counselor.post(linkUrl(couple.partners[1].id, '/email'));
    expect(refused.status).toBe(422);
    expect(refused.body.message).toMatch(/no email address/);
    expect(await testApp.dataSource.query(`SELECT id FROM mail_message WHERE "to" = ''`)).toEqual([]);
    expect(sink.messages).toHaveLength(mailsBefore);
    expect(await linksOf(couple.partners[1].id)).toEqual(before);
  });

  it('answers 404 for a partner of another couple and 400 for a malformed partner id', async () => {
    const other = await seedCouple(testApp.dataSource, { practiceId: practice.practiceId, counselorId: practice.users['counselor']?.id ?? '' });
    expect((await counselor.post(linkUrl(other.partners[0].id))).status).toBe(404);
    const bad = await counselor.post(linkUrl('nope'));
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/partnerId/);
  });
});
