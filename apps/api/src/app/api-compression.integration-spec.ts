import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { seedPractice, signIn } from '../test/seed-staff';
import { COMPRESS_THRESHOLD_BYTES } from './api-compression';

describe('API compression', () => {
  let testApp: TestApp;
  let counselor: TestClient;

  beforeAll(async () => {
    testApp = await createTestApp();
    const practice = await seedPractice(testApp.dataSource, 'compress', { counselor: { roles: ['counselor'] } });
    counselor = new TestClient(testApp.app);
    await signIn(counselor, practice.users['counselor']?.email ?? '');
  });
  afterAll(() => testApp.close());

  /** The raw bytes of an answer, as a browser asking for `encoding` would get them. */
  async function raw(url: string, encoding: string) {
    const cookie = [...counselor.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await testApp.app.inject({ method: 'GET', url, headers: { cookie, accept: 'application/json', 'accept-encoding': encoding } });
    return { headers: response.headers, bytes: response.rawPayload };
  }

  it('sends a large JSON answer brotli- or gzip-compressed, decoding to the same JSON as the plain one', async () => {
    const plain = await raw('/api/exercises', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.bytes.length).toBeGreaterThan(COMPRESS_THRESHOLD_BYTES);
    const json = JSON.parse(plain.bytes.toString('utf8'));

    const br = await raw('/api/exercises', 'br, gzip');
    expect(br.headers['content-encoding']).toBe('br');
    expect(String(br.headers['vary'])).toMatch(/accept-encoding/i);
    expect(br.bytes.length).toBeLessThan(plain.bytes.length / 2);
    expect(JSON.parse(brotliDecompressSync(br.bytes).toString('utf8'))).toEqual(json);

    const gzip = await raw('/api/exercises', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzip.bytes).toString('utf8'))).toEqual(json);
    // The security headers survive compression.
    expect(gzip.headers['cache-control']).toBe('no-store');
  });

  it('leaves a small answer as it is', async () => {
    const small = await raw('/api/health', 'br, gzip');
    expect(small.bytes.length).toBeLessThan(COMPRESS_THRESHOLD_BYTES);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.bytes.toString('utf8'))).toHaveProperty('status');
  });

  it('compresses error answers in the same shape', async () => {
    const missing = await raw('/api/no-such-thing', 'gzip');
    const body = missing.headers['content-encoding'] === 'gzip' ? gunzipSync(missing.bytes) : missing.bytes;
    expect(JSON.parse(body.toString('utf8'))).toEqual({ statusCode: 404, message: expect.any(String), error: 'Not Found' });
  });
});
