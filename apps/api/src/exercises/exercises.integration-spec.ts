import { EXERCISE_KEYS } from '@trp/exercises';
import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { seedPractice, signIn } from '../test/seed-staff';

describe('/api/exercises', () => {
  let testApp: TestApp;
  let counselor: TestClient;
  let adminOnly: TestClient;
  let dual: TestClient;

  beforeAll(async () => {
    testApp = await createTestApp();
    const practice = await seedPractice(testApp.dataSource, 'ex', {
      counselor: { roles: ['counselor'] },
      both: { roles: ['admin', 'counselor'] },
    });
    counselor = new TestClient(testApp.app);
    await signIn(counselor, practice.users['counselor']?.email ?? '');
    adminOnly = new TestClient(testApp.app);
    await signIn(adminOnly, practice.admin.email);
    dual = new TestClient(testApp.app);
    await signIn(dual, practice.users['both']?.email ?? '');
  });
  afterAll(() => testApp.close());

  it('gives a counselor the latest version of each built-in exercise', async () => {
    const response = await counselor.get('/api/exercises');
    expect(response.status).toBe(200);
    expect(response.body.map((d: { key: string }) => d.key)).toEqual([...EXERCISE_KEYS]);
    expect(response.body[0].sections.length).toBeGreaterThan(0);
  });

  it('gives a person holding both roles the same', async () => {
    expect((await dual.get('/api/exercises')).status).toBe(200);
  });

  it('refuses anonymous callers (401) and admins without the counselor role (403)', async () => {
    expect((await new TestClient(testApp.app).get('/api/exercises')).status).toBe(401);
    expect((await adminOnly.get('/api/exercises')).status).toBe(403);
    expect((await adminOnly.get('/api/exercises/acknowledge-the-breach/versions/1')).status).toBe(403);
  });

  it('answers one released version, 404 for an unknown one, 400 naming the bad parameter', async () => {
    const found = await counselor.get('/api/exercises/set-boundaries/versions/1');
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({ key: 'set-boundaries', version: 1 });
    expect((await counselor.get('/api/exercises/set-boundaries/versions/99')).status).toBe(404);
    const bad = await counselor.get('/api/exercises/set-boundaries/versions/one');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/version/);
  });
});
