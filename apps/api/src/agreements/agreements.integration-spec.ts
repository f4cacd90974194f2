import { openLink, SeededCouple, seedAssignment, seedCouple } from '../portal/testing/seed-portal';
import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { SeededPractice, seedPractice, signIn } from '../test/seed-staff';

const ALEX = { needs: ['Honest answers', 'Time alone on Sundays'], limits: ['No secret accounts'], privateNote: 'I am scared this fails.', safetyCheck: 'yes' };
const SAM = { needs: ['  honest   ANSWERS '], desires: ['A weekly walk'], privateNote: 'Only for you.', safetyCheck: 'yes' };

/** The boundaries agreement: merge, decisions, rewording, sharing, what each partner sees, access and bad input. */
describe('boundaries agreement', () => {
  let testApp: TestApp;
  let harbour: SeededPractice;
  let couple: SeededCouple;
  let alex: TestClient;
  let sam: TestClient;
  let counselor: TestClient;

  async function partnerClient(c: SeededCouple, index: 0 | 1): Promise<TestClient> {
    const client = new TestClient(testApp.app);
    await openLink(client, c.partners[index]);
    await client.get('/api/portal/me');
    return client;
  }
  const submit = (c: TestClient, id: string, answers: unknown) => c.post(`/api/portal/assignments/${id}/submit`, { answers });
  const url = (id: string) => `/api/assignments/${id}/agreement`;

  beforeAll(async () => {
    testApp = await createTestApp({ authRateLimit: { limit: 1000, windowMs: 60_000 } });
    harbour = await seedPractice(testApp.dataSource, 'harbour', { counselor: { roles: ['counselor'] }, other: { roles: ['counselor'] }, adminOnly: { roles: ['admin'] } });
    couple = await seedCouple(testApp.dataSource, { practiceId: harbour.practiceId, counselorId: harbour.users['counselor']?.id ?? '' });
    alex = await partnerClient(couple, 0);
    sam = await partnerClient(couple, 1);
    counselor = new TestClient(testApp.app);
    await signIn(counselor, 'counselor@harbour.test');
  });
  afterAll(() => testApp.close());

  it('waits for both submissions (409), then merges both partners’ items: the same text is one item with both ids', async () => {
    const assignment = await seedAssignment(testApp.dataSource, couple, { exerciseKey: 'set-boundaries' }); // counselor only
    expect((await submit(alex, assignment.id, ALEX)).status).toBe(200);
    const early = await counselor.get(url(assignment.id));
    expect(early.status).toBe(409);
    expect(early.body.message).toMatch(/both partners/);
    expect((await submit(sam, assignment.id, SAM)).status).toBe(200);

    const draft = await counselor.get(url(assignment.id));
    expect(draft.status).toBe(200);
    const [a, b] = couple.partners;
    expect(draft.body).toEqual({
      status: 'draft',
      items: [
        { id: expect.any(String), fieldId: 'needs', text: 'Honest answers', from: [a.id, b.id], decision: 'undecided' },
        { id: expect.any(String), fieldId: 'needs', text: 'Time alone on Sundays', from: [a.id], decision: 'undecided' },
        { id: expect.any(String), fieldId: 'desires', text: 'A weekly walk', from: [b.id], decision: 'undecided' },
        { id: expect.any(String), fieldId: 'limits', text: 'No secret accounts', from: [a.id], decision: 'undecided' },
      ],
    });
    expect(draft.text).not.toMatch(/scared|Only for you|safetyCheck/);
    // Reading it again drafts nothing new.
    expect((await counselor.get(url(assignment.id))).body.items.map((i: { id: string }) => i.id)).toEqual(draft.body.items.map((i: { id: string }) => i.id));
  });

  it('takes decisions and rewording, shares the agreed items (text only) with both partners, and re-shares changes as a new version', async () => {
    const assignment = await seedAssignment(testApp.dataSource, couple, { exerciseKey: 'set-boundaries', visibility: 'counselor_only' });
    await submit(alex, assignment.id, ALEX);
    await submit(sam, assignment.id, SAM);
    const items = (await counselor.get(url(assignment.id))).body.items as { id: string; text: string }[];
    const [honest, sundays, walk, secrets] = items.map((item) => item.id);

    expect((await counselor.patch(`${url(assignment.id)}/items/${honest}`, { decision: 'agreed' })).body.items[0].decision).toBe('agreed');
    const reworded = await counselor.patch(`${url(assignment.id)}/items/${walk}`, { decision: 'agreed', text: '  A walk together   every week ' });
    expect(reworded.status).toBe(200);
    expect(reworded.body.items[2]).toMatchObject({ text: 'A walk together every week', decision: 'agreed' });
    expect((await counselor.patch(`${url(assignment.id)}/items/${sundays}`, { decision: 'discuss' })).status).toBe(200);
    expect((await counselor.patch(`${url(assignment.id)}/items/${secrets}`, { decision: 'not_agreed' })).status).toBe(200);

    // Before sharing, partners see nothing of it (however private the assignment is).
    expect((await alex.get('/api/portal/agreements')).body.items.filter((i: { assignmentId: string }) => i.assignmentId === assignment.id)).toEqual([]);

    const shared = await counselor.post(`${url(assignment.id)}/share`);
    expect(shared.status).toBe(200);
    expect(shared.body.status).toBe('shared');
    expect(shared.body.sharedAt).toEqual(expect.any(String));
    for (const partner of [alex, sam]) {
      const portal = await partner.get('/api/portal/agreements');
      expect(portal.status).toBe(200);
      const mine = portal.body.items.find((i: { assignmentId: string }) => i.assignmentId === assignment.id);
      expect(mine).toEqual({
        assignmentId: assignment.id,
        title: 'Set boundaries and expectations',
        sharedAt: shared.body.sharedAt,
        version: 1,
        items: [
          { fieldId: 'needs', heading: expect.any(String), text: 'Honest answers' },
          { fieldId: 'desires', heading: expect.any(String), text: 'A walk together every week' },
        ],
      });
      expect(portal.text).not.toMatch(/from|partnerId|Sundays|secret|decision|Alex & Sam/);
    }
    const audited = async () =>
      Number(((await testApp.dataSource.query(`SELECT count(*) FROM audit_event WHERE action = 'agreement.shared' AND target_id = $1`, [assignment.id])) as { count: string }[])[0]?.count);
    expect(await audited()).toBe(1);
    // Sharing again unchanged changes nothing; a later edit reaches partners only when shared again.
    expect((await counselor.post(`${url(assignment.id)}/share`)).body.sharedAt).toBe(shared.body.sharedAt);
    const edited = await counselor.patch(`${url(assignment.id)}/items/${sundays}`, { decision: 'agreed' });
    expect(edited.body.status).toBe('draft');
    const before = (await sam.get('/api/portal/agreements')).body.items.find((i: { assignmentId: string }) => i.assignmentId === assignment.id);
    expect(before.version).toBe(1);
    expect(before.items).toHaveLength(2);
    expect((await counselor.post(`${url(assignment.id)}/share`)).status).toBe(200);
    const after = (await sam.get('/api/portal/agreements')).body.items.find((i: { assignmentId: string }) => i.assignmentId === assignment.id);
    expect(after.version).toBe(2);
    expect(await audited()).toBe(2);
    expect(after.items.map((i: { text: string }) => i.text)).toEqual(['Honest answers', 'Time alone on Sundays', 'A walk together every week']);

    // Another couple's partner sees nothing of it.
    const others = await seedCouple(testApp.dataSource, { practiceId: harbour.practiceId, counselorId: harbour.users['counselor']?.id ?? '', label: 'Others' });
    const stranger = await partnerClient(others, 0);
    expect((await stranger.get('/api/portal/agreements')).body).toEqual({ items: [], nextCursor: null });
  });

  it('refuses to share with nothing agreed (409), and answers 404 for an exercise that is not the boundaries one', async () => {
    const assignment = await seedAssignment(testApp.dataSource, couple, { exerciseKey: 'set-boundaries' });
    await submit(alex, assignment.id, ALEX);
    await submit(sam, assignment.id, SAM);
    const nothing = await counselor.post(`${url(assignment.id)}/share`);
    expect(nothing.status).toBe(409);
    expect(nothing.body.message).toMatch(/agreed/);
    const breach = await seedAssignment(testApp.dataSource, couple, { exerciseKey: 'acknowledge-the-breach' });
    expect((await counselor.get(url(breach.id))).status).toBe(404);
  });

  it('answers bad input with a 400 naming the field, never a 500', async () => {
    const assignment = await seedAssignment(testApp.dataSource, couple, { exerciseKey: 'set-boundaries' });
    await submit(alex, assignment.id, ALEX);
    await submit(sam, assignment.id, SAM);
    const itemId = (await counselor.get(url(assignment.id))).body.items[0].id as string;
    const item = `${url(assignment.id)}/items/${itemId}`;
    const cases: [unknown, RegExp][] = [
      [{ decision: 'maybe' }, /decision/],
      [{ text: '   ' }, /text/],
      [{ text: 'x'.repeat(301) }, /text/],
      [{ text: 5 }, /text/],
      [{}, /decision or text/],
      [{ decision: 'agreed', from: ['x'] }, /from/],
    ];
    for (const [body, field] of cases) {
      const response = await counselor.patch(item, body);
      expect([response.status, response.body.message]).toEqual([400, expect.stringMatching(field)]);
    }
    const badItem = await counselor.patch(`${url(assignment.id)}/items/not-a-uuid`, { decision: 'agreed' });
    expect([badItem.status, badItem.body.message]).toEqual([400, expect.stringMatching(/itemId/)]);
    expect((await counselor.patch(`${url(assignment.id)}/items/00000000-0000-4000-8000-000000000000`, { decision: 'agreed' })).status).toBe(404);
  });

  it('is for the couple’s own counselor only; the portal list only for partners', async () => {
    const assignment = await seedAssignment(testApp.dataSource, couple, { exerciseKey: 'set-boundaries' });
    await submit(alex, assignment.id, ALEX);
    await submit(sam, assignment.id, SAM);
    const other = new TestClient(testApp.app);
    await signIn(other, 'other@harbour.test');
    const admin = new TestClient(testApp.app);
    await signIn(admin, 'adminOnly@harbour.test');
    await seedPractice(testApp.dataSource, 'elsewhere', { counselor: { roles: ['counselor'] } });
    const foreign = new TestClient(testApp.app);
    await signIn(foreign, 'counselor@elsewhere.test');
    const anonymous = new TestClient(testApp.app);
    for (const [client, status] of [
      [anonymous, 401],
      [alex, 401],
      [admin, 403],
      [other, 404],
      [foreign, 404],
    ] as const) {
      expect((await client.get(url(assignment.id))).status).toBe(status);
      expect((await client.post(`${url(assignment.id)}/share`)).status).toBe(status);
    }
    expect((await anonymous.get('/api/portal/agreements')).status).toBe(401);
    expect((await counselor.get('/api/portal/agreements')).status).toBe(401);
  });
});
