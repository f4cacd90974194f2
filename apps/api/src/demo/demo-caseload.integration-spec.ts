import type { CoupleView, Dashboard } from '@trp/contracts';
import { DEMO_PASSWORD } from '../accounts/demo-accounts.seeder';
import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { signIn } from '../test/seed-staff';
import { loadDemoData } from './load-demo-data';

describe('demo caseload', () => {
  let testApp: TestApp;
  let firstLines: string[];
  let secondLines: string[];
  const counts = async () =>
    testApp.dataSource.query(
      `SELECT (SELECT count(*) FROM couple)::int AS couples, (SELECT count(*) FROM assignment)::int AS assignments,
              (SELECT count(*) FROM response)::int AS responses, (SELECT count(*) FROM counselor_note)::int AS notes`,
    );

  beforeAll(async () => {
    testApp = await createTestApp();
    firstLines = await loadDemoData(testApp.database.url, { publicUrl: 'https://demo.example.org' });
  });
  afterAll(() => testApp.close());

  it('gives a counselor a living dashboard: safety flag, ready to review, overdue, progress', async () => {
    const ben = new TestClient(testApp.app);
    await signIn(ben, 'ben.okafor@riverside.example', DEMO_PASSWORD);
    const dashboard = (await ben.get('/api/dashboard')).body as Dashboard;
    expect(dashboard.safetyFlags.map((i) => i.coupleLabel)).toEqual(['Nadia & Chris']);
    expect(dashboard.readyToReview.map((i) => i.coupleLabel).sort()).toEqual(['Aiko & Daniel', 'Elena & Marcus', 'Nadia & Chris']);
    expect(dashboard.overdue.map((i) => i.coupleLabel)).toEqual(['Aiko & Daniel']);
    expect(dashboard.caseload).toHaveLength(6);
    expect(dashboard.caseload.find((c) => c.label === 'Elena & Marcus')).toMatchObject({ completed: 2, assigned: 2 });
    const couples = (await ben.get('/api/couples?limit=100')).body.items as CoupleView[];
    const states = new Set(couples.flatMap((c) => c.partners.map((p) => p.link.state)));
    expect([...states].sort()).toEqual(['expired', 'never_opened', 'opened', 'revoked']);
  });

  it('has a couple with six weekly check-ins to chart, scored with bands', async () => {
    const dana = new TestClient(testApp.app);
    await signIn(dana, 'dana.reyes@riverside.example', DEMO_PASSWORD);
    const couples = (await dana.get('/api/couples?limit=100')).body.items as CoupleView[];
    const amara = couples.find((c) => c.label === 'Amara & Theo');
    const trends = await dana.get(`/api/couples/${amara?.id}/trends`);
    expect(trends.status).toBe(200);
    const checkIn = trends.body.exercises.find((e: { exerciseKey: string }) => e.exerciseKey === 'weekly-check-in');
    const scores = checkIn.score.partners.map((p: { points: { value: number; band?: string }[] }) => p.points.map((point) => point.value));
    expect(scores).toEqual([
      [7, 9, 12, 14, 17, 20],
      [14, 16, 18, 18, 20, 22],
    ]);
    expect(checkIn.score.partners[0].points[0].band).toBe('A hard week');
    // Each opened when it was assigned, a week apart (not all on the day the demo was loaded).
    const opened: { opens_at: Date; created_at: Date }[] = await testApp.dataSource.query(
      `SELECT a.opens_at, a.created_at FROM assignment a JOIN couple c ON c.id = a.couple_id WHERE c.label = 'Amara & Theo' AND a.exercise_key = 'weekly-check-in' ORDER BY a.created_at`,
    );
    expect(opened.map((row) => row.opens_at.getTime())).toEqual(opened.map((row) => row.created_at.getTime()));
  });

  it('gives that couple a boundaries assignment both submitted, whose agreement merges what they both wrote', async () => {
    const dana = new TestClient(testApp.app);
    await signIn(dana, 'dana.reyes@riverside.example', DEMO_PASSWORD);
    const couples = (await dana.get('/api/couples?limit=100')).body.items as CoupleView[];
    const amara = couples.find((c) => c.label === 'Amara & Theo');
    const list = (await dana.get(`/api/couples/${amara?.id}/assignments?limit=100`)).body.items as { id: string; exerciseKey: string }[];
    const boundaries = list.find((a) => a.exerciseKey === 'set-boundaries');
    const agreement = await dana.get(`/api/assignments/${boundaries?.id}/agreement`);
    expect(agreement.status).toBe(200);
    expect(agreement.body.status).toBe('draft');
    const both = agreement.body.items.filter((i: { from: string[] }) => i.from.length === 2).map((i: { text: string }) => i.text);
    expect(both).toEqual(expect.arrayContaining(['A message when plans change', 'No contact with that person outside work', 'Deleting messages']));
    expect(agreement.body.items.length).toBeGreaterThan(both.length); // and items only one of them wrote
    expect(agreement.text).not.toContain('weekly check-ins help me'); // never a private note
  });

  it('prints a demo partner link that opens the portal', async () => {
    const line = firstLines.find((l) => l.startsWith('partner portal'));
    expect(line).toMatch(/^partner portal, as Maya of "Maya & Jonah": https:\/\/demo\.example\.org\/i\/[A-Za-z0-9_-]{43}$/);
    const token = line?.slice(line.lastIndexOf('/') + 1) ?? '';
    const partner = new TestClient(testApp.app);
    expect((await partner.post('/api/portal/session', { token })).status).toBe(200);
    expect((await partner.get('/api/portal/assignments')).body.items).toHaveLength(1);
  });

  it('is idempotent: a second start adds nothing but a fresh link (the previous one stops working)', async () => {
    const before = await counts();
    secondLines = await loadDemoData(testApp.database.url, { publicUrl: 'https://demo.example.org' });
    expect(await counts()).toEqual(before);
    const link = (lines: string[]) => lines.find((l) => l.startsWith('partner portal'))?.split(': ')[1] ?? '';
    expect(link(secondLines)).not.toBe(link(firstLines));
    const oldToken = link(firstLines).slice(link(firstLines).lastIndexOf('/') + 1);
    expect((await new TestClient(testApp.app).post('/api/portal/session', { token: oldToken })).status).toBe(410);
  });
});
