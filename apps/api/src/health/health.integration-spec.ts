import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { TcpProxy } from '../test/tcp-proxy';

describe('GET /api/health', () => {
  let proxy: TcpProxy;
  let testApp: TestApp;
  let client: TestClient;

  beforeAll(async () => {
    // The app reaches PostgreSQL through a proxy the test can cut off.
    testApp = await createTestApp({}, {
      databaseUrl: async (url) => {
        const target = new URL(url);
        proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
        target.port = String(await proxy.start());
        return target.toString();
      },
    });
    client = new TestClient(testApp.app);
  });

  afterAll(async () => {
    await proxy.stop();
    await testApp.close();
  });

  it('answers 200 { status: "ok", db: "up" } when the database answers', async () => {
    const response = await client.get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', db: 'up' });
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('answers 503 with db "down" when the database is unreachable, and 200 again once it is back', async () => {
    const port = proxy.port;
    await proxy.stop();
    const down = await client.get('/api/health');
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ status: 'error', db: 'down', statusCode: 503 });
    expect(down.text).not.toMatch(/at \w+ \(|node_modules/);

    await proxy.start(port);
    let up = await client.get('/api/health');
    for (let attempt = 0; attempt < 20 && up.status !== 200; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      up = await client.get('/api/health');
    }
    expect(up.body).toEqual({ status: 'ok', db: 'up' });
  });
});
