import { Clock } from '../common/clock';
import { JobsService } from '../jobs/jobs.service';
import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { drainMailQueue } from '../test/mail-queue';
import { seedAssignment, seedCouple, SeededCouple, seedResponse } from '../test/seed-caseload';
import { SeededPractice, seedPractice, signIn } from '../test/seed-staff';
import { SmtpSink, startSmtpSink } from '../test/smtp-sink';

/**
 * The opt-in morning summary at 07:00 practice time (America/New_York, UTC-5 in December: 07:00 is 12:00Z), with a
 * controlled Clock, a real SMTP server and two API instances on one database.
 */
describe('the counselor morning summary', () => {
  let sink: SmtpSink;
  let testApp: TestApp;
  let second: TestApp;
  let practice: SeededPractice;
  let couple: SeededCouple;
  const email = (key: string) => practice.users[key]?.email ?? '';
  const mailsTo = (to: string) => sink.messages.filter((m) => m.to.includes(to));
  const at = (iso: string) => {
    for (const app of [testApp, second]) jest.spyOn(app.app.get(Clock), 'now').mockReturnValue(new Date(iso));
  };
  const scan = async (...apps: TestApp[]) => {
    await Promise.all(apps.map((app) => app.app.get(JobsService).runPeriodicNow()));
    await drainMailQueue(testApp.dataSource);
  };

  beforeAll(async () => {
    sink = await startSmtpSink();
    const config = { smtpUrl: sink.url, workers: true, jobsCheckSeconds: 3600, publicUrl: 'https://practice.example.org' };
    testApp = await createTestApp(config);
    second = await createTestApp(config, { sharedDatabase: testApp.database });
    practice = await seedPractice(testApp.dataSource, 'summary', {
      counselor: { roles: ['counselor'] },
      optedout: { roles: ['counselor'] },
      boss: { roles: ['admin'] },
      colleague: { roles: ['counselor'] },
    });
    await testApp.dataSource.query(`UPDATE practice SET settings = settings || '{"timezone": "America/New_York", "remindersEnabled": false}'::jsonb WHERE id = $1`, [
      practice.practiceId,
    ]);
    for (const key of ['counselor', 'boss', 'colleague']) {
      const client = new TestClient(testApp.app);
      await signIn(client, email(key));
      expect((await client.patch('/api/auth/me/preferences', { dailySummary: true })).body.dailySummary).toBe(true);
    }
    const counselorId = practice.users['counselor']?.id ?? '';
    couple = await seedCouple(testApp.dataSource, {
      practiceId: practice.practiceId,
      counselorId,
      label: 'Case 114 - affair',
      partners: [
        { displayName: 'Robin', email: 'robin@example.org' },
        { displayName: 'Alex', email: 'alex@example.org' },
      ],
    });
    const second_ = await seedCouple(testApp.dataSource, { practiceId: practice.practiceId, counselorId, label: 'Jordan & Sam' });
    const seed = (coupleId: string, dueAt: string | null) =>
      seedAssignment(testApp.dataSource, { practiceId: practice.practiceId, coupleId, dueAt: dueAt ? new Date(dueAt) : null });
    // Ready to review (3): two submitted by both, and one submitted by one partner and overdue (also overdue).
    for (const ready of [await seed(couple.id, '2026-12-20T12:00:00Z'), await seed(second_.id, null)]) {
      for (const partner of (ready.coupleId === couple.id ? couple : second_).partners) {
        await seedResponse(testApp.dataSource, { practiceId: practice.practiceId, assignmentId: ready.id, partnerId: partner.id, status: 'submitted' });
      }
    }
    const halfway = await seed(couple.id, '2026-12-01T12:00:00Z');
    await seedResponse(testApp.dataSource, { practiceId: practice.practiceId, assignmentId: halfway.id, partnerId: couple.partners[0].id, status: 'submitted' });
    // Overdue: that one, and two nobody started. Not counted: one not due yet, and a draft only.
    await seed(couple.id, '2026-12-05T12:00:00Z');
    await seed(second_.id, '2026-12-08T12:00:00Z');
    await seed(couple.id, '2026-12-30T12:00:00Z');
    // Sessions: two today in New York (one at 08:00 local, one at 19:30 local = 00:30Z tomorrow), one yesterday, one tomorrow.
    for (const startsAt of ['2026-12-09T13:00:00Z', '2026-12-10T00:30:00Z', '2026-12-08T20:00:00Z', '2026-12-10T15:00:00Z']) {
      await testApp.dataSource.query(`INSERT INTO session (practice_id, couple_id, starts_at, duration_minutes) VALUES ($1, $2, $3, 50)`, [
        practice.practiceId,
        couple.id,
        startsAt,
      ]);
    }
    // The colleague's own caseload: one overdue assignment (counted for them, never for the counselor).
    const theirs = await seedCouple(testApp.dataSource, { practiceId: practice.practiceId, counselorId: practice.users['colleague']?.id ?? '', label: 'Other case' });
    await seed(theirs.id, '2026-12-02T12:00:00Z');
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await second?.close();
    await testApp?.close();
    await sink?.close();
  });

  it('sends nothing before 07:00 practice time', async () => {
    at('2026-12-09T11:59:00Z');
    await scan(testApp);
    expect(sink.messages).toEqual([]);
  });

  it('at 07:00 sends one mail to each opted-in counselor: counts only, a neutral subject, a sign-in link', async () => {
    at('2026-12-09T12:00:00Z');
    await scan(testApp);
    const mine = mailsTo(email('counselor'));
    expect(mine).toHaveLength(1);
    const mail = mine[0];
    expect(mail?.subject).toBe('Your morning summary');
    expect(mail?.text).toContain('Ready to review: 3');
    expect(mail?.text).toContain('Overdue: 3');
    expect(mail?.text).toContain('Sessions today: 2');
    expect(mail?.text).toContain('https://practice.example.org/sign-in');
    expect(mail?.html).toContain('<a href="https://practice.example.org/sign-in"');
    for (const forbidden of [/Robin/, /Alex/, /Jordan/, /Sam\b/, /Case 114/, /affair/i, /Other case/, /stopped talking/, /note just for/, /trust|betray|relationship/i]) {
      expect(`${mail?.subject}\n${mail?.text}\n${mail?.html}`).not.toMatch(forbidden);
    }
    // Opted out: nothing. An admin who is not a counselor: nothing. The colleague: their own counts.
    expect(mailsTo(email('optedout'))).toEqual([]);
    expect(mailsTo(email('boss'))).toEqual([]);
    const theirs = mailsTo(email('colleague'));
    expect(theirs).toHaveLength(1);
    expect(theirs[0]?.text).toMatch(/Ready to review: 0\n- Overdue: 1\n- Sessions today: 0/);
    expect(sink.messages).toHaveLength(2);
    const [row] = await testApp.dataSource.query(`SELECT kind, status FROM mail_message WHERE "to" = $1`, [email('counselor')]);
    expect(row).toEqual({ kind: 'daily_summary', status: 'sent' });
  });

  it('sends it once per local day: later passes on either instance send nothing more', async () => {
    at('2026-12-09T12:01:00Z');
    await scan(testApp, second);
    at('2026-12-09T16:00:00Z');
    await scan(second);
    expect(sink.messages).toHaveLength(2);
  });

  it('two instances scanning at the same moment the next morning send it once', async () => {
    at('2026-12-10T12:00:30Z');
    await scan(testApp, second, testApp, second);
    expect(mailsTo(email('counselor'))).toHaveLength(2);
    expect(mailsTo(email('colleague'))).toHaveLength(2);
    expect(sink.messages).toHaveLength(4);
    // The day's session count moved on: 00:30Z (19:30 on the 9th) is yesterday now; 15:00Z is today.
    expect(mailsTo(email('counselor'))[1]?.text).toContain('Sessions today: 1');
  });

  it('turning the summary off stops it', async () => {
    const client = new TestClient(testApp.app);
    await signIn(client, email('counselor'));
    expect((await client.patch('/api/auth/me/preferences', { dailySummary: false })).body.dailySummary).toBe(false);
    at('2026-12-11T12:00:00Z');
    await scan(testApp);
    expect(mailsTo(email('counselor'))).toHaveLength(2);
    expect(mailsTo(email('colleague'))).toHaveLength(3);
  });
});
