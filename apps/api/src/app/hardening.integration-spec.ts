import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { seedPractice, signIn } from '../test/seed-staff';

// Findings of the outside test (issue 13): input that still gave a 500 or left the error shape, and headers.
describe('hardening: deep bodies, long ids, path spellings, headers', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp({ production: true, authRateLimit: { limit: 1000, windowMs: 60_000 } });
    await seedPractice(testApp.dataSource, 'riverside', { counselor: { roles: ['counselor'] } });
  });
  afterAll(() => testApp.close());

  const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
  const deepObject = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

  it.each([
    ['POST', '/api/auth/login'],
    ['POST', '/api/portal/session'],
    ['POST', '/api/auth/password-reset'],
  ])('refuses JSON nested 10,000 deep on %s %s with 400 in the error shape', async (method, url) => {
    const client = new TestClient(testApp.app);
    await client.get('/api/health'); // the XSRF-TOKEN cookie
    for (const body of [`{"email":${deep(10_000)}}`, deepObject(10_000)]) {
      const response = await client.request(method, url, undefined, { rawBody: body });
      expect(response.status).toBe(400);
      expect(response.body).toEqual({ statusCode: 400, message: expect.stringMatching(/nested too deeply/), error: 'Bad Request' });
    }
  });

  it('still takes ordinary nesting (exercise answers are a few levels deep)', async () => {
    const client = new TestClient(testApp.app);
    await client.get('/api/health');
    const response = await client.request('POST', '/api/auth/login', undefined, { rawBody: `{"email":"a@b.c","password":"x","totp":${deep(20)}}` });
    expect(response.status).toBe(400);
    expect(response.body.message).not.toMatch(/nested too deeply/);
  });

  it('answers a 300-character id in the contract shape', async () => {
    const client = new TestClient(testApp.app);
    await signIn(client, 'counselor@riverside.test');
    const response = await client.get(`/api/couples/${'a'.repeat(300)}`);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.body).toEqual({ statusCode: response.status, message: expect.any(String), error: expect.any(String) });
    expect(response.text).not.toMatch(/FST_ERR/);
  });

  it.each(['/%61pi/health', '/API/health', '/api//health', '/api/health/'])('sends no-store on API answers however the path is spelled: %s', async (path) => {
    const response = await testApp.app.inject({ method: 'GET', url: path });
    if (response.statusCode === 200) expect(response.headers['content-type']).toMatch(/json/);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('sends a Permissions-Policy that turns off what the app never uses', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/health' });
    const policy = String(response.headers['permissions-policy']);
    for (const feature of ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()']) expect(policy).toContain(feature);
  });

  it('in production keeps Swagger UI for signed-in staff; the JSON document stays public', async () => {
    expect((await testApp.app.inject({ method: 'GET', url: '/api/docs-json' })).statusCode).toBe(200);
    const anonymous = await testApp.app.inject({ method: 'GET', url: '/api/docs', headers: { accept: 'text/html' } });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toEqual({ statusCode: 401, message: expect.stringMatching(/Sign in as staff/), error: 'Unauthorized' });
    const staff = new TestClient(testApp.app);
    await signIn(staff, 'counselor@riverside.test');
    const signedIn = await staff.get('/api/docs', { headers: { accept: 'text/html' } });
    expect([200, 301, 302]).toContain(signedIn.status);
  });

  it('ignores a client-chosen X-Request-Id from a peer that is not a trusted proxy', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/health', headers: { 'x-request-id': 'attacker-chosen' } });
    expect(response.headers['x-request-id'] ?? '').not.toBe('attacker-chosen');
  });
});

describe('hardening: session cookies under https', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp({ production: true, secureCookies: true, publicUrl: 'https://care.example.org', authRateLimit: { limit: 1000, windowMs: 60_000 } });
    await seedPractice(testApp.dataSource, 'riverside', { counselor: { roles: ['counselor'] } });
  });
  afterAll(() => testApp.close());

  it('names the staff session cookie __Host-…: Secure, Path=/, no Domain, and it opens the session', async () => {
    const client = new TestClient(testApp.app);
    const response = await signIn(client, 'counselor@riverside.test');
    expect(response.status).toBe(200);
    const session = ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((line) => line.startsWith('__Host-trp_session='));
    expect(session).toBeDefined();
    expect(session).toMatch(/;\s*Secure/i);
    expect(session).toMatch(/;\s*Path=\//i);
    expect(session).not.toMatch(/;\s*Domain=/i);
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect((await client.get('/api/auth/me')).status).toBe(200);
    expect(client.cookies.has('trp_session')).toBe(false);
  });
});
