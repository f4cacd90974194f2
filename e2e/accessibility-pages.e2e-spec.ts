import { Browser, BrowserContext, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, PHONE, screenshot } from './support/browser';
import { newLocalePage, TEST_LOCALES, TestLocale, untranslatedEnglish } from './support/locale';
import { motionProblems, reflowProblems, REFLOW_320, REFLOW_ZOOM_200, smallTargets, unnamedInAccessibilityTree } from './support/page-checks';
import { createDatabase, RunningServer, startServer } from './support/server';
import { signInThroughPage } from './support/staff';

/**
 * Issue 20, beyond axe, on the key pages of both sides (the demo practice: Dana's couple with six weekly
 * check-ins, their charts and their boundaries), in English and Spanish:
 * reflow at 320 px and at 1280 px zoomed to 200 % (WCAG 1.4.10), target size (2.5.8), no motion when reduced
 * motion is asked for (2.3.3), and a name for every control, chart and region in Chromium's accessibility tree (4.1.2).
 */
const DANA = { email: 'dana.reyes@riverside.example', password: 'riverside demo practice', name: 'Dana Reyes' };
const COUPLE = 'Amara & Theo';

interface KeyPage {
  readonly name: string;
  readonly side: 'staff' | 'portal';
  readonly path: () => string;
  /** Waits until the page shows what it is about. */
  ready(page: Page): Promise<void>;
}

async function xsrf(context: BrowserContext): Promise<Record<string, string>> {
  return { 'X-XSRF-TOKEN': decodeURIComponent((await context.cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '') };
}

describe('key pages: reflow, target size, reduced motion and names for screen readers', () => {
  let database: { url: string; drop(): Promise<void> };
  let server: RunningServer;
  let browser: Browser;
  let coupleId = '';
  let reviewId = '';
  let exerciseId = '';
  let invitePath = '';
  let staffCookies: Awaited<ReturnType<BrowserContext['cookies']>> = [];

  beforeAll(async () => {
    database = await createDatabase();
    server = await startServer({ DATABASE_URL: database.url, DEMO_DATA: 'true' });
    browser = await launchBrowser();
    // Dana signs in once; her cookies open the staff pages in every context below.
    const { context, page } = await newLocalePage(browser, 'en', DESKTOP, { baseURL: server.baseUrl });
    await signInThroughPage(page, DANA);
    const couples = (await (await page.request.get('/api/couples?limit=50')).json()) as { items: { id: string; label: string }[] };
    coupleId = couples.items.find((c) => c.label === COUPLE)?.id ?? '';
    const assignments = (await (await page.request.get(`/api/couples/${coupleId}/assignments?limit=50`)).json()) as { items: { id: string; exerciseKey: string; status: string }[] };
    reviewId = assignments.items.find((a) => a.exerciseKey === 'weekly-check-in' && a.status === 'open')?.id ?? assignments.items[0]?.id ?? '';
    const assigned = await page.request.post(`/api/couples/${coupleId}/assignments`, { data: { exerciseKey: 'acknowledge-the-breach' }, headers: await xsrf(context) });
    expect(assigned.status()).toBe(201);
    exerciseId = ((await assigned.json()) as { id: string }).id;
    const couple = (await (await page.request.get(`/api/couples/${coupleId}`)).json()) as { partners: { id: string; displayName: string }[] };
    const amara = couple.partners.find((p) => p.displayName === 'Amara')?.id ?? '';
    const link = await page.request.post(`/api/couples/${coupleId}/partners/${amara}/invite-link`, { headers: await xsrf(context) });
    invitePath = new URL(((await link.json()) as { url: string }).url).pathname;
    staffCookies = (await context.cookies()).filter((c) => c.name !== 'trp_locale');
    await context.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await database?.drop();
  });

  const PAGES: KeyPage[] = [
    { name: 'portal home', side: 'portal', path: () => '/portal', ready: (p) => p.locator('a.home-card').first().waitFor() },
    { name: 'exercise page', side: 'portal', path: () => `/portal/assignments/${exerciseId}`, ready: (p) => p.locator('trp-exercise-form .trp-form__field').first().waitFor() },
    { name: 'dashboard', side: 'staff', path: () => '/', ready: (p) => p.locator('main h1').first().waitFor() },
    { name: 'couple page', side: 'staff', path: () => `/couples/${coupleId}`, ready: (p) => p.locator('figure.chart').first().waitFor() },
    { name: 'review', side: 'staff', path: () => `/assignments/${reviewId}`, ready: (p) => p.locator('app-aligned-answers').waitFor() },
  ];

  /** A page of `side` in `locale`: the staff cookies, or a partner session from the invite link. */
  async function open(locale: TestLocale, key: KeyPage, viewport: { width: number; height: number }, deviceScaleFactor = 1): Promise<{ context: BrowserContext; page: Page }> {
    const opened = await newLocalePage(browser, locale, viewport, { baseURL: server.baseUrl, deviceScaleFactor });
    if (key.side === 'staff') await opened.context.addCookies(staffCookies);
    else {
      await opened.page.goto(invitePath);
      await opened.page.locator('h1.home-title').waitFor();
    }
    // Signing in and opening the link set the person's own language (English for the demo people): the page is
    // checked in `locale`, as after they chose it.
    await opened.context.addCookies([{ name: 'trp_locale', value: locale, url: server.baseUrl }]);
    await opened.page.goto(key.path());
    await key.ready(opened.page);
    await opened.page.evaluate(() => document.fonts.ready.then(() => undefined));
    await opened.page.waitForTimeout(300);
    return opened;
  }

  it('the checks themselves catch a small crowded target, motion, a sideways scroll, an unnamed control and English words', async () => {
    const { context, page } = await open('en', PAGES[0] as KeyPage, PHONE);
    try {
      await page.evaluate(() => {
        const main = document.querySelector('main') ?? document.body;
        const probe = document.createElement('div');
        probe.id = 'probe';
        probe.innerHTML =
          '<button style="width:16px;height:16px;padding:0;min-width:0" aria-label="a">.</button><button style="width:16px;height:16px;padding:0;min-width:0" aria-label="b">.</button>' +
          '<div style="width:900px;height:4px"></div><input type="text" style="width:120px">' +
          '<p style="animation: probe-spin 2s infinite !important">Loading your answers</p><style>@keyframes probe-spin { to { opacity: 0.5 } }</style>';
        main.prepend(probe);
      });
      expect((await smallTargets(page)).join('\n')).toMatch(/button.*"a" is 16×16/);
      expect((await reflowProblems(page)).join('\n')).toMatch(/scrolls sideways/);
      expect((await motionProblems(page)).join('\n')).toMatch(/probe-spin/);
      expect((await unnamedInAccessibilityTree(page, '#probe')).join('\n')).toMatch(/textbox/);
      expect((await untranslatedEnglish(page)).map((f) => f.word)).toEqual(expect.arrayContaining(['loading', 'your', 'answers']));
    } finally {
      await context.close();
    }
  });

  describe.each(TEST_LOCALES)('in %s', (locale: TestLocale) => {
    it.each(PAGES.map((p) => [p.name, p] as const))('%s reflows at 320 px and at 200 %% zoom, with no clipped controls', async (_name, key) => {
      for (const size of [REFLOW_320, REFLOW_ZOOM_200]) {
        const { context, page } = await open(locale, key, size.viewport, size.deviceScaleFactor);
        try {
          if (key.name === 'exercise page') {
            // With feelings picked, their sliders are on the page too.
            await page.locator('trp-emotions-field input[type=checkbox]').first().check();
            await page.waitForTimeout(200);
          }
          const problems = await reflowProblems(page);
          await screenshot(page, `a11y-reflow-${key.name.replace(/\s+/g, '-')}-${size.label.replace(/[@%]/g, '')}-${locale}`);
          expect({ page: key.name, size: size.label, problems }).toEqual({ page: key.name, size: size.label, problems: [] });
        } finally {
          await context.close();
        }
      }
    });

    it.each(PAGES.map((p) => [p.name, p] as const))('%s: every target is 24 px or spaced (WCAG 2.5.8), at 360 and 1280 px', async (_name, key) => {
      for (const viewport of [PHONE, DESKTOP]) {
        const { context, page } = await open(locale, key, viewport);
        try {
          if (key.name === 'exercise page') await page.locator('trp-emotions-field input[type=checkbox]').first().check();
          const problems = await smallTargets(page);
          expect({ page: key.name, width: viewport.width, problems }).toEqual({ page: key.name, width: viewport.width, problems: [] });
        } finally {
          await context.close();
        }
      }
    });

    it.each(PAGES.map((p) => [p.name, p] as const))('%s: nothing moves with reduced motion asked for', async (_name, key) => {
      const { context, page } = await open(locale, key, DESKTOP);
      try {
        // Hover and focus the first few controls: transitions start on those.
        const controls = page.locator('main button:visible, main a[href]:visible, main input[type=checkbox]:visible');
        const count = Math.min(await controls.count(), 6);
        for (let i = 0; i < count; i++) {
          await controls.nth(i).hover({ timeout: 2000 }).catch(() => undefined);
          await page.keyboard.press('Tab');
        }
        if (key.name === 'exercise page') await page.locator('trp-emotions-field input[type=checkbox]').first().check();
        const problems = await motionProblems(page);
        expect({ page: key.name, problems }).toEqual({ page: key.name, problems: [] });
      } finally {
        await context.close();
      }
    });

    it.each(PAGES.map((p) => [p.name, p] as const))('%s: every control, chart and region has a name in the accessibility tree', async (_name, key) => {
      const { context, page } = await open(locale, key, DESKTOP);
      try {
        if (key.name === 'exercise page') await page.locator('trp-emotions-field input[type=checkbox]').first().check();
        const unnamed = await unnamedInAccessibilityTree(page, 'main');
        expect({ page: key.name, unnamed }).toEqual({ page: key.name, unnamed: [] });
        const tree = await page.locator('main').ariaSnapshot();
        if (key.name === 'couple page' || key.name === 'review') {
          // Charts are images with a spoken summary; their tables stay one click away.
          const charts = page.locator('figure.chart svg[role="img"]');
          expect(await charts.count()).toBeGreaterThan(0);
          for (const chart of await charts.all()) {
            const name = await chart.evaluate((el) => el.getAttribute('aria-label') ?? (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' '));
            expect(name.trim().length).toBeGreaterThan(10);
          }
          expect(tree).toMatch(/img "[^"]{10,}/);
        }
        // Status messages have a live region to speak from.
        const live = await page.locator('[role="status"], [aria-live="polite"], [aria-live="assertive"], [role="alert"]').count();
        expect({ page: key.name, liveRegions: live > 0 }).toEqual({ page: key.name, liveRegions: true });
        if (key.name === 'exercise page') {
          await expect(page.locator('.answer-save').getAttribute('role')).resolves.toBe('status');
          // Every field of the form is a named control or a named group.
          const groups = tree.split('\n').filter((line) => /- (group|radiogroup)\s*(\[[^\]]*\])?:?\s*$/.test(line));
          expect(groups).toEqual([]);
        }
      } finally {
        await context.close();
      }
    });
  });
});
