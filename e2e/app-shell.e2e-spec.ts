import { Browser } from 'playwright-core';
import { accessibilityViolations, DESKTOP, hasHorizontalScroll, launchBrowser, newPage, PHONE, screenshot } from './support/browser';

describe('the served web app', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  for (const [label, viewport] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
    it(`shows a signed-out visitor the sign-in page at ${label} size with no accessibility violations`, async () => {
      const { context, page } = await newPage(browser, viewport);
      try {
        const response = await page.goto('/');
        expect(response?.status()).toBe(200);
        await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
        expect(new URL(page.url()).pathname).toBe('/sign-in');
        await expect(page.title()).resolves.toBe('Sign in · Trust Repair Practice');
        await page.getByLabel('Email', { exact: true }).waitFor();
        expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
        expect(await hasHorizontalScroll(page)).toBe(false);
        await screenshot(page, 'first-page');
        expect(await accessibilityViolations(page)).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('serves deep links through the SPA fallback and shows the not-found page for unknown ones', async () => {
    const { context, page } = await newPage(browser, DESKTOP);
    try {
      const response = await page.goto('/no/such/page');
      expect(response?.status()).toBe(200);
      await page.getByRole('heading', { name: "We can't find that page" }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('loads no resource from another origin (fonts and icons are bundled)', async () => {
    const { context, page } = await newPage(browser, DESKTOP);
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(new URL(page.url() === 'about:blank' ? process.env.E2E_BASE_URL ?? '' : page.url()).origin) && !request.url().startsWith('data:')) {
        foreign.push(request.url());
      }
    });
    try {
      await page.goto('/');
      await page.waitForLoadState('networkidle');
      expect(foreign).toEqual([]);
      const iconFontLoaded = await page.evaluate(() => document.fonts.check('24px "Material Symbols Outlined"'));
      expect(iconFontLoaded).toBe(true);
    } finally {
      await context.close();
    }
  });
});
