import { Clock } from '../common/clock';
import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { seedCouple, SeededCouple } from '../test/seed-caseload';
import { SeededPractice, seedPractice, signIn } from '../test/seed-staff';

describe('sessions of a couple', () => {
  let testApp: TestApp;
  let clock: Clock;
  let practice: SeededPractice;
  let counselor: TestClient;
  let couple: SeededCouple;
  // "Now" is the real time (so the staff session stays live), frozen to the minute; sessions are placed around it.
  const now = new Date(Math.floor(Date.now() / 60_000) * 60_000);
  const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000).toISOString();
  const DAY = 24 * 60;

  beforeAll(async () => {
    testApp = await createTestApp();
    clock = testApp.app.get(Clock);
    practice = await seedPractice(testApp.dataSource, 'sessions', { counselor: { roles: ['counselor'] } });
    counselor = new TestClient(testApp.app);
    await signIn(counselor, practice.users['counselor']?.email ?? '');
    couple = await seedCouple(testApp.dataSource, { practiceId: practice.practiceId, counselorId: practice.users['counselor']?.id ?? '' });
  });
  beforeEach(() => jest.spyOn(clock, 'now').mockReturnValue(now));
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => testApp.close());

  it('schedules, lists (earliest first) and deletes sessions; the couple shows its next and latest begun one', async () => {
    const plain = await counselor.get(`/api/couples/${couple.id}`);
    expect(plain.body.nextSessionAt).toBeUndefined();
    expect(plain.body.lastSessionAt).toBeUndefined();

    // Given with an offset: stored as the same instant.
    const offset = new Date(now.getTime() + 10 * 60_000 + 60 * 60_000).toISOString().replace('.000Z', '+01:00');
    const next = await counselor.post(`/api/couples/${couple.id}/sessions`, { startsAt: offset });
    expect(next.status).toBe(201);
    expect(next.body).toEqual({ id: expect.any(String), coupleId: couple.id, startsAt: at(10), durationMinutes: 50, createdAt: expect.any(String) });
    const later = await counselor.post(`/api/couples/${couple.id}/sessions`, { startsAt: at(7 * DAY), durationMinutes: 90 });
    expect(later.body.durationMinutes).toBe(90);
    const past = await counselor.post(`/api/couples/${couple.id}/sessions`, { startsAt: at(-7 * DAY) });
    const older = await counselor.post(`/api/couples/${couple.id}/sessions`, { startsAt: at(-14 * DAY) });
    // One that began an hour ago counts as the latest begun session.
    const begun = await counselor.post(`/api/couples/${couple.id}/sessions`, { startsAt: at(-60) });

    const list = await counselor.get(`/api/couples/${couple.id}/sessions`);
    expect(list.status).toBe(200);
    expect(list.body.map((s: { id: string }) => s.id)).toEqual([older.body.id, past.body.id, begun.body.id, next.body.id, later.body.id]);

    const view = await counselor.get(`/api/couples/${couple.id}`);
    expect(view.body).toMatchObject({ nextSessionAt: at(10), lastSessionAt: at(-60) });
    const listed = await counselor.get(`/api/couples`);
    expect(listed.body.items.find((c: { id: string }) => c.id === couple.id)).toMatchObject({ nextSessionAt: at(10), lastSessionAt: at(-60) });

    // The Clock reaches the next session: it becomes the latest begun one.
    jest.spyOn(clock, 'now').mockReturnValue(new Date(at(10)));
    expect((await counselor.get(`/api/couples/${couple.id}`)).body).toMatchObject({ nextSessionAt: at(7 * DAY), lastSessionAt: at(10) });

    expect((await counselor.delete(`/api/couples/${couple.id}/sessions/${next.body.id}`)).status).toBe(204);
    expect((await counselor.delete(`/api/couples/${couple.id}/sessions/${next.body.id}`)).status).toBe(404);
    expect((await counselor.get(`/api/couples/${couple.id}`)).body).toMatchObject({ lastSessionAt: at(-60) });
    const actions = await testApp.dataSource.query(`SELECT action FROM audit_event WHERE target_id = $1 ORDER BY id`, [next.body.id]);
    expect(actions.map((e: { action: string }) => e.action)).toEqual(['session.created', 'session.deleted']);
  });

  it('puts on the dashboard each couple’s session going on now, else its next one', async () => {
    const fresh = await seedCouple(testApp.dataSource, { practiceId: practice.practiceId, counselorId: practice.users['counselor']?.id ?? '', label: 'Dashboard couple' });
    const row = async () => ((await counselor.get('/api/dashboard')).body.caseload as { id: string; nextSessionAt?: string }[]).find((c) => c.id === fresh.id);
    expect((await row())?.nextSessionAt).toBeUndefined();
    await counselor.post(`/api/couples/${fresh.id}/sessions`, { startsAt: at(-120), durationMinutes: 60 });
    expect((await row())?.nextSessionAt).toBeUndefined();
    await counselor.post(`/api/couples/${fresh.id}/sessions`, { startsAt: at(-20), durationMinutes: 50 });
    await counselor.post(`/api/couples/${fresh.id}/sessions`, { startsAt: at(3 * DAY) });
    expect((await row())?.nextSessionAt).toBe(at(-20));
    jest.spyOn(clock, 'now').mockReturnValue(new Date(at(30)));
    expect((await row())?.nextSessionAt).toBe(at(3 * DAY));
  });

  it('does not delete a session through another couple of the same caseload', async () => {
    const other = await seedCouple(testApp.dataSource, { practiceId: practice.practiceId, counselorId: practice.users['counselor']?.id ?? '' });
    const session = await counselor.post(`/api/couples/${couple.id}/sessions`, { startsAt: '2026-12-24T10:00:00Z' });
    expect((await counselor.delete(`/api/couples/${other.id}/sessions/${session.body.id}`)).status).toBe(404);
    expect((await counselor.get(`/api/couples/${other.id}/sessions`)).body).toEqual([]);
    expect((await counselor.delete(`/api/couples/${couple.id}/sessions/not-a-uuid`)).status).toBe(400);
  });

  it('refuses bad input with 400 naming the field, and writes nothing', async () => {
    const before = (await testApp.dataSource.query(`SELECT count(*)::int AS n FROM session`))[0].n;
    for (const [body, field] of [
      [{}, 'startsAt'],
      [{ startsAt: '2026-12-10T16:00:00' }, 'startsAt'],
      [{ startsAt: 'next tuesday' }, 'startsAt'],
      [{ startsAt: 42 }, 'startsAt'],
      [{ startsAt: '2026-02-30T16:00:00Z' }, 'startsAt'],
      [{ startsAt: '2026-12-10T16:00:00Z', durationMinutes: 5 }, 'durationMinutes'],
      [{ startsAt: '2026-12-10T16:00:00Z', durationMinutes: 481 }, 'durationMinutes'],
      [{ startsAt: '2026-12-10T16:00:00Z', durationMinutes: 50.5 }, 'durationMinutes'],
      [{ startsAt: '2026-12-10T16:00:00Z', room: 'blue' }, 'room'],
    ] as const) {
      const refused = await counselor.post(`/api/couples/${couple.id}/sessions`, body);
      expect(refused.status).toBe(400);
      expect(refused.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect((await testApp.dataSource.query(`SELECT count(*)::int AS n FROM session`))[0].n).toBe(before);
  });
});
