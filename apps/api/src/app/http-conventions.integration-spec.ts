import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { seedPractice, signIn } from '../test/seed-staff';

describe('HTTP conventions', () => {
  let testApp: TestApp;
  let client: TestClient;

  beforeAll(async () => {
    testApp = await createTestApp();
    client = new TestClient(testApp.app);
  });
  afterAll(() => testApp.close());

  it('answers an unknown API path with the error shape, 404', async () => {
    const response = await client.get('/api/no-such-thing');
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ statusCode: 404, message: expect.any(String), error: 'Not Found' });
  });

  it('sets security headers on every response', async () => {
    const { headers } = await client.get('/api/health');
    const csp = String(headers['content-security-policy']);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['cache-control']).toBe('no-store');
    expect(headers['strict-transport-security']).toBeUndefined();
  });

  it('rejects a body over the size limit with 413 in the error shape', async () => {
    const response = await client.post('/api/health', undefined, {
      rawBody: JSON.stringify({ text: 'x'.repeat(testApp.config.bodyLimitBytes + 10) }),
    });
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
  });

  it('rejects invalid JSON with 400 in the error shape, without a stack trace', async () => {
    const response = await client.post('/api/health', undefined, { rawBody: '{"broken": ' });
    expect([400, 404]).toContain(response.status);
    expect(response.body).toMatchObject({ statusCode: response.status, message: expect.any(String) });
    expect(response.text).not.toMatch(/\n\s+at /);
  });

  it('takes an empty body sent as application/json as no body', async () => {
    const practice = await seedPractice(testApp.dataSource, 'emptybody', { counselor: { roles: ['counselor'] } });
    const signedIn = new TestClient(testApp.app);
    await signIn(signedIn, practice.users['counselor']?.email ?? '');
    const couple = await signedIn.post('/api/couples', { label: 'Empty body', partners: [{ displayName: 'Ana' }, { displayName: 'Ben' }] });
    const partnerId = couple.body.partners[0].id;
    const response = await signedIn.post(`/api/couples/${couple.body.id}/partners/${partnerId}/invite-link`, undefined, { rawBody: '' });
    expect(response.status).toBe(201);
    expect(response.body.url).toMatch(/\/i\/[\w-]{22,}$/);

    const missingBody = await signedIn.post('/api/couples', undefined, { rawBody: '' });
    expect(missingBody.status).toBe(400);
    expect(missingBody.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'label' })]));
    const emptyPatch = await signedIn.patch(`/api/couples/${couple.body.id}`, undefined, { rawBody: '' });
    expect(emptyPatch.status).toBeLessThan(500);
  });

  it('still validates a route that needs a body when the body is empty', async () => {
    const response = await client.post('/api/auth/login', undefined, { rawBody: '' });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request', message: expect.any(String) });
  });

  it('rejects a prototype-poisoning body', async () => {
    const response = await client.post('/api/auth/login', undefined, { rawBody: '{"__proto__": {"admin": true}, "email": "a@b.c", "password": "x"}' });
    expect(response.status).toBe(400);
  });

  it('serves the OpenAPI document at /api/docs-json', async () => {
    const response = await client.get('/api/docs-json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toMatch(/^3\./);
    expect(Object.keys(response.body.paths)).toContain('/api/health');
  });
});

describe('HTTP conventions over https', () => {
  it('adds HSTS when PUBLIC_URL is https', async () => {
    const testApp = await createTestApp({ publicUrl: 'https://care.example.org', secureCookies: true });
    try {
      const { headers } = await new TestClient(testApp.app).get('/api/health');
      expect(headers['strict-transport-security']).toMatch(/max-age=31536000/);
    } finally {
      await testApp.close();
    }
  });
});
