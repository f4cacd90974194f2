import type { Locale } from '@trp/contracts';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { ROOT } from './api-build';
import { freePort } from './cluster';
import { sha256, withClient } from './fixtures';
import { startApi } from './servers';
import type { Row } from './table';

const CHROME = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface Size {
  raw: number;
  gzip: number;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (buffer: Buffer) => gzipSync(buffer, { level: 9 }).length;

/** The blank Angular Material app (tools/bench/blank-app), built with the same Angular CLI in this run. */
function blankAppInitialJs(): Size {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', '@angular', 'cli', 'bin', 'ng.js'), 'build'], {
    cwd: join(ROOT, 'tools', 'bench', 'blank-app'),
    env: { ...process.env, NG_CLI_ANALYTICS: 'false' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`blank app build failed: ${result.stdout}${result.stderr}`);
  const dist = join(ROOT, 'tmp', 'bench', 'blank-dist', 'browser');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1] as string));
  const size: Size = { raw: 0, gzip: 0 };
  for (const file of files) {
    const buffer = readFileSync(join(dist, file));
    size.raw += buffer.length;
    size.gzip += gz(buffer);
  }
  return size;
}

/** Every script the browser fetched to show the page (initial chunks and the route's lazy chunks), raw and gzip. */
export async function pageJs(
  url: string,
  prepare: (request: { post: (path: string, body: unknown) => Promise<void> }) => Promise<void>,
  ready: string,
  locale: Locale = 'en',
): Promise<Size & { bodies: Buffer[] }> {
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS.filter((f) => !f.startsWith('--headless')) });
  try {
    // The API answers the page in the browser's language (Accept-Language), i.e. that locale's copy of the app.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale });
    await prepare({
      post: async (path, body) => {
        const response = await context.request.post(new URL(path, url).toString(), { data: body as object });
        if (!response.ok()) throw new Error(`${path} answered ${response.status()}`);
      },
    });
    const page = await context.newPage();
    const scripts: Promise<Buffer>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.body());
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForSelector(ready, { timeout: 15_000 });
    const bodies = await Promise.all(scripts);
    return { raw: bodies.reduce((s, b) => s + b.length, 0), gzip: bodies.reduce((s, b) => s + gz(b), 0), bodies };
  } finally {
    await browser.close();
  }
}

/** Lighthouse (mobile: phone screen, simulated slow 4G and CPU) on the partner portal with a live partner session. */
async function lighthousePortal(url: string, cookie: string): Promise<{ score: number; lcp: number; tbt: number; cls: number }> {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], extraHeaders: { Cookie: cookie } });
    const lhr = result?.lhr;
    if (!lhr) throw new Error('lighthouse gave no result');
    return {
      score: lhr.categories['performance']?.score ?? 0,
      lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
      tbt: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
      cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    };
  } finally {
    chrome.kill();
  }
}

/** Target 5: initial JavaScript of the portal and the staff dashboard beside a blank Material app; Lighthouse on the portal. */
export async function webBench(databaseUrl: string, counselorEmail: string, password: string, log: (line: string) => void): Promise<Row[]> {
  const blank = blankAppInitialJs();
  const api = await startApi('api (web)', await freePort(), databaseUrl);
  try {
    const token = randomBytes(32).toString('base64url');
    await withClient(databaseUrl, async (client) => {
      const { rows } = await client.query(
        `SELECT p.id, p.practice_id, c.counselor_id FROM partner p JOIN couple c ON c.id = p.couple_id
          WHERE c.status = 'active' AND EXISTS (SELECT 1 FROM assignment a WHERE a.couple_id = c.id AND a.status = 'open') ORDER BY p.id DESC LIMIT 1`,
      );
      const partner = rows[0];
      await client.query(`UPDATE invite_link SET revoked_at = now() WHERE partner_id = $1 AND revoked_at IS NULL`, [partner.id]);
      await client.query(`INSERT INTO invite_link (practice_id, partner_id, token_hash, created_by_user_id, expires_at) VALUES ($1, $2, $3, $4, now() + interval '30 days')`, [
        partner.practice_id,
        partner.id,
        sha256(token),
        partner.counselor_id,
      ]);
    });
    const portal = await pageJs(`${api.base}/i/${token}`, async () => undefined, 'main');
    // The same partner reading Spanish: their locale set, a fresh link, a Spanish browser.
    await withClient(databaseUrl, (client) => client.query(`UPDATE partner SET locale = 'es' WHERE id = (SELECT partner_id FROM invite_link WHERE revoked_at IS NULL ORDER BY created_at DESC LIMIT 1)`));
    const portalEs = await pageJs(`${api.base}/i/${await reissue(databaseUrl)}`, async () => undefined, 'main', 'es');
    await withClient(databaseUrl, (client) => client.query(`UPDATE partner SET locale = 'en' WHERE locale = 'es'`));
    const dashboard = await pageJs(`${api.base}/`, (request) => request.post('/api/auth/login', { email: counselorEmail, password }), 'main');
    log(`web: blank ${kb(blank.gzip)} gzip, portal ${kb(portal.gzip)} (es ${kb(portalEs.gzip)}), dashboard ${kb(dashboard.gzip)}`);

    const exchange = await fetch(`${api.base}/api/portal/session`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.250.0.1' }, body: JSON.stringify({ token: await reissue(databaseUrl) }) });
    const cookie = exchange.headers
      .getSetCookie()
      .map((line) => line.split(';')[0])
      .join('; ');
    const lh = await lighthousePortal(`${api.base}/portal`, cookie);
    const ratio = dashboard.gzip / blank.gzip;
    return [
      { section: '5 web', what: 'blank Angular Material app, initial JS', figure: `${kb(blank.raw)} raw, ${kb(blank.gzip)} gzip` },
      { section: '5 web', what: 'partner portal (/i/<token> → /portal), JS loaded, English', figure: `${kb(portal.raw)} raw, ${kb(portal.gzip)} gzip`, target: '≤ 120 KB gzip', met: portal.gzip <= 120 * 1024 },
      { section: '5 web', what: 'partner portal, JS loaded, Spanish', figure: `${kb(portalEs.raw)} raw, ${kb(portalEs.gzip)} gzip`, target: '≤ 120 KB gzip', met: portalEs.gzip <= 120 * 1024 },
      { section: '5 web', what: 'staff dashboard (/), JS loaded', figure: `${kb(dashboard.raw)} raw, ${kb(dashboard.gzip)} gzip = ${ratio.toFixed(2)}× blank`, target: '≤ 1.3× blank', met: ratio <= 1.3 },
      { section: '5 web', what: 'Lighthouse portal (mobile): performance score', figure: lh.score.toFixed(2), target: '≥ 0.95', met: lh.score >= 0.95 },
      { section: '5 web', what: 'Lighthouse portal: LCP / TBT / CLS', figure: `${(lh.lcp / 1000).toFixed(2)} s / ${lh.tbt.toFixed(0)} ms / ${lh.cls.toFixed(3)}`, target: '≤ 2.5 s / ≤ 200 ms / ≤ 0.1', met: lh.lcp <= 2500 && lh.tbt <= 200 && lh.cls <= 0.1 },
    ];
  } finally {
    await api.stop();
  }

  async function reissue(url: string): Promise<string> {
    const fresh = randomBytes(32).toString('base64url');
    await withClient(url, async (client) => {
      const { rows } = await client.query(`SELECT partner_id, practice_id, created_by_user_id FROM invite_link WHERE revoked_at IS NULL ORDER BY created_at DESC LIMIT 1`);
      const link = rows[0];
      await client.query(`UPDATE invite_link SET revoked_at = now() WHERE partner_id = $1 AND revoked_at IS NULL`, [link.partner_id]);
      await client.query(`INSERT INTO invite_link (practice_id, partner_id, token_hash, created_by_user_id, expires_at) VALUES ($1, $2, $3, $4, now() + interval '30 days')`, [
        link.practice_id,
        link.partner_id,
        sha256(fresh),
        link.created_by_user_id,
      ]);
    });
    return fresh;
  }
}
