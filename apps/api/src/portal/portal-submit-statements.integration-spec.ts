import { Client } from 'pg';
import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { seedPractice } from '../test/seed-staff';
import { openLink, seedAssignment, seedCouple } from './testing/seed-portal';

/**
 * The partner's submit is the hottest write of the product: one request, as few statements as it can be. Every
 * statement the request sends to PostgreSQL (the session check, the transaction, the write, the audit row…) is
 * counted at the driver.
 */
describe('partner submit: statements per request', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(() => testApp.close());

  async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
    const statements: string[] = [];
    const original = Client.prototype.query;
    const spy = jest.spyOn(Client.prototype, 'query').mockImplementation(function (this: Client, ...args: unknown[]) {
      const [first] = args;
      statements.push(typeof first === 'string' ? first : String((first as { text?: string })?.text ?? first));
      return original.apply(this, args as never);
    } as never);
    try {
      await work();
    } finally {
      spy.mockRestore();
    }
    return statements;
  }

  it('submits in one request with at most 7 statements (8 before the write answered through RETURNING), and says what it ran', async () => {
    const practice = await seedPractice(testApp.dataSource, 'statements', { counselor: { roles: ['counselor'] } });
    const couple = await seedCouple(testApp.dataSource, { practiceId: practice.practiceId, counselorId: practice.users['counselor']?.id ?? '' });
    const assignment = await seedAssignment(testApp.dataSource, couple, {});
    const partner = new TestClient(testApp.app);
    await openLink(partner, couple.partners[0]);
    await partner.get('/api/portal/me');

    let status = 0;
    const statements = await statementsOf(async () => {
      status = (await partner.post(`/api/portal/assignments/${assignment.id}/submit`, { answers: { whatHappened: 'I found the messages.', safetyCheck: 'yes' } })).status;
    });
    expect(status).toBe(200);
    console.log(`submit ran ${statements.length} statements:\n  ${statements.map((s) => s.replace(/\s+/g, ' ').slice(0, 110)).join('\n  ')}`);
    // session check, BEGIN, the assignment, the response row (locked), INSERT … RETURNING, the audit row, COMMIT
    expect(statements.length).toBeLessThanOrEqual(7);
  });

  it('submits over a draft with as few (UPDATE … RETURNING, no read-back)', async () => {
    const practice = await seedPractice(testApp.dataSource, 'statements-draft', { counselor: { roles: ['counselor'] } });
    const couple = await seedCouple(testApp.dataSource, { practiceId: practice.practiceId, counselorId: practice.users['counselor']?.id ?? '' });
    const assignment = await seedAssignment(testApp.dataSource, couple, {});
    const partner = new TestClient(testApp.app);
    await openLink(partner, couple.partners[0]);
    await partner.get('/api/portal/me');
    expect((await partner.put(`/api/portal/assignments/${assignment.id}/draft`, { answers: { whatHappened: 'A first draft.' }, version: 0 })).status).toBe(200);

    let body: unknown;
    const statements = await statementsOf(async () => {
      body = (await partner.post(`/api/portal/assignments/${assignment.id}/submit`, { answers: { whatHappened: 'The final words.', safetyCheck: 'yes' } })).body;
    });
    expect(body).toMatchObject({ status: 'submitted', version: 2, answers: { whatHappened: 'The final words.', safetyCheck: 'yes' } });
    expect(statements.length).toBeLessThanOrEqual(7);
    // …and a repeat answers the very same body from the stored row.
    expect((await partner.post(`/api/portal/assignments/${assignment.id}/submit`, { answers: { whatHappened: 'ignored' } })).body).toEqual(body);
  });
});
