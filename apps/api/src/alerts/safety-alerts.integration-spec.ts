import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { drainMailQueue } from '../test/mail-queue';
import { seedAssignment, seedCouple, SeededCouple, seedInviteLink } from '../test/seed-caseload';
import { SeededPractice, seedPractice, signIn } from '../test/seed-staff';
import { SmtpSink, startSmtpSink } from '../test/smtp-sink';

const FLAGGED = { whatHappened: 'I found the messages.', readiness: 6, privateNote: 'I sleep badly.', safetyCheck: 'unsure' };
const UNFLAGGED = { ...FLAGGED, safetyCheck: 'yes' };

/** A flagged safety check mails the couple's counselor at once (no names, no answers, no label); preferences. */
describe('counselor safety alerts and staff preferences', () => {
  let sink: SmtpSink;
  let testApp: TestApp;
  let practice: SeededPractice;
  let couple: SeededCouple;
  let counselor: TestClient;
  let partner: TestClient;
  const counselorEmail = () => practice.users['counselor']?.email ?? '';
  const submit = (assignmentId: string, answers: object) => partner.post(`/api/portal/assignments/${assignmentId}/submit`, { answers });
  const newAssignment = async () => (await seedAssignment(testApp.dataSource, { practiceId: practice.practiceId, coupleId: couple.id })).id;

  beforeAll(async () => {
    sink = await startSmtpSink();
    testApp = await createTestApp({ smtpUrl: sink.url, workers: true });
    practice = await seedPractice(testApp.dataSource, 'alerts', { counselor: { roles: ['counselor'] }, other: { roles: ['counselor'] } });
    couple = await seedCouple(testApp.dataSource, {
      practiceId: practice.practiceId,
      counselorId: practice.users['counselor']?.id ?? '',
      label: 'Case 114 - affair',
      partners: [{ displayName: 'Robin', email: 'robin@example.org' }, { displayName: 'Alex', email: 'alex@example.org' }],
    });
    counselor = new TestClient(testApp.app);
    await signIn(counselor, counselorEmail());
    partner = new TestClient(testApp.app);
    const { token } = await seedInviteLink(testApp.dataSource, { practiceId: practice.practiceId, partnerId: couple.partners[0].id });
    expect((await partner.post('/api/portal/session', { token })).status).toBe(200);
  });
  afterAll(async () => {
    await testApp?.close();
    await sink?.close();
  });

  it('mails the counselor within seconds of a flagged submit: no names, no answers, no label, a sign-in link', async () => {
    const started = Date.now();
    expect((await submit(await newAssignment(), FLAGGED)).status).toBe(200);
    const mail = await sink.next(counselorEmail(), 15_000);
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(mail.subject).toBe('Something in your caseload needs a look');
    for (const forbidden of [/Robin/, /Alex/, /Case 114/, /affair/i, /messages/, /sleep/, /unsure/, /trust|betray|relationship/i]) {
      expect(`${mail.subject}\n${mail.text}\n${mail.html}`).not.toMatch(forbidden);
    }
    expect(mail.text).toContain(`${testApp.config.publicUrl}/sign-in`);
    expect(sink.messages.filter((m) => m.to.includes(practice.users['other']?.email ?? ''))).toEqual([]);
  });

  it('sends nothing for an unflagged submit', async () => {
    const before = sink.messages.length;
    expect((await submit(await newAssignment(), UNFLAGGED)).status).toBe(200);
    await drainMailQueue(testApp.dataSource);
    expect(sink.messages).toHaveLength(before);
  });

  it('reads and changes the own preferences; safetyAlerts false stops the alerts', async () => {
    expect((await counselor.get('/api/auth/me/preferences')).body).toEqual({ safetyAlerts: true, dailySummary: false, locale: 'en' });
    const changed = await counselor.patch('/api/auth/me/preferences', { safetyAlerts: false, locale: 'es' });
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({ safetyAlerts: false, dailySummary: false, locale: 'es' });
    const before = sink.messages.length;
    expect((await submit(await newAssignment(), FLAGGED)).status).toBe(200);
    await drainMailQueue(testApp.dataSource);
    expect(sink.messages).toHaveLength(before);
    // Another staff member's preferences are their own.
    const other = new TestClient(testApp.app);
    await signIn(other, practice.users['other']?.email ?? '');
    expect((await other.get('/api/auth/me/preferences')).body.safetyAlerts).toBe(true);
  });

  it('validates the preferences (400 naming the field) and needs a staff session', async () => {
    for (const [body, field] of [
      [{ safetyAlerts: 'no' }, 'safetyAlerts'],
      [{ dailySummary: 1 }, 'dailySummary'],
      [{ locale: 'fr' }, 'locale'],
      [{ userId: practice.admin.id }, 'userId'],
    ] as const) {
      const bad = await counselor.patch('/api/auth/me/preferences', body);
      expect(bad.status).toBe(400);
      expect(bad.body.message).toMatch(new RegExp(field));
    }
    expect((await new TestClient(testApp.app).get('/api/auth/me/preferences')).status).toBe(401);
    expect((await new TestClient(testApp.app).patch('/api/auth/me/preferences', { locale: 'en' })).status).toBe(401);
    expect((await partner.get('/api/auth/me/preferences')).status).toBe(401);
  });
});
