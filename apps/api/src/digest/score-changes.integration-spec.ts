import type { AssignmentView, CoupleView } from '@trp/contracts';
import { scoreChangesSince, type ScoredSubmission } from '@trp/exercises';
import { Clock } from '../common/clock';
import { openLink, SeededCouple, seedAssignment, seedCouple } from '../portal/testing/seed-portal';
import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { SeededPractice, seedPractice, signIn } from '../test/seed-staff';

const CHECK_IN = 'weekly-check-in';
/** A weekly check-in whose score is trust + hope + 9 (two items at 3, "weighed on me" at 3, reversed to 3). */
const week = (trust: number, hope: number) => ({ trust, feelingSafe: 3, closeness: 3, hope, weighedOnMe: 3, safetyCheck: 'yes' });

/**
 * The score change since the last session, in the digest and in what the session-prep sheet reads: per partner, the
 * newest score since the couple's latest begun session and its change from the newest score before it. "Now"
 * moves with a controlled Clock: the check-ins are submitted a week apart, the last session begins among them.
 */
describe('score change since the last session (digest, session prep)', () => {
  let testApp: TestApp;
  let clock: Clock;
  let practice: SeededPractice;
  let couple: SeededCouple;
  let counselor: TestClient;
  const assignmentIds: string[] = [];
  const start = new Date(Math.floor(Date.now() / 60_000) * 60_000);
  const day = (n: number) => new Date(start.getTime() + n * 86_400_000);
  let now = start;

  beforeAll(async () => {
    testApp = await createTestApp({ authRateLimit: { limit: 1000, windowMs: 60_000 } });
    clock = testApp.app.get(Clock);
    jest.spyOn(clock, 'now').mockImplementation(() => now);
    practice = await seedPractice(testApp.dataSource, 'scorechange', { counselor: { roles: ['counselor'] }, colleague: { roles: ['counselor'] } });
    couple = await seedCouple(testApp.dataSource, { practiceId: practice.practiceId, counselorId: practice.users['counselor']?.id ?? '', label: 'Score pair' });
    counselor = new TestClient(testApp.app);
    await signIn(counselor, practice.users['counselor']?.email ?? '');
    // The last session (day 10) falls between the second and the third check-in; the next one is on day 26.
    expect((await counselor.post(`/api/couples/${couple.coupleId}/sessions`, { startsAt: day(10).toISOString() })).status).toBe(201);
    expect((await counselor.post(`/api/couples/${couple.coupleId}/sessions`, { startsAt: day(26).toISOString() })).status).toBe(201);
    // Alex: 11, 13 | 15, 18 (the last two since the session). Sam: 16, 18 | one with a skipped item (no score).
    const weeks: [number, Record<string, unknown> | null, Record<string, unknown> | null][] = [
      [1, week(1, 1), week(4, 3)],
      [8, week(2, 2), week(5, 4)],
      [15, week(3, 3), { ...week(5, 5), weighedOnMe: undefined }],
      [22, week(5, 4), null],
    ];
    for (const [when, alexAnswers, samAnswers] of weeks) {
      now = day(when);
      const assignment = await seedAssignment(testApp.dataSource, couple, { exerciseKey: CHECK_IN });
      await testApp.dataSource.query(`UPDATE assignment SET opens_at = $2, created_at = $2 WHERE id = $1`, [assignment.id, now]);
      assignmentIds.push(assignment.id);
      for (const [index, answers] of [alexAnswers, samAnswers].entries()) {
        if (!answers) continue;
        const partner = new TestClient(testApp.app);
        await openLink(partner, couple.partners[index as 0 | 1]);
        const submitted = await partner.post(`/api/portal/assignments/${assignment.id}/submit`, { answers: JSON.parse(JSON.stringify(answers)) });
        expect(`${when} ${index} → ${submitted.status}`).toBe(`${when} ${index} → 200`);
      }
    }
    now = day(25);
    await signIn(counselor, practice.users['counselor']?.email ?? ''); // a staff session does not outlive 25 idle days
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await testApp.close();
  });

  const [alexScores, samScores] = [
    [11, 13, 15, 18],
    [16, 18],
  ];

  it('the digest gives each partner the newest score since the last session and its change from the one before', async () => {
    expect(alexScores).toHaveLength(4);
    const digest = await counselor.get('/api/digest');
    expect(digest.status).toBe(200);
    const [entry] = digest.body.sessions;
    expect(entry.since).toBe(day(10).toISOString());
    const [alex, sam] = couple.partners;
    expect(entry.scoreChanges).toEqual([
      {
        exerciseKey: CHECK_IN,
        title: 'How are things this week',
        partnerId: alex.id,
        name: 'Alex',
        latest: { assignmentId: assignmentIds[3], submittedAt: day(22).toISOString(), value: 18, band: expect.any(String) },
        before: { assignmentId: assignmentIds[1], submittedAt: day(8).toISOString(), value: 13, band: expect.any(String) },
        change: 5,
      },
      // Sam's third check-in skipped an item, so it has no score: nothing new since the session, the last one stays.
      { exerciseKey: CHECK_IN, title: 'How are things this week', partnerId: sam.id, name: 'Sam', before: expect.objectContaining({ value: samScores[1], submittedAt: day(8).toISOString() }) },
    ]);
  });

  it('moves with the clock: before the session began, everything counts since the couple was added', async () => {
    now = day(9);
    const earlier = new TestClient(testApp.app);
    await signIn(earlier, practice.users['counselor']?.email ?? '');
    const digest = await earlier.get('/api/digest');
    const entry = digest.body.sessions.find((s: { session: { startsAt: string } }) => s.session.startsAt === day(10).toISOString());
    expect(entry.since).not.toBe(day(10).toISOString());
    const alex = entry.scoreChanges.find((c: { name: string }) => c.name === 'Alex');
    expect(alex).toMatchObject({ latest: { value: 13, submittedAt: day(8).toISOString() } });
    expect(alex.before).toBeUndefined(); // every score so far is since the couple was added
    expect(alex.change).toBeUndefined();
    now = day(25);
  });

  it('the prep sheet’s sources give the same change: the couple’s last begun session and the score stored with each submission', async () => {
    const coupleView: CoupleView = (await counselor.get(`/api/couples/${couple.coupleId}`)).body;
    expect(coupleView.lastSessionAt).toBe(day(10).toISOString());
    const details: AssignmentView[] = [];
    for (const id of assignmentIds) details.push((await counselor.get(`/api/assignments/${id}`)).body);
    const submissions: ScoredSubmission[] = details.flatMap((a) =>
      a.partners.flatMap((p) => (p.score && p.submittedAt ? [{ exerciseKey: a.exerciseKey, partnerId: p.partnerId, assignmentId: a.id, submittedAt: p.submittedAt, value: p.score.value }] : [])),
    );
    expect(submissions.map((s) => s.value).sort((x, y) => x - y)).toEqual([...alexScores, ...samScores].sort((x, y) => x - y));
    const [alex] = scoreChangesSince(submissions, couple.partners.map((p) => p.id), new Date(coupleView.lastSessionAt ?? coupleView.createdAt));
    expect(alex).toMatchObject({ latest: { value: 18 }, before: { value: 13 }, change: 5 });
  });

  it('shows no score change to another counselor or to a partner', async () => {
    const colleague = new TestClient(testApp.app);
    await signIn(colleague, practice.users['colleague']?.email ?? '');
    const theirs = await colleague.get('/api/digest');
    expect(theirs.status).toBe(200);
    expect(theirs.body.sessions).toEqual([]);
    const partner = new TestClient(testApp.app);
    await openLink(partner, couple.partners[0]);
    expect((await partner.get('/api/digest')).status).toBe(401); // staff routes know no partner session
    const portal = await partner.get('/api/portal/assignments');
    expect(portal.status).toBe(200);
    expect(portal.text).not.toMatch(/score|band/i);
  });
});
