import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { seedAssignment, seedCouple, SeededCouple, seedResponse } from '../test/seed-caseload';
import { signIn } from '../test/seed-staff';
import { seedWorkspaceCallers, WorkspaceCaller, WorkspaceCallers } from '../test/workspace-callers';

interface Item {
  id: string;
  action: string;
  target: { type: string; id: string; couple: { id: string } | null } | null;
  details: Record<string, unknown>;
}

/**
 * The audit log by couple, an "accounting of disclosures" (who viewed, exported or changed a couple's records):
 * `GET /api/admin/audit?coupleId=` and `GET /api/admin/audit.csv?coupleId=`.
 */
describe('audit log filtered by couple', () => {
  let testApp: TestApp;
  let w: WorkspaceCallers;
  let otherAdmin: TestClient;
  let mine: SeededCouple;
  let theirs: SeededCouple;

  beforeAll(async () => {
    testApp = await createTestApp({ authRateLimit: { limit: 1000, windowMs: 60_000 } });
    w = await seedWorkspaceCallers(testApp, 'disclosures');
    otherAdmin = new TestClient(testApp.app);
    await signIn(otherAdmin, w.harbour.admin.email);
    mine = w.couple;
    theirs = await seedCouple(testApp.dataSource, { practiceId: w.riverside.practiceId, counselorId: mine.counselorId });
    // Disclosures of both couples by their counselor: an assignment's answers read, a partner exported.
    for (const couple of [mine, theirs]) {
      const assignment = await seedAssignment(testApp.dataSource, { practiceId: couple.practiceId, coupleId: couple.id });
      await seedResponse(testApp.dataSource, { practiceId: couple.practiceId, assignmentId: assignment.id, partnerId: couple.partners[0].id, status: 'submitted' });
      expect((await w.clients.owner.get(`/api/assignments/${assignment.id}`)).status).toBe(200);
      expect((await w.clients.owner.get(`/api/couples/${couple.id}/partners/${couple.partners[1].id}/export?format=html`)).status).toBe(200);
    }
  });
  afterAll(() => testApp.close());

  /** Every page of the filtered log, `limit` at a time. */
  async function allPages(client: TestClient, query: string, limit: number): Promise<Item[]> {
    const items: Item[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 50; page++) {
      const response: { status: number; body: { items: Item[]; nextCursor: string | null } } = await client.get(`/api/admin/audit?${query}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(response.status).toBe(200);
      items.push(...response.body.items);
      cursor = response.body.nextCursor;
      if (!cursor) break;
    }
    return items;
  }

  const about = (item: Item, couple: SeededCouple) =>
    item.target?.couple?.id === couple.id || item.details['coupleId'] === couple.id || (item.target?.type === 'couple' && item.target.id === couple.id);

  it('lists who viewed and exported that couple’s records, and nothing about another couple, page by page', async () => {
    const items = await allPages(w.clients.adminOnly, `coupleId=${mine.id}`, 2);
    const actions = new Set(items.map((i) => i.action));
    expect([...actions].sort()).toEqual(expect.arrayContaining(['partner.exported', 'response.viewed']));
    expect(items.filter((i) => !about(i, mine))).toEqual([]);
    expect(items.some((i) => about(i, theirs))).toBe(false);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length); // each once across pages
    // Newest first, like the whole log; the same events as one big page.
    expect(items.map((i) => Number(i.id))).toEqual([...items.map((i) => Number(i.id))].sort((a, b) => b - a));
    expect((await allPages(w.clients.adminOnly, `coupleId=${mine.id}`, 100)).map((i) => i.id)).toEqual(items.map((i) => i.id));
    // With the other filters: only the exports of this couple.
    const exports = (await w.clients.adminOnly.get(`/api/admin/audit?coupleId=${mine.id}&action=partner.exported`)).body.items as Item[];
    expect(exports.map((i) => [i.action, i.details['coupleId'], i.details['format']])).toEqual([['partner.exported', mine.id, 'html']]);
  });

  it('also finds a couple’s events after it was erased (by the ids the log keeps)', async () => {
    const erased = await seedCouple(testApp.dataSource, { practiceId: w.riverside.practiceId, counselorId: mine.counselorId });
    expect((await w.clients.owner.get(`/api/couples/${erased.id}/partners/${erased.partners[0].id}/export`)).status).toBe(200);
    expect((await w.clients.owner.post(`/api/couples/${erased.id}/archive`)).status).toBe(200);
    expect((await w.clients.adminOnly.delete(`/api/couples/${erased.id}`)).status).toBe(204);
    const actions = ((await w.clients.adminOnly.get(`/api/admin/audit?coupleId=${erased.id}`)).body.items as Item[]).map((i) => i.action);
    expect(actions).toEqual(expect.arrayContaining(['couple.erased', 'couple.archived', 'partner.exported']));
  });

  it('filters the CSV the same way, with from and to', async () => {
    const response = await w.clients.adminOnly.get(`/api/admin/audit.csv?coupleId=${mine.id}&from=2000-01-01&to=2999-12-31`);
    expect(response.status).toBe(200);
    const rows = response.text.split('\r\n').filter(Boolean).slice(1);
    const listed = await allPages(w.clients.adminOnly, `coupleId=${mine.id}`, 100);
    // The CSV is oldest first and has the same events (the reads of the log itself aside, which are not about the couple).
    expect(rows.map((r) => r.split('","')[0]?.replace(/^"/, ''))).toEqual(listed.map((i) => i.id).reverse());
    expect(rows.map((r) => r.split('","')[8])).toEqual(rows.map(() => mine.id));
    expect(response.text).not.toContain(theirs.id);
    const none = await w.clients.adminOnly.get(`/api/admin/audit.csv?coupleId=${mine.id}&to=2000-01-01`);
    expect(none.text.split('\r\n').filter(Boolean)).toHaveLength(1); // the header only
  });

  it('answers each caller exactly what it may; another practice’s admin finds nothing of this couple', async () => {
    const expected: Record<WorkspaceCaller, number> = { anonymous: 401, partner: 401, owner: 403, otherCounselor: 403, foreignCounselor: 403, adminOnly: 200, dualNotOwner: 200 };
    const actual: string[] = [];
    const wanted: string[] = [];
    for (const url of [`/api/admin/audit?coupleId=${mine.id}`, `/api/admin/audit.csv?coupleId=${mine.id}`]) {
      for (const [caller, status] of Object.entries(expected) as [WorkspaceCaller, number][]) {
        if (caller === 'partner' && !w.partnerSignedIn) continue;
        actual.push(`${url} ${caller} → ${(await w.clients[caller].get(url)).status}`);
        wanted.push(`${url} ${caller} → ${status}`);
      }
    }
    expect(actual).toEqual(wanted);
    const foreign = await otherAdmin.get(`/api/admin/audit?coupleId=${mine.id}`);
    expect([foreign.status, foreign.body.items]).toEqual([200, []]);
    const foreignCsv = await otherAdmin.get(`/api/admin/audit.csv?coupleId=${mine.id}`);
    expect(foreignCsv.text.split('\r\n').filter(Boolean)).toHaveLength(1);
  });

  it('refuses a coupleId that is not a UUID with 400 naming coupleId, on both routes', async () => {
    for (const bad of ['nope', '1', `${mine.id}x`, "' OR 1=1 --"]) {
      for (const route of ['/api/admin/audit', '/api/admin/audit.csv']) {
        const refused = await w.clients.adminOnly.get(`${route}?coupleId=${encodeURIComponent(bad)}`);
        expect([route, bad, refused.status, refused.body.errors?.map((e: { field: string }) => e.field)]).toEqual([route, bad, 400, ['coupleId']]);
      }
    }
  });
});
