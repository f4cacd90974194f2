import { Clock } from '../common/clock';
import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { seedCouple, SeededCouple, seedInviteLink } from '../test/seed-caseload';
import { SeededPractice, seedPractice } from '../test/seed-staff';

const MINUTE = 60_000;

/**
 * The PIN enforced by the API (DESIGN "Shared phones"): a session of a partner with a PIN is locked when it is new
 * (opened from the link) or after more than 5 minutes without a portal request, until a right PIN is checked.
 */
describe('shared phones: the API enforces the PIN', () => {
  let testApp: TestApp;
  let practice: SeededPractice;
  let now: Date;

  beforeAll(async () => {
    testApp = await createTestApp({ authRateLimit: { limit: 1000, windowMs: 60_000 } });
    now = new Date();
    jest.spyOn(testApp.app.get(Clock), 'now').mockImplementation(() => new Date(now));
    practice = await seedPractice(testApp.dataSource, 'pin-lock', { counselor: { roles: ['counselor'] } });
  });
  afterAll(() => testApp.close());

  const later = (ms: number) => {
    now = new Date(now.getTime() + ms);
  };

  /** Opens the partner's link in a new browser (a new session); the same link each time, as a partner reopens it. */
  const tokens = new Map<string, string>();
  async function open(couple: SeededCouple, index: 0 | 1): Promise<TestClient> {
    const client = new TestClient(testApp.app);
    const partnerId = couple.partners[index].id;
    const token = tokens.get(partnerId) ?? (await seedInviteLink(testApp.dataSource, { practiceId: practice.practiceId, partnerId })).token;
    tokens.set(partnerId, token);
    expect((await client.post('/api/portal/session', { token })).status).toBe(200);
    return client;
  }
  const newCouple = () => seedCouple(testApp.dataSource, { practiceId: practice.practiceId, counselorId: practice.users['counselor']?.id ?? '' });

  /** Every portal route the lock closes, with a body where it takes one. */
  const lockedRoutes = (client: TestClient) => [
    () => client.get('/api/portal/me'),
    () => client.patch('/api/portal/me', { remindersEnabled: true }),
    () => client.get('/api/portal/assignments'),
    () => client.get('/api/portal/assignments/00000000-0000-4000-8000-000000000000'),
    () => client.put('/api/portal/assignments/00000000-0000-4000-8000-000000000000/draft', { answers: {}, version: 0 }),
    () => client.post('/api/portal/assignments/00000000-0000-4000-8000-000000000000/submit', { answers: {} }),
    () => client.get('/api/portal/agreements'),
    () => client.get('/api/portal/export'),
    () => client.put('/api/portal/pin', { pin: '1111', currentPin: '2468' }),
  ];
  const expectLocked = async (client: TestClient) => {
    for (const call of lockedRoutes(client)) {
      const answer = await call();
      expect([answer.status, answer.body.code]).toEqual([403, 'portal.pinRequired']);
    }
  };
  const expectOpen = async (client: TestClient) => {
    const me = await client.get('/api/portal/me');
    expect(me.status).toBe(200);
    expect((await client.get('/api/portal/assignments')).status).toBe(200);
  };

  it('locks a new session of a partner with a PIN; the lock screen’s routes stay open; a right PIN unlocks it', async () => {
    const couple = await newCouple();
    const first = await open(couple, 0);
    await expectOpen(first); // no PIN yet: never locked
    expect((await first.put('/api/portal/pin', { pin: '2468' })).status).toBe(204);
    await expectOpen(first); // setting the first PIN unlocks the session it is set on

    const reopened = await open(couple, 0); // "on reopening": a new session from the link
    await expectLocked(reopened);
    expect((await reopened.get('/api/portal/pin')).body).toEqual({ set: true });
    const wrong = await reopened.post('/api/portal/pin/check', { pin: '0000' });
    expect([wrong.status, wrong.body.code, wrong.body.remaining]).toEqual([403, 'portal.wrongPin', 4]);
    await expectLocked(reopened);
    expect((await reopened.post('/api/portal/pin/check', { pin: '2468' })).status).toBe(204);
    await expectOpen(reopened);
    await expectOpen(first); // the first session stayed open
    const [{ unlocked }] = await testApp.dataSource.query(`SELECT count(*)::int AS unlocked FROM partner_session WHERE partner_id = $1 AND unlocked_at IS NOT NULL`, [couple.partners[0].id]);
    expect(unlocked).toBe(2);
  });

  it('locks again after more than 5 minutes without a request; activity keeps it open', async () => {
    const couple = await newCouple();
    const client = await open(couple, 0);
    expect((await client.put('/api/portal/pin', { pin: '1357' })).status).toBe(204);
    // Requests every 4 minutes for 20 minutes: always open.
    for (let i = 0; i < 5; i++) {
      later(4 * MINUTE);
      await expectOpen(client);
    }
    later(5 * MINUTE); // exactly 5 minutes: not yet more than 5
    await expectOpen(client);
    later(5 * MINUTE + 1000);
    await expectLocked(client);
    // It stays locked whatever comes next, even right away.
    later(1000);
    await expectLocked(client);
    expect((await client.post('/api/portal/pin/check', { pin: '1357' })).status).toBe(204);
    await expectOpen(client);
  });

  it('counts wrong tries while locked, and the fifth ends the session', async () => {
    const couple = await newCouple();
    const client = await open(couple, 0);
    expect((await client.put('/api/portal/pin', { pin: '8642' })).status).toBe(204);
    later(6 * MINUTE);
    await expectLocked(client);
    for (let remaining = 4; remaining >= 1; remaining--) {
      const wrong = await client.post('/api/portal/pin/check', { pin: '9999' });
      expect([wrong.status, wrong.body.remaining]).toEqual([403, remaining]);
    }
    const last = await client.post('/api/portal/pin/check', { pin: '9999' });
    expect([last.status, last.body.code]).toEqual([401, 'portal.lockedOut']);
    expect((await client.get('/api/portal/me')).status).toBe(401);
    expect((await client.post('/api/portal/pin/check', { pin: '8642' })).status).toBe(401);
  });

  it('never locks a partner without a PIN, however long idle; the other partner is unaffected', async () => {
    const couple = await newCouple();
    const withPin = await open(couple, 0);
    const other = await open(couple, 1);
    expect((await withPin.put('/api/portal/pin', { pin: '2580' })).status).toBe(204);
    later(60 * MINUTE);
    await expectLocked(withPin);
    await expectOpen(other);
    const reopened = await open(couple, 1);
    await expectOpen(reopened);
    // Removing the PIN (after unlocking) leaves the partner's sessions open for good.
    expect((await withPin.post('/api/portal/pin/check', { pin: '2580' })).status).toBe(204);
    expect((await withPin.put('/api/portal/pin', { pin: null, currentPin: '2580' })).status).toBe(204);
    later(60 * MINUTE);
    await expectOpen(withPin);
    await expectOpen(await open(couple, 0));
  });

  it('lets a locked session sign out', async () => {
    const couple = await newCouple();
    const client = await open(couple, 0);
    expect((await client.put('/api/portal/pin', { pin: '4455' })).status).toBe(204);
    const reopened = await open(couple, 0);
    await expectLocked(reopened);
    expect((await reopened.post('/api/portal/logout', {})).status).toBe(204);
    expect((await reopened.get('/api/portal/pin')).status).toBe(401);
  });
});
