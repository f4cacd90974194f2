import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApp } from '../../app/create-app';
import { Clock } from '../../common/clock';
import { createTestApp, TestApp } from '../../test/create-test-app';
import { TestClient } from '../../test/http-client';
import { SeededPractice, seedPractice, signIn } from '../../test/seed-staff';
import { openLink, SeededCouple, seedCouple } from '../../portal/testing/seed-portal';
import { materializeOccurrences } from './occurrences';
import { SeriesSweep } from './series-sweep';

const DAY = 24 * 60;

/** Repeating assignments: occurrences open on schedule, once each even with two API instances racing, until stopped. */
describe('repeating assignments', () => {
  let testApp: TestApp;
  let second: NestFastifyApplication;
  let clocks: Clock[];
  let practice: SeededPractice;
  let counselor: TestClient;
  let couple: SeededCouple;
  let alex: TestClient;
  const now = new Date(Math.floor(Date.now() / 60_000) * 60_000);
  const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000).toISOString();
  const setNow = (iso: string) => clocks.forEach((clock) => jest.spyOn(clock, 'now').mockReturnValue(new Date(iso)));

  beforeAll(async () => {
    testApp = await createTestApp({ authRateLimit: { limit: 1000, windowMs: 60_000 } });
    // A second API instance on the same database, as in production with several instances.
    second = await createApp(testApp.config, testApp.database.url);
    await second.getHttpAdapter().getInstance().ready();
    clocks = [testApp.app.get(Clock), second.get(Clock)];
    practice = await seedPractice(testApp.dataSource, 'series', { counselor: { roles: ['counselor'] } });
    counselor = new TestClient(testApp.app);
    await signIn(counselor, practice.users['counselor']?.email ?? '');
    couple = await seedCouple(testApp.dataSource, { practiceId: practice.practiceId, counselorId: practice.users['counselor']?.id ?? '' });
    alex = new TestClient(testApp.app);
    await openLink(alex, couple.partners[0]);
    await alex.get('/api/portal/me');
  });
  beforeEach(() => setNow(now.toISOString()));
  afterEach(() => jest.restoreAllMocks());
  afterAll(async () => {
    await second.close();
    await testApp.close();
  });

  const occurrences = (seriesId: string) =>
    testApp.dataSource.query(`SELECT occurrence, opens_at, due_at, exercise_key, instructions, visibility FROM assignment WHERE series_id = $1 ORDER BY occurrence`, [seriesId]) as Promise<
      { occurrence: number; opens_at: Date; due_at: Date | null; exercise_key: string; instructions: string | null; visibility: string }[]
    >;
  const race = (seriesScope: { practiceId: string; coupleId: string } | null) =>
    Promise.all(
      [testApp.dataSource, second.get(DataSource)].flatMap((ds, i) => [0, 1, 2].map(() => materializeOccurrences(ds.manager, clocks[i]?.now() ?? now, seriesScope))),
    );

  it('creates exactly `times` occurrences on schedule, each once although two instances race, each an ordinary assignment', async () => {
    const first = await counselor.post(`/api/couples/${couple.coupleId}/assignments`, {
      exerciseKey: 'communicate-openly',
      instructions: 'Ten minutes each evening.',
      visibility: 'after_both_submit',
      opensAt: at(-2 * DAY - 10),
      dueAt: at(-DAY - 10),
      repeat: { everyDays: 1, times: 4 },
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ seriesId: expect.any(String), repeat: { everyDays: 1, times: 4, occurrence: 1 } });
    const seriesId: string = first.body.seriesId;
    expect(await occurrences(seriesId)).toHaveLength(1);

    // Reads on both instances and direct calls, all at once: occurrences 2 and 3 have opened, and exist once each.
    const [list] = await Promise.all([counselor.get(`/api/couples/${couple.coupleId}/assignments`), race({ practiceId: practice.practiceId, coupleId: couple.coupleId }), race(null)]);
    expect(list.status).toBe(200);
    const rows = await occurrences(seriesId);
    expect(rows.map((r) => r.occurrence)).toEqual([1, 2, 3]);
    expect(rows.map((r) => r.opens_at.toISOString())).toEqual([at(-2 * DAY - 10), at(-DAY - 10), at(-10)]);
    expect(rows.map((r) => r.due_at?.toISOString())).toEqual([at(-DAY - 10), at(-10), at(DAY - 10)]);
    expect(new Set(rows.map((r) => `${r.exercise_key}|${r.instructions}|${r.visibility}`))).toEqual(new Set(['communicate-openly|Ten minutes each evening.|after_both_submit']));

    // The partner sees every opened occurrence, each with its own answers.
    const portal = await alex.get('/api/portal/assignments');
    const mine = (portal.body.items as { id: string; exerciseKey: string }[]).filter((i) => i.exerciseKey === 'communicate-openly');
    expect(mine).toHaveLength(3);
    expect((await alex.put(`/api/portal/assignments/${mine[0]?.id}/draft`, { answers: {}, version: 0 })).status).toBe(200);

    // A day later the sweep of both instances, at once, opens the fourth (and last); later, nothing more.
    setNow(at(DAY));
    const created = await Promise.all([testApp.app.get(SeriesSweep).sweep(), second.get(SeriesSweep).sweep(), ...(await race(null)).map((r) => r.length)]);
    expect(created.reduce((a, b) => a + b, 0)).toBe(1);
    setNow(at(10 * DAY));
    await race(null);
    expect((await occurrences(seriesId)).map((r) => r.occurrence)).toEqual([1, 2, 3, 4]);
  });

  it('stops when told (idempotent; any occurrence names the series), and a plain assignment has nothing to stop', async () => {
    const first = await counselor.post(`/api/couples/${couple.coupleId}/assignments`, { exerciseKey: 'set-boundaries', opensAt: at(-DAY - 10), repeat: { everyDays: 1 } });
    const seriesId: string = first.body.seriesId;
    const list = await counselor.get(`/api/couples/${couple.coupleId}/assignments`);
    const second = (list.body.items as { id: string; seriesId?: string; repeat?: { occurrence: number } }[]).find((a) => a.seriesId === seriesId && a.repeat?.occurrence === 2);
    expect(second).toBeDefined();
    const stopped = await counselor.post(`/api/assignments/${second?.id}/stop-repeating`);
    expect(stopped.status).toBe(200);
    expect(stopped.body.repeat).toMatchObject({ everyDays: 1, occurrence: 2, stoppedAt: now.toISOString() });
    expect((await counselor.post(`/api/assignments/${first.body.id}/stop-repeating`)).status).toBe(200);
    const events = await testApp.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'assignment.repeat_stopped' AND details->>'seriesId' = $1`, [seriesId]);
    expect(events[0].n).toBe(1);
    setNow(at(5 * DAY));
    await race(null);
    expect((await occurrences(seriesId)).map((r) => r.occurrence)).toEqual([1, 2]);

    setNow(now.toISOString());
    const plain = await counselor.post(`/api/couples/${couple.coupleId}/assignments`, { exerciseKey: 'set-boundaries' });
    const refused = await counselor.post(`/api/assignments/${plain.body.id}/stop-repeating`);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ statusCode: 409, error: 'Conflict' });
  });

  it('refuses a bad rhythm with 400 naming the field, and writes nothing', async () => {
    const before = (await testApp.dataSource.query(`SELECT (SELECT count(*) FROM assignment)::int AS a, (SELECT count(*) FROM assignment_series)::int AS s`))[0];
    for (const [repeat, field] of [
      [{ everyDays: 0 }, 'repeat.everyDays'],
      [{ everyDays: 91 }, 'repeat.everyDays'],
      [{ everyDays: 1.5 }, 'repeat.everyDays'],
      [{}, 'repeat.everyDays'],
      [{ everyDays: 7, times: 1 }, 'repeat.times'],
      [{ everyDays: 7, times: 53 }, 'repeat.times'],
      [{ everyDays: 7, until: 'never' }, 'repeat.until'],
      ['weekly', 'repeat'],
    ] as const) {
      const refused = await counselor.post(`/api/couples/${couple.coupleId}/assignments`, { exerciseKey: 'set-boundaries', repeat });
      expect(`${JSON.stringify(repeat)} → ${refused.status}`).toBe(`${JSON.stringify(repeat)} → 400`);
      expect(refused.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect((await testApp.dataSource.query(`SELECT (SELECT count(*) FROM assignment)::int AS a, (SELECT count(*) FROM assignment_series)::int AS s`))[0]).toEqual(before);
  });
});
