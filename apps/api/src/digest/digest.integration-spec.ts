import { Clock } from '../common/clock';
import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { sampleAnswers, seedAssignment, seedCouple, seedResponse } from '../test/seed-caseload';
import { SeededPractice, seedPractice, signIn } from '../test/seed-staff';

describe('GET /api/digest', () => {
  let testApp: TestApp;
  let clock: Clock;
  let practice: SeededPractice;
  let counselor: TestClient;
  let colleague: TestClient;
  const now = new Date(Math.floor(Date.now() / 60_000) * 60_000);
  const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000).toISOString();
  const DAY = 24 * 60;

  beforeAll(async () => {
    testApp = await createTestApp();
    clock = testApp.app.get(Clock);
    practice = await seedPractice(testApp.dataSource, 'digest', { counselor: { roles: ['counselor'] }, colleague: { roles: ['counselor'] } });
    counselor = new TestClient(testApp.app);
    colleague = new TestClient(testApp.app);
    await signIn(counselor, practice.users['counselor']?.email ?? '');
    await signIn(colleague, practice.users['colleague']?.email ?? '');
  });
  beforeEach(() => jest.spyOn(clock, 'now').mockReturnValue(now));
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => testApp.close());

  it('lists the caller’s sessions in the window by time, each with news since that couple’s last session, differences and counts', async () => {
    const counselorId = practice.users['counselor']?.id ?? '';
    const robin = await seedCouple(testApp.dataSource, { practiceId: practice.practiceId, counselorId, label: 'Robin & Alex' });
    const kim = await seedCouple(testApp.dataSource, { practiceId: practice.practiceId, counselorId, label: 'Kim & Lee' });
    const theirs = await seedCouple(testApp.dataSource, { practiceId: practice.practiceId, counselorId: practice.users['colleague']?.id ?? '', label: 'Not mine' });
    const post = (c: TestClient, coupleId: string, startsAt: string) => c.post(`/api/couples/${coupleId}/sessions`, { startsAt });
    const last = await post(counselor, robin.id, at(-7 * DAY));
    const robinNext = await post(counselor, robin.id, at(2 * DAY));
    const kimNext = await post(counselor, kim.id, at(DAY));
    await post(counselor, kim.id, at(9 * DAY)); // outside the default window
    await post(colleague, theirs.id, at(DAY + 30));

    // Robin: one exercise before the last session (both submitted before it), one since (both submitted, far apart).
    const before = await seedAssignment(testApp.dataSource, { practiceId: practice.practiceId, coupleId: robin.id });
    await testApp.dataSource.query(`UPDATE assignment SET opens_at = $2, created_at = $2 WHERE id = $1`, [before.id, at(-10 * DAY)]);
    for (const partner of robin.partners) {
      await seedResponse(testApp.dataSource, { practiceId: practice.practiceId, assignmentId: before.id, partnerId: partner.id, status: 'submitted', submittedAt: new Date(at(-9 * DAY)), answers: sampleAnswers('acknowledge-the-breach', { readiness: 5 }) });
    }
    const since = await seedAssignment(testApp.dataSource, { practiceId: practice.practiceId, coupleId: robin.id, dueAt: new Date(at(-DAY)) });
    await testApp.dataSource.query(`UPDATE assignment SET opens_at = $2, created_at = $2 WHERE id = $1`, [since.id, at(-5 * DAY)]);
    await seedResponse(testApp.dataSource, { practiceId: practice.practiceId, assignmentId: since.id, partnerId: robin.partners[0].id, status: 'submitted', submittedAt: new Date(at(-3 * DAY)), answers: sampleAnswers('acknowledge-the-breach', { readiness: 2, safetyCheck: 'no' }) });
    await seedResponse(testApp.dataSource, { practiceId: practice.practiceId, assignmentId: since.id, partnerId: robin.partners[1].id, status: 'submitted', submittedAt: new Date(at(-2 * DAY)), answers: sampleAnswers('acknowledge-the-breach', { readiness: 9 }) });

    const digest = await counselor.get('/api/digest');
    expect(digest.status).toBe(200);
    expect(digest.body.sessions.map((e: { session: { id: string } }) => e.session.id)).toEqual([kimNext.body.id, robinNext.body.id]);
    const [kimEntry, robinEntry] = digest.body.sessions;
    expect(kimEntry).toMatchObject({ couple: { id: kim.id, label: 'Kim & Lee' }, news: [], differences: [], safetyFlags: 0, overdue: 0, readyToReview: 0 });
    expect(robinEntry.since).toBe(last.body.startsAt);
    expect(robinEntry.news.map((n: { text: string }) => n.text)).toHaveLength(3); // opened, then two submissions
    expect(robinEntry.news.map((n: { at: string }) => n.at)).toEqual([at(-5 * DAY), at(-3 * DAY), at(-2 * DAY)]);
    expect(robinEntry.differences).toHaveLength(1);
    expect(robinEntry.differences[0]).toMatch(/2, .* 9$/);
    expect(robinEntry).toMatchObject({ safetyFlags: 1, readyToReview: 2, overdue: 0 }); // both exercises were answered by both

    // An explicit window; the couple's "since" is its creation when it has no earlier session.
    const later = await counselor.get(`/api/digest?from=${encodeURIComponent(at(8 * DAY))}&to=${encodeURIComponent(at(10 * DAY))}`);
    expect(later.body.sessions).toHaveLength(1);
    // Kim's only earlier session (tomorrow) has not begun: since is when the couple was added.
    const [kimRow] = await testApp.dataSource.query(`SELECT created_at FROM couple WHERE id = $1`, [kim.id]);
    expect(later.body.sessions[0].since).toBe(kimRow.created_at.toISOString());

    // The colleague sees only their own couple's session.
    const theirsDigest = await colleague.get('/api/digest');
    expect(theirsDigest.body.sessions.map((e: { couple: { id: string } }) => e.couple.id)).toEqual([theirs.id]);
  });

  it('refuses a bad window with 400 naming the field', async () => {
    for (const [query, field] of [
      ['from=soon', 'from'],
      ['to=later', 'to'],
      [`from=${encodeURIComponent(at(0))}&to=${encodeURIComponent(at(-60))}`, 'to'],
      [`from=${encodeURIComponent(at(0))}&to=${encodeURIComponent(at(40 * DAY))}`, 'to'],
      ['week=next', 'week'],
    ] as const) {
      const refused = await counselor.get(`/api/digest?${query}`);
      expect(`${query} → ${refused.status}`).toBe(`${query} → 400`);
      expect(refused.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
  });
});
