import { LOCALE_COOKIE } from '@trp/contracts';
import { UserAccount } from '../../accounts/user-account.entity';
import { Partner } from '../../couples/partner.entity';
import { createTestApp, TestApp } from '../../test/create-test-app';
import { TestClient, TestResponse } from '../../test/http-client';
import { seedAssignment, seedCouple, SeededCouple, seedInviteLink } from '../../test/seed-caseload';
import { SeededPractice, seedPractice, signIn } from '../../test/seed-staff';
import { SmtpSink, startSmtpSink } from '../../test/smtp-sink';

/** The `trp_locale` Set-Cookie line of a response, '' when it sets none. */
function localeCookie(response: TestResponse): string {
  return ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((line) => line.startsWith(`${LOCALE_COOKIE}=`)) ?? '';
}

function expectLocaleCookie(response: TestResponse, locale: 'en' | 'es'): void {
  const line = localeCookie(response);
  expect(line).toMatch(new RegExp(`^${LOCALE_COOKIE}=${locale};`));
  expect(line).toMatch(/; Max-Age=31536000(;|$)/);
  expect(line).toMatch(/; Path=\/(;|$)/);
  expect(line).toMatch(/; SameSite=Lax(;|$)/i);
  expect(line).not.toMatch(/HttpOnly/i);
}

/** People's languages (issue 20): partner and practice defaults, the locale cookie, mails in the recipient's language. */
describe('languages of people and their mails', () => {
  let sink: SmtpSink;
  let testApp: TestApp;
  let practice: SeededPractice;
  let other: SeededPractice;
  let admin: TestClient;
  let counselor: TestClient;
  const counselorId = () => practice.users['counselor']?.id ?? '';
  const partnerLocale = async (id: string) => (await testApp.dataSource.getRepository(Partner).findOneByOrFail({ id })).locale;
  const portalOf = async (couple: SeededCouple, index: 0 | 1) => {
    const client = new TestClient(testApp.app);
    const { token } = await seedInviteLink(testApp.dataSource, { practiceId: couple.practiceId, partnerId: couple.partners[index].id });
    const exchanged = await client.post('/api/portal/session', { token });
    expect(exchanged.status).toBe(200);
    return { client, exchanged };
  };

  beforeAll(async () => {
    sink = await startSmtpSink();
    testApp = await createTestApp({ smtpUrl: sink.url, workers: true });
    practice = await seedPractice(testApp.dataSource, 'lang', { counselor: { roles: ['counselor'] }, colleague: { roles: ['counselor'] } });
    other = await seedPractice(testApp.dataSource, 'lang-other', { counselor: { roles: ['counselor'] } });
    admin = new TestClient(testApp.app);
    await signIn(admin, practice.admin.email);
    counselor = new TestClient(testApp.app);
    await signIn(counselor, practice.users['counselor']?.email ?? '');
  });
  afterAll(async () => {
    await testApp?.close();
    await sink?.close();
  });

  it('the admin sets the practice default language (validated, admins only); new partners start in it unless the counselor says otherwise', async () => {
    expect((await admin.get('/api/admin/practice')).body.settings.defaultLocale).toBe('en');
    const bad = await admin.patch('/api/admin/practice', { defaultLocale: 'fr' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('defaultLocale');
    expect((await counselor.patch('/api/admin/practice', { defaultLocale: 'es' })).status).toBe(403);
    const changed = await admin.patch('/api/admin/practice', { defaultLocale: 'es' });
    expect(changed.status).toBe(200);
    expect(changed.body.settings.defaultLocale).toBe('es');

    const created = await counselor.post('/api/couples', { label: 'Lang 1', partners: [{ displayName: 'Rocío' }, { displayName: 'Sam', locale: 'en' }] });
    expect(created.status).toBe(201);
    expect(created.body.partners.map((p: { locale: string }) => p.locale)).toEqual(['es', 'en']);
    expect((await counselor.get(`/api/couples/${created.body.id}`)).body.partners.map((p: { locale: string }) => p.locale)).toEqual(['es', 'en']);

    // Another practice keeps its own default.
    const elsewhere = new TestClient(testApp.app);
    await signIn(elsewhere, other.users['counselor']?.email ?? '');
    const theirs = await elsewhere.post('/api/couples', { label: 'Other', partners: [{ displayName: 'A' }, { displayName: 'B' }] });
    expect(theirs.body.partners.map((p: { locale: string }) => p.locale)).toEqual(['en', 'en']);
  });

  it('the counselor changes a partner\'s language in PATCH /api/couples/:id (audited as changed); bad values are 400 naming the field', async () => {
    const created = await counselor.post('/api/couples', { label: 'Lang 2', partners: [{ displayName: 'A', locale: 'en' }, { displayName: 'B', locale: 'en' }] });
    const [first] = created.body.partners as { id: string }[];
    const changed = await counselor.patch(`/api/couples/${created.body.id}`, { partners: [{ id: first?.id, locale: 'es' }] });
    expect(changed.status).toBe(200);
    expect(changed.body.partners.map((p: { locale: string }) => p.locale)).toEqual(['es', 'en']);
    const [audit] = await testApp.dataSource.query(`SELECT details FROM audit_event WHERE action = 'couple.updated' AND target_id = $1 ORDER BY occurred_at DESC LIMIT 1`, [created.body.id]);
    expect(audit.details.changed).toEqual(['partners[1].locale']);

    const badCreate = await counselor.post('/api/couples', { label: 'X', partners: [{ displayName: 'A', locale: 'fr' }, { displayName: 'B' }] });
    expect(badCreate.status).toBe(400);
    expect(badCreate.body.errors.map((e: { field: string }) => e.field)).toContain('partners.0.locale');
    const badUpdate = await counselor.patch(`/api/couples/${created.body.id}`, { partners: [{ id: first?.id, locale: 'ES' }] });
    expect(badUpdate.status).toBe(400);
    expect(badUpdate.body.errors.map((e: { field: string }) => e.field)).toContain('partners.0.locale');
    expect(await partnerLocale(first?.id ?? '')).toBe('es');
  });

  it('the partner opens their link: the cookie carries their language; they switch it in PATCH /api/portal/me (only their own)', async () => {
    const couple = await seedCouple(testApp.dataSource, { practiceId: practice.practiceId, counselorId: counselorId() });
    await testApp.dataSource.getRepository(Partner).update({ coupleId: couple.id }, { locale: 'es' });
    const robin = await portalOf(couple, 0);
    expectLocaleCookie(robin.exchanged, 'es');
    expect(robin.exchanged.body.partner.locale).toBe('es');
    expect((await robin.client.get('/api/portal/me')).body.partner.locale).toBe('es');

    const switched = await robin.client.patch('/api/portal/me', { locale: 'en' });
    expect(switched.status).toBe(200);
    expect(switched.body.partner.locale).toBe('en');
    expectLocaleCookie(switched, 'en');
    expect((await robin.client.get('/api/portal/me')).body.partner.locale).toBe('en');
    // No locale in the body: no cookie.
    expect(localeCookie(await robin.client.patch('/api/portal/me', { remindersEnabled: true }))).toBe('');

    // The other partner, and other couples, keep theirs.
    const other = await seedCouple(testApp.dataSource, { practiceId: practice.practiceId, counselorId: counselorId() });
    await testApp.dataSource.getRepository(Partner).update({ coupleId: other.id }, { locale: 'es' });
    expect(await partnerLocale(couple.partners[1].id)).toBe('es');
    expect(await partnerLocale(other.partners[0].id)).toBe('es');
    const alex = await portalOf(couple, 1);
    expect((await alex.client.get('/api/portal/me')).body.partner.locale).toBe('es');
    expect((await alex.client.patch('/api/portal/me', { locale: 'en' })).body.partner.locale).toBe('en');
    expect(await partnerLocale(couple.partners[0].id)).toBe('en');
    expect(await partnerLocale(other.partners[0].id)).toBe('es');

    // Validation, and who may call it.
    for (const value of ['fr', 'ES', 1]) {
      const bad = await robin.client.patch('/api/portal/me', { locale: value });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('locale');
      expect(localeCookie(bad)).toBe('');
    }
    expect((await new TestClient(testApp.app).patch('/api/portal/me', { locale: 'es' })).status).toBe(401);
    expect((await counselor.patch('/api/portal/me', { locale: 'es' })).status).toBe(401);
    expect(await partnerLocale(couple.partners[0].id)).toBe('en');
  });

  it('staff: sign-in sets the cookie to their language; changing it in preferences sets it again', async () => {
    const colleague = practice.users['colleague'];
    await testApp.dataSource.getRepository(UserAccount).update({ id: colleague?.id }, { locale: 'es' });
    const client = new TestClient(testApp.app);
    expectLocaleCookie(await signIn(client, colleague?.email ?? ''), 'es');
    const changed = await client.patch('/api/auth/me/preferences', { locale: 'en' });
    expect(changed.body.locale).toBe('en');
    expectLocaleCookie(changed, 'en');
    expect(localeCookie(await client.patch('/api/auth/me/preferences', { dailySummary: false }))).toBe('');
    expect(localeCookie(await client.patch('/api/auth/me/preferences', { locale: 'fr' }))).toBe('');
    expectLocaleCookie(await signIn(new TestClient(testApp.app), colleague?.email ?? ''), 'en');
    // A failed sign-in sets none.
    expect(localeCookie(await new TestClient(testApp.app).post('/api/auth/login', { email: colleague?.email, password: 'wrong password here' }))).toBe('');
  });

  it('a new staff member is invited in the practice\'s language, and accepting signs them in with that cookie', async () => {
    // The practice default is `es` since the first test.
    const invited = await admin.post('/api/admin/invitations', { email: 'nuevo@lang.test', roles: ['counselor'] });
    expect(invited.status).toBe(201);
    const mail = await sink.next('nuevo@lang.test', 15_000);
    expect(mail.subject).toBe('Tu cuenta en Practice lang');
    expect(mail.text).toContain('te creó una cuenta en Trust Repair Practice');
    expect(mail.html).toContain('<html lang="es">');
    expect(mail.header('Content-Language')).toBe('es');
    const token = String(invited.body.inviteUrl).split('/').pop();
    const accepted = await new TestClient(testApp.app).post(`/api/auth/invitations/${token}/accept`, { displayName: 'Nuevo', password: 'a long enough passphrase' });
    expect(accepted.status).toBe(200);
    expectLocaleCookie(accepted, 'es');
  });

  it('mails partners in their language: the invite link in Spanish for a Spanish partner, English for an English one', async () => {
    const couple = await seedCouple(testApp.dataSource, {
      practiceId: practice.practiceId,
      counselorId: counselorId(),
      partners: [{ displayName: 'Rocío', email: 'rocio@lang.example' }, { displayName: 'Sam', email: 'sam@lang.example' }],
    });
    await testApp.dataSource.getRepository(Partner).update({ id: couple.partners[0].id }, { locale: 'es' });
    await testApp.dataSource.getRepository(Partner).update({ id: couple.partners[1].id }, { locale: 'en' });
    for (const partner of couple.partners) {
      expect((await counselor.post(`/api/couples/${couple.id}/partners/${partner.id}/invite-link/email`)).status).toBe(201);
    }
    const es = await sink.next('rocio@lang.example', 15_000);
    expect(es.subject).toBe('Tu enlace personal de Practice lang');
    expect(es.text).toMatch(/^Hola, Rocío:/);
    expect(es.text).toContain('Tu pareja recibe el suyo.');
    expect(es.text).not.toContain('Sam');
    expect(es.html).toContain('<html lang="es">');
    const en = await sink.next('sam@lang.example', 15_000);
    expect(en.subject).toBe('Your private link from Practice lang');
    expect(en.text).not.toContain('Rocío');
    expect(en.header('Content-Language')).toBe('en');
  });

  it('mails staff in their language: the safety alert and the password reset in Spanish for a Spanish counselor', async () => {
    const me = practice.users['counselor'];
    await testApp.dataSource.getRepository(UserAccount).update({ id: me?.id }, { locale: 'es' });
    const couple = await seedCouple(testApp.dataSource, { practiceId: practice.practiceId, counselorId: counselorId(), label: 'Case 9 - secret' });
    const robin = await portalOf(couple, 0);
    const assignment = await seedAssignment(testApp.dataSource, { practiceId: practice.practiceId, coupleId: couple.id });
    const answers = { whatHappened: 'I found the messages.', readiness: 6, privateNote: 'I sleep badly.', safetyCheck: 'unsure' };
    expect((await robin.client.post(`/api/portal/assignments/${assignment.id}/submit`, { answers })).status).toBe(200);
    const alert = await sink.next(me?.email ?? '', 15_000);
    expect(alert.subject).toBe('Hay algo en tus casos que necesita tu atención');
    expect(alert.text).toContain('Este correo no incluye nombres ni respuestas, a propósito.');
    for (const forbidden of [/Robin/, /Alex/, /Case 9/, /secret/, /messages/, /unsure/]) expect(`${alert.subject}\n${alert.text}\n${alert.html}`).not.toMatch(forbidden);

    const before = sink.messages.length;
    expect((await new TestClient(testApp.app).post('/api/auth/password-reset', { email: me?.email })).status).toBe(202);
    const reset = await sink.next(me?.email ?? '', 15_000);
    expect(sink.messages.length).toBeGreaterThan(before);
    expect(reset.subject).toBe('Restablece tu contraseña');
    expect(reset.text).toContain('Para elegir una nueva contraseña, abre este enlace:');
  });
});
