import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { SeededPractice, seedPractice } from '../test/seed-staff';
import { openLink, SeededCouple, seedAssignment, seedCouple } from './testing/seed-portal';

type Item = { id: string; status: string };

describe('partner portal: the assignment list a page at a time', () => {
  let testApp: TestApp;
  let harbour: SeededPractice;
  let couple: SeededCouple;
  let alex: TestClient;
  const expected: string[] = [];

  beforeAll(async () => {
    testApp = await createTestApp({ authRateLimit: { limit: 1000, windowMs: 60_000 } });
    harbour = await seedPractice(testApp.dataSource, 'paging', { counselor: { roles: ['counselor'] } });
    couple = await seedCouple(testApp.dataSource, { practiceId: harbour.practiceId, counselorId: harbour.users['counselor']?.id ?? '' });
    alex = new TestClient(testApp.app);
    await openLink(alex, couple.partners[0]);
    await alex.get('/api/portal/me');
    const seed = (input: Parameters<typeof seedAssignment>[2]) => seedAssignment(testApp.dataSource, couple, input);
    // Still to do, by due date (two on the same due date: created first comes first), undated last.
    const dueSoon = await seed({ dueAt: new Date('2030-03-01T18:00:00Z') });
    const dueSameA = await seed({ dueAt: new Date('2030-03-05T18:00:00Z') });
    const dueSameB = await seed({ dueAt: new Date('2030-03-05T18:00:00Z') });
    const dueLater = await seed({ dueAt: new Date('2030-04-01T00:00:00Z') });
    const undated = await seed({});
    // Done: submitted ones newest first, a closed one by its creation.
    const submitted: string[] = [];
    for (let i = 0; i < 6; i++) {
      const a = await seed({ dueAt: new Date('2029-01-01T00:00:00Z') });
      const answer = await alex.post(`/api/portal/assignments/${a.id}/submit`, { answers: { safetyCheck: 'yes' } });
      expect(answer.status).toBe(200);
      submitted.unshift(a.id);
    }
    await seed({ status: 'cancelled' });
    expected.push(dueSoon.id, dueSameA.id, dueSameB.id, dueLater.id, undated.id, ...submitted);
  });
  afterAll(() => testApp.close());

  async function everyPage(client: TestClient, limit: number): Promise<{ pages: Item[][] }> {
    const pages: Item[][] = [];
    let cursor: string | null = null;
    do {
      const response: { status: number; body: { items: Item[]; nextCursor: string | null } } = await client.get(`/api/portal/assignments?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(response.status).toBe(200);
      pages.push(response.body.items);
      cursor = response.body.nextCursor;
      expect(pages.length).toBeLessThan(50);
    } while (cursor);
    return { pages };
  }

  it.each([1, 2, 3, 5, 11, 50])('with limit=%i, every assignment comes exactly once, in the portal order', async (limit) => {
    const { pages } = await everyPage(alex, limit);
    const ids = pages.flat().map((item) => item.id);
    expect(ids).toEqual(expected);
    expect(new Set(ids).size).toBe(ids.length);
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(limit);
    expect(pages.flat().slice(0, 5).every((item) => item.status === 'not_started')).toBe(true);
  });

  it('without a limit answers the first 50 and no cursor when that is all', async () => {
    const response = await alex.get('/api/portal/assignments');
    expect(response.body.items.map((item: Item) => item.id)).toEqual(expected);
    expect(response.body.nextCursor).toBeNull();
  });

  it('the other partner pages the same assignments with their own statuses', async () => {
    const sam = new TestClient(testApp.app);
    await openLink(sam, couple.partners[1]);
    const { pages } = await everyPage(sam, 4);
    const items = pages.flat();
    expect(new Set(items.map((item) => item.id))).toEqual(new Set(expected));
    expect(items.every((item) => item.status === 'not_started')).toBe(true);
  });

  it('a submit between two pages moves the assignment, and nothing is lost or repeated', async () => {
    const first = await alex.get('/api/portal/assignments?limit=2');
    const [soonest] = first.body.items as Item[];
    expect(soonest?.id).toBe(expected[0]);
    const third = expected[2] ?? '';
    expect((await alex.post(`/api/portal/assignments/${third}/submit`, { answers: { safetyCheck: 'yes' } })).status).toBe(200);
    const rest: Item[] = [];
    let cursor: string | null = first.body.nextCursor;
    while (cursor) {
      const page: { body: { items: Item[]; nextCursor: string | null } } = await alex.get(`/api/portal/assignments?limit=2&cursor=${encodeURIComponent(cursor)}`);
      rest.push(...page.body.items);
      cursor = page.body.nextCursor;
    }
    const ids = [...first.body.items.map((item: Item) => item.id), ...rest.map((item) => item.id)];
    expect(new Set(ids)).toEqual(new Set(expected));
    expect(ids.length).toBe(expected.length);
    expect(rest[rest.length - 7]?.id).toBe(third); // now the newest submitted, before the six older ones
  });

  it('refuses a bad limit or cursor with a 400 naming the field', async () => {
    for (const [query, field] of [
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['limit=two', 'limit'],
      ['cursor=not-ours', 'cursor'],
      [`cursor=${Buffer.from(JSON.stringify([12, 'x'])).toString('base64url')}`, 'cursor'],
    ] as const) {
      const response = await alex.get(`/api/portal/assignments?${query}`);
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body)).toContain(field);
    }
  });

  it('answers 401 without a partner session, and a counselor is not a partner', async () => {
    expect((await new TestClient(testApp.app).get('/api/portal/assignments?limit=2')).status).toBe(401);
  });
});
