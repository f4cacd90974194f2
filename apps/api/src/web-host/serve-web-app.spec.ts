import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import Fastify, { FastifyInstance } from 'fastify';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync, gunzipSync } from 'node:zlib';
import { cacheControlFor, serveWebApp } from './serve-web-app';

const SCRIPT = `console.log(${JSON.stringify('the app '.repeat(400))});`;
const INDEX = '<!doctype html><html><head></head><body><app-root></app-root><script src="/main-ZLUFEKGD.js" type="module"></script></body></html>';
const PORTAL = INDEX.replace('/main-ZLUFEKGD.js', '/main-4IPWR5TL.js');

describe('serveWebApp', () => {
  let dir: string;
  let server: FastifyInstance;

  beforeAll(async () => {
    // A built app as `nx build web` leaves it: hashed bundles with their .br/.gz copies, a font, index.html.
    dir = mkdtempSync(join(tmpdir(), 'trp-web-host-'));
    mkdirSync(join(dir, 'media'));
    writeFileSync(join(dir, 'index.html'), INDEX);
    writeFileSync(join(dir, 'portal.html'), PORTAL);
    writeFileSync(join(dir, 'main-ZLUFEKGD.js'), SCRIPT);
    writeFileSync(join(dir, 'main-ZLUFEKGD.js.br'), brotliCompressSync(SCRIPT));
    writeFileSync(join(dir, 'main-ZLUFEKGD.js.gz'), gzipSync(SCRIPT));
    writeFileSync(join(dir, 'media', 'material-symbols-outlined-EBRRF3XN.woff2'), Buffer.from('wOF2 font bytes'));

    server = Fastify();
    const app = { register: (plugin: never, options: never) => server.register(plugin, options) } as unknown as NestFastifyApplication;
    const fallback = await serveWebApp(app, dir);
    server.setNotFoundHandler((request, reply) => {
      if (!fallback?.(request, reply)) void reply.code(404).send({ statusCode: 404 });
    });
    await server.ready();
  });

  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends the Brotli copy to a browser that accepts it, cached for a year, varying on Accept-Encoding', async () => {
    const response = await server.inject({ url: '/main-ZLUFEKGD.js', headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['vary']).toMatch(/accept-encoding/i);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(SCRIPT);
  });

  it('sends the gzip copy when only gzip is accepted, and the file itself when nothing is', async () => {
    const gzip = await server.inject({ url: '/main-ZLUFEKGD.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(SCRIPT);

    const plain = await server.inject({ url: '/main-ZLUFEKGD.js', headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['vary']).toMatch(/accept-encoding/i);
    expect(plain.body).toBe(SCRIPT);
  });

  it('sends a file without a compressed copy as it is (fonts are compressed already)', async () => {
    const response = await server.inject({ url: '/media/material-symbols-outlined-EBRRF3XN.woff2', headers: { 'accept-encoding': 'br' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers index.html, never cached without revalidation, for an app page (SPA fallback)', async () => {
    const response = await server.inject({ url: '/couples/42/prep', headers: { accept: 'text/html', 'accept-encoding': 'br' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).toBe(INDEX);
  });

  it.each(['/portal', '/portal/assignments/42', '/i/a-token', '/i'])("answers portal.html, the portal's own build, for %s", async (url) => {
    const response = await server.inject({ url, headers: { accept: 'text/html' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).toBe(PORTAL);
  });

  it.each(['/', '/couples', '/information', '/portals'])('answers the plain index.html for the staff page %s', async (url) => {
    const response = await server.inject({ url, headers: { accept: 'text/html' } });
    expect(response.body).toBe(INDEX);
  });

  it('leaves API paths and missing files to the 404 handler', async () => {
    expect((await server.inject({ url: '/api/nope', headers: { accept: 'text/html' } })).statusCode).toBe(404);
    expect((await server.inject({ url: '/chunk-MISSING1.js', headers: { accept: 'text/html' } })).statusCode).toBe(404);
  });
});

describe('serveWebApp with a translated build (one folder per locale)', () => {
  let dir: string;
  let server: FastifyInstance;
  const page = (locale: string, script: string) => `<!doctype html><html lang="${locale}"><body><script src="/${script}"></script></body></html>`;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'trp-web-host-i18n-'));
    for (const [locale, script] of [
      ['en', 'main-ENGLISH1.js'],
      ['es', 'main-SPANISH1.js'],
    ] as const) {
      mkdirSync(join(dir, locale));
      writeFileSync(join(dir, locale, 'index.html'), page(locale, script));
      writeFileSync(join(dir, locale, 'portal.html'), page(locale, `portal-${script}`));
      writeFileSync(join(dir, locale, script), `console.log('${locale}')`);
    }
    server = Fastify();
    await server.register((await import('@fastify/cookie')).default);
    const app = { register: (plugin: never, options: never) => server.register(plugin, options) } as unknown as NestFastifyApplication;
    const fallback = await serveWebApp(app, dir);
    server.setNotFoundHandler((request, reply) => {
      if (!fallback?.(request, reply)) void reply.code(404).send({ statusCode: 404 });
    });
    await server.ready();
  });

  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers the English pages by default, saying so', async () => {
    const response = await server.inject({ url: '/couples', headers: { accept: 'text/html' } });
    expect(response.body).toBe(page('en', 'main-ENGLISH1.js'));
    expect(response.headers['content-language']).toBe('en');
    expect(response.headers['vary']).toMatch(/accept-language/i);
  });

  it('answers the Spanish pages to a browser that prefers Spanish', async () => {
    const response = await server.inject({ url: '/portal', headers: { accept: 'text/html', 'accept-language': 'es-MX,es;q=0.9,en;q=0.5' } });
    expect(response.body).toBe(page('es', 'portal-main-SPANISH1.js'));
    expect(response.headers['content-language']).toBe('es');
  });

  it('follows the locale cookie over the browser language', async () => {
    const response = await server.inject({ url: '/i/a-token', headers: { accept: 'text/html', 'accept-language': 'en', cookie: 'trp_locale=es' } });
    expect(response.body).toBe(page('es', 'portal-main-SPANISH1.js'));
  });

  it("serves each locale's files below its own path, and the English copy's at the top (favicon…)", async () => {
    expect((await server.inject({ url: '/en/main-ENGLISH1.js' })).body).toBe("console.log('en')");
    expect((await server.inject({ url: '/es/main-SPANISH1.js' })).body).toBe("console.log('es')");
    expect((await server.inject({ url: '/main-ENGLISH1.js' })).body).toBe("console.log('en')");
  });
});

describe('cacheControlFor', () => {
  it.each([
    ['main-ZLUFEKGD.js', true],
    ['chunk-B-8fInZA.js', true],
    ['chunk-_Ytbz007.js.br', true],
    ['styles-GOHPZJFA.css.gz', true],
    ['/srv/web/media/roboto-latin-400-normal-LOX3CHMS.woff2', true],
    ['index.html', false],
    ['index.html.br', false],
    ['favicon.ico', false],
    ['3rdpartylicenses.txt', false],
  ])('%s: immutable %s', (path, immutable) => {
    expect(cacheControlFor(path)).toBe(immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  });
});
