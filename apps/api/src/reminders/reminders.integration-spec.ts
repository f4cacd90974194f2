import { Clock } from '../common/clock';
import { JobsService } from '../jobs/jobs.service';
import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { drainMailQueue } from '../test/mail-queue';
import { seedAssignment, seedCouple, SeededCouple, seedInviteLink } from '../test/seed-caseload';
import { SeededPractice, seedPractice, signIn } from '../test/seed-staff';
import { SmtpSink, startSmtpSink } from '../test/smtp-sink';

/** Partner reminders with a controlled Clock and a real SMTP server (practice policy: the defaults, UTC). */
describe('partner reminders', () => {
  let sink: SmtpSink;
  let testApp: TestApp;
  let clock: Clock;
  let practice: SeededPractice;
  let couple: SeededCouple;
  let quiet: SeededCouple;
  let robinLink: string;
  let alex: TestClient;
  const robin = 'robin@example.org';
  const dueA = new Date('2026-12-10T12:00:00Z');
  const at = (iso: string) => jest.spyOn(clock, 'now').mockReturnValue(new Date(iso));
  /** One periodic pass at the clock's "now", then every queued mail sent. */
  const scan = async () => {
    await testApp.app.get(JobsService).runPeriodicNow();
    await drainMailQueue(testApp.dataSource);
  };
  const mailsTo = (to: string) => sink.messages.filter((m) => m.to.includes(to));

  beforeAll(async () => {
    sink = await startSmtpSink();
    testApp = await createTestApp({ smtpUrl: sink.url, workers: true, jobsCheckSeconds: 3600, publicUrl: 'https://practice.example.org' });
    clock = testApp.app.get(Clock);
    practice = await seedPractice(testApp.dataSource, 'remind', { counselor: { roles: ['counselor'] } });
    const counselorId = practice.users['counselor']?.id ?? '';
    couple = await seedCouple(testApp.dataSource, {
      practiceId: practice.practiceId,
      counselorId,
      label: 'Case 114 - affair',
      partners: [
        { displayName: 'Robin', email: robin },
        { displayName: 'Alex', email: 'alex@example.org' },
      ],
    });
    quiet = await seedCouple(testApp.dataSource, { practiceId: practice.practiceId, counselorId, partners: [{ displayName: 'Kim', email: 'kim@example.org' }, { displayName: 'Lee', email: null }] });
    robinLink = (await seedInviteLink(testApp.dataSource, { practiceId: practice.practiceId, partnerId: couple.partners[0].id })).token;
    const alexLink = (await seedInviteLink(testApp.dataSource, { practiceId: practice.practiceId, partnerId: couple.partners[1].id })).token;
    alex = new TestClient(testApp.app);
    expect((await alex.post('/api/portal/session', { token: alexLink })).status).toBe(200);
    await seedAssignment(testApp.dataSource, { practiceId: practice.practiceId, coupleId: couple.id, dueAt: dueA });
    const off = await seedAssignment(testApp.dataSource, { practiceId: practice.practiceId, coupleId: quiet.id, dueAt: dueA });
    await testApp.dataSource.query(`UPDATE assignment SET reminders = false WHERE id = $1`, [off.id]);
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await testApp?.close();
    await sink?.close();
  });

  it('the partner sees and sets their own switch and time zone (GET/PATCH /api/portal/me), validated', async () => {
    expect((await alex.get('/api/portal/me')).body.remindersEnabled).toBe(true);
    const zoned = await alex.patch('/api/portal/me', { timezone: 'Asia/Tokyo' });
    expect(zoned.status).toBe(200);
    expect(zoned.body.remindersEnabled).toBe(true);
    for (const [body, field] of [
      [{ remindersEnabled: 'no' }, 'remindersEnabled'],
      [{ timezone: 'Mars/Olympus' }, 'timezone'],
      [{ partnerId: couple.partners[0].id }, 'partnerId'],
    ] as const) {
      const bad = await alex.patch('/api/portal/me', body);
      expect(bad.status).toBe(400);
      expect(bad.body.message).toMatch(new RegExp(field));
    }
    expect((await new TestClient(testApp.app).patch('/api/portal/me', { remindersEnabled: false })).status).toBe(401);
  });

  it('sends nothing before reminderHoursBeforeDue', async () => {
    at('2026-12-09T11:00:00Z');
    await scan();
    expect(sink.messages).toEqual([]);
  });

  it('reminds reminderHoursBeforeDue before the due date: neutral subject, what waits and when, a one-use sign-in link, one-click unsubscribe', async () => {
    at('2026-12-09T12:30:00Z');
    await scan();
    const [mail] = mailsTo(robin);
    expect(mailsTo(robin)).toHaveLength(1);
    expect(mail?.subject).toBe('A reminder: something is waiting for you');
    expect(mail?.text).toContain('Hello Robin,');
    expect(mail?.text).toContain('due Thursday 10 December');
    for (const forbidden of [/affair/i, /Case 114/, /Alex/, /trust|betray|relationship/i]) expect(mail?.text).not.toMatch(forbidden);
    expect(mail?.header('List-Unsubscribe')).toMatch(/^<https:\/\/practice\.example\.org\/api\/mail\/unsubscribe\?token=[^>]+>$/);
    expect(mail?.header('List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(mail?.html).toContain('<a href="https://practice.example.org/i/');
    // Alex's zone is Tokyo, where it is 21:30: quiet hours.
    expect(mailsTo('alex@example.org')).toEqual([]);
    // An assignment with reminders: false is never mentioned.
    expect(mailsTo('kim@example.org')).toEqual([]);

    // The sign-in link works once and leaves the partner's own link working; no usable token stays stored.
    const token = /https:\/\/practice\.example\.org\/i\/([A-Za-z0-9_-]{43})/.exec(mail?.text ?? '')?.[1] ?? '';
    const [stored] = await testApp.dataSource.query(
      `SELECT (SELECT coalesce(string_agg(m::text, ''), '') FROM mail_message m) || (SELECT coalesce(string_agg(j::text, ''), '') FROM pgboss.job j) AS all`,
    );
    expect(stored.all).not.toContain(token);
    expect((await new TestClient(testApp.app).post('/api/portal/session', { token })).status).toBe(200);
    expect((await new TestClient(testApp.app).post('/api/portal/session', { token })).status).toBe(410);
    expect((await new TestClient(testApp.app).post('/api/portal/session', { token: robinLink })).status).toBe(200);
    // The couple page still shows Robin's own link, not the reminder's.
    const [{ count }] = await testApp.dataSource.query(`SELECT count(*)::int AS count FROM invite_link WHERE partner_id = $1 AND revoked_at IS NULL AND NOT single_use`, [couple.partners[0].id]);
    expect(count).toBe(1);
  });

  it('sends at most one mail per partner per day, several exercises sharing it, and none in quiet hours', async () => {
    // A second exercise comes due the same day: it waits for tomorrow.
    await seedAssignment(testApp.dataSource, { practiceId: practice.practiceId, coupleId: couple.id, dueAt: new Date('2026-12-10T20:00:00Z') });
    at('2026-12-09T20:30:00Z');
    await scan();
    expect(mailsTo(robin)).toHaveLength(1);
    // 22:00 the next day: quiet hours (21:00–08:00) in the practice's zone.
    at('2026-12-10T22:00:00Z');
    await scan();
    expect(mailsTo(robin)).toHaveLength(1);
    // 08:30: the second exercise (overdue now) gets its first reminder; the first is not due again yet.
    at('2026-12-11T08:30:00Z');
    await scan();
    expect(mailsTo(robin)).toHaveLength(2);
    expect(mailsTo(robin)[1]?.text).toContain('an exercise waiting for you');
    expect(mailsTo(robin)[1]?.text).toContain('was due Thursday 10 December');
    // Alex (Tokyo, 17:30 there) gets one mail naming both.
    expect(mailsTo('alex@example.org')).toHaveLength(1);
    expect(mailsTo('alex@example.org')[0]?.text).toContain('2 exercises waiting for you');
  });

  it('repeats every reminderEveryDaysOverdue days while overdue, up to remindersPerAssignment', async () => {
    at('2026-12-12T12:30:00Z');
    await scan();
    expect(mailsTo(robin)).toHaveLength(3);
    const counts = await testApp.dataSource.query(
      `SELECT a.due_at, count(*)::int AS sent FROM partner_reminder r JOIN assignment a ON a.id = r.assignment_id WHERE r.partner_id = $1 GROUP BY a.due_at ORDER BY a.due_at`,
      [couple.partners[0].id],
    );
    expect(counts.map((c: { sent: number }) => c.sent)).toEqual([2, 1]);
    for (const day of ['2026-12-13T12:30:00Z', '2026-12-14T12:30:00Z', '2026-12-15T12:30:00Z', '2026-12-16T12:30:00Z', '2026-12-17T12:30:00Z', '2026-12-18T12:30:00Z', '2026-12-19T12:30:00Z', '2026-12-20T12:30:00Z']) {
      at(day);
      await scan();
    }
    const [{ max }] = await testApp.dataSource.query(`SELECT max(n)::int AS max FROM (SELECT count(*) AS n FROM partner_reminder WHERE partner_id = $1 GROUP BY assignment_id) t`, [couple.partners[0].id]);
    expect(max).toBe(3);
  });

  it('one-click unsubscribe: GET changes nothing, POST (no cookies, as a mail provider sends it) turns reminders off', async () => {
    const url = /<https:\/\/practice\.example\.org(\/api\/mail\/unsubscribe\?token=[^>]+)>/.exec(mailsTo(robin)[0]?.header('List-Unsubscribe') ?? '')?.[1] ?? '';
    const enabled = async () => (await testApp.dataSource.query(`SELECT reminders_enabled FROM partner WHERE id = $1`, [couple.partners[0].id]))[0].reminders_enabled;
    const shown = await new TestClient(testApp.app).get(url);
    expect(shown.status).toBe(200);
    expect(shown.headers['content-type']).toMatch(/text\/html/);
    expect(shown.text).toContain('<form method="post"');
    expect(await enabled()).toBe(true);
    const forged = await new TestClient(testApp.app).post(url.replace(/token=[^.]+\./, `token=${couple.partners[1].id}.`));
    expect(forged.status).toBe(404);
    expect((await new TestClient(testApp.app).post('/api/mail/unsubscribe?token=nonsense')).status).toBe(404);
    const done = await new TestClient(testApp.app).post(url);
    expect(done.status).toBe(200);
    expect(await enabled()).toBe(false);
    // A new exercise comes due: Robin is not reminded any more.
    await seedAssignment(testApp.dataSource, { practiceId: practice.practiceId, coupleId: couple.id, dueAt: new Date('2026-12-22T12:00:00Z') });
    const before = mailsTo(robin).length;
    at('2026-12-22T10:00:00Z');
    await scan();
    expect(mailsTo(robin)).toHaveLength(before);
  });

  it('the practice can turn reminders off (remindersEnabled), and the policy is validated with a 400 naming the field', async () => {
    jest.restoreAllMocks();
    const admin = new TestClient(testApp.app);
    await signIn(admin, practice.admin.email);
    for (const [body, field] of [
      [{ reminderHoursBeforeDue: 0 }, 'reminderHoursBeforeDue'],
      [{ reminderHoursBeforeDue: 169 }, 'reminderHoursBeforeDue'],
      [{ reminderEveryDaysOverdue: 15 }, 'reminderEveryDaysOverdue'],
      [{ remindersPerAssignment: 11 }, 'remindersPerAssignment'],
      [{ remindersEnabled: 'yes' }, 'remindersEnabled'],
      [{ quietHoursStart: '25:00' }, 'quietHoursStart'],
      [{ quietHoursEnd: null }, 'quietHoursEnd'],
      [{ quietHoursStart: '08:00' }, 'quietHoursEnd'],
    ] as const) {
      const bad = await admin.patch('/api/admin/practice', body);
      expect(bad.status).toBe(400);
      expect(bad.body.message).toMatch(new RegExp(field));
    }
    const none = await admin.patch('/api/admin/practice', { quietHoursStart: null, quietHoursEnd: null, reminderHoursBeforeDue: 48 });
    expect(none.status).toBe(200);
    expect(none.body.settings).toMatchObject({ quietHoursStart: null, quietHoursEnd: null, reminderHoursBeforeDue: 48, remindersEnabled: true, reminderEveryDaysOverdue: 2, remindersPerAssignment: 3 });
    expect((await admin.patch('/api/admin/practice', { remindersEnabled: false })).body.settings.remindersEnabled).toBe(false);
    await seedAssignment(testApp.dataSource, { practiceId: practice.practiceId, coupleId: couple.id, dueAt: new Date('2026-12-24T12:00:00Z') });
    const before = sink.messages.length;
    at('2026-12-24T10:00:00Z');
    await scan();
    expect(sink.messages).toHaveLength(before);
  });

  it('never reminds of an exercise that has not opened yet (the partner could not even see it)', async () => {
    await testApp.dataSource.query(`UPDATE practice SET settings = settings || '{"remindersEnabled": true}'::jsonb WHERE id = $1`, [practice.practiceId]);
    const later = await seedCouple(testApp.dataSource, {
      practiceId: practice.practiceId,
      counselorId: practice.users['counselor']?.id ?? '',
      partners: [{ displayName: 'Jo', email: 'jo@example.org' }, { displayName: 'Sky', email: null }],
    });
    const scheduled = await seedAssignment(testApp.dataSource, { practiceId: practice.practiceId, coupleId: later.id, dueAt: new Date('2026-12-21T00:00:00Z') });
    await testApp.dataSource.query(`UPDATE assignment SET opens_at = $2 WHERE id = $1`, [scheduled.id, new Date('2026-12-20T12:00:00Z')]);
    at('2026-12-20T09:00:00Z'); // due within 24 hours, outside quiet hours, not open yet
    await scan();
    expect(mailsTo('jo@example.org')).toEqual([]);
    at('2026-12-20T12:30:00Z');
    await scan();
    expect(mailsTo('jo@example.org')).toHaveLength(1);
  });
  it('writes to each partner in their language: a Spanish reminder and Spanish unsubscribe pages for a Spanish partner', async () => {
    const spanish = await seedCouple(testApp.dataSource, {
      practiceId: practice.practiceId,
      counselorId: practice.users['counselor']?.id ?? '',
      partners: [{ displayName: 'Rocío', email: 'rocio@example.org' }, { displayName: 'Sky', email: null }],
    });
    await testApp.dataSource.query(`UPDATE partner SET locale = 'es' WHERE id = $1`, [spanish.partners[0].id]);
    await seedAssignment(testApp.dataSource, { practiceId: practice.practiceId, coupleId: spanish.id, dueAt: new Date('2026-12-28T12:00:00Z') });
    at('2026-12-27T12:30:00Z');
    await scan();
    const [mail] = mailsTo('rocio@example.org');
    expect(mail?.subject).toBe('Un recordatorio: algo te espera');
    expect(mail?.text).toContain('Hola, Rocío:');
    expect(mail?.text).toContain('- para el lunes, 28 de diciembre');
    expect(mail?.html).toContain('<html lang="es">');
    const url = /<https:\/\/practice\.example\.org(\/api\/mail\/unsubscribe\?token=[^>]+)>/.exec(mail?.header('List-Unsubscribe') ?? '')?.[1] ?? '';
    const shown = await new TestClient(testApp.app).get(url);
    expect(shown.text).toContain('<html lang="es">');
    expect(shown.text).toContain('¿Dejar de recibir recordatorios?');
    expect((await new TestClient(testApp.app).post(url)).text).toContain('Recordatorios desactivados');
    // An address that is not ours: in the reader's language.
    const unknown = await new TestClient(testApp.app).get('/api/mail/unsubscribe?token=nonsense', { headers: { 'accept-language': 'es-MX,es;q=0.9' } });
    expect(unknown.status).toBe(404);
    expect(unknown.text).toContain('Esta dirección no funciona');
    expect((await new TestClient(testApp.app).get('/api/mail/unsubscribe?token=nonsense')).text).toContain('This address does not work');
  });
});
