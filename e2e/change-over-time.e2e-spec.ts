import { join } from 'node:path';
import { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { accessibilityViolations, DESKTOP, hasHorizontalScroll, launchBrowser, PHONE, screenshot, SCREENSHOT_DIR } from './support/browser';
import { createDatabase, RunningServer, startServer } from './support/server';
import { signInThroughPage } from './support/staff';

/** The demo practice (DEMO_DATA=true): Dana's couple with six weekly check-ins and their boundaries, both answered. */
const DANA = { email: 'dana.reyes@riverside.example', password: 'riverside demo practice', name: 'Dana Reyes' };
const COUPLE = 'Amara & Theo';
const CHECK_IN = 'How are things this week';
const BOUNDARIES = 'Set boundaries and expectations';
const REWORDED = 'A walk together on Sunday mornings, just the two of us';

/** At 360 then 1280 px: no sideways scroll, axe 0 (charts included), a full-page screenshot and one of `part`. */
async function checkAtBothSizes(page: Page, name: string, part?: Locator): Promise<void> {
  for (const viewport of [PHONE, DESKTOP]) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(250);
    expect({ name, width: viewport.width, horizontalScroll: await hasHorizontalScroll(page) }).toEqual({ name, width: viewport.width, horizontalScroll: false });
    await screenshot(page, `change-over-time-${name}`);
    if (part) {
      // The part alone, clipped from the full page (the sticky toolbar stays at the top), in colour and in greyscale.
      const clip = await part.evaluate((el) => {
        window.scrollTo(0, 0); // else the sticky toolbar is drawn where the page was scrolled to
        const r = el.getBoundingClientRect();
        return { x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height };
      });
      const file = (suffix: string) => join(SCREENSHOT_DIR, `change-over-time-${name}-${suffix}-${viewport.width}.png`);
      await page.screenshot({ path: file('part'), fullPage: true, clip });
      await page.evaluate(() => (document.documentElement.style.filter = 'grayscale(1)'));
      await page.screenshot({ path: file('part-grey'), fullPage: true, clip });
      await page.evaluate(() => (document.documentElement.style.filter = ''));
    }
    expect({ name, width: viewport.width, violations: await accessibilityViolations(page) }).toEqual({ name, width: viewport.width, violations: [] });
  }
}

async function xsrf(context: BrowserContext): Promise<Record<string, string>> {
  return { 'X-XSRF-TOKEN': (await context.cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '' };
}

describe('change over time: a counselor reads the charts, works the agreement and shares it; the partner reads it on a phone', () => {
  let database: { url: string; drop(): Promise<void> };
  let server: RunningServer;
  let browser: Browser;
  let staff: BrowserContext;
  let page: Page;
  let coupleId = '';
  let amaraId = '';

  beforeAll(async () => {
    // Its own server on the demo practice: the shared one starts with DEMO_DATA=false.
    database = await createDatabase();
    server = await startServer({ DATABASE_URL: database.url, DEMO_DATA: 'true' });
    browser = await launchBrowser();
    staff = await browser.newContext({ viewport: DESKTOP, baseURL: server.baseUrl, reducedMotion: 'reduce' });
    page = await staff.newPage();
  });

  afterAll(async () => {
    await staff?.close();
    await browser?.close();
    await server?.stop();
    await database?.drop();
  });

  it('opens the couple and reads the "Change over time" charts and their tables', async () => {
    await signInThroughPage(page, DANA);
    await page.goto('/couples');
    await page.getByRole('link', { name: COUPLE }).first().click();
    await page.getByRole('heading', { level: 1, name: COUPLE }).waitFor();
    coupleId = new URL(page.url()).pathname.split('/')[2] ?? '';
    const panel = page.getByRole('region', { name: 'Change over time' });
    const checkIn = panel.getByRole('region', { name: `${CHECK_IN}, over time` });
    await checkIn.waitFor();
    await checkIn.getByText('not a validated questionnaire').waitFor();
    const charts = checkIn.locator('figure.chart');
    expect(await charts.count()).toBeGreaterThanOrEqual(2); // the score and the scale items
    const titles = await checkIn.locator('figure.chart figcaption').allTextContents();
    expect(titles.some((t) => /score/i.test(t))).toBe(true);
    // Every chart is an image with a spoken summary, and a table for whoever cannot read the picture.
    const scoreChart = charts.filter({ has: page.locator('figcaption', { hasText: /score/i }) }).first();
    const summary = await scoreChart.locator('p.summary').textContent();
    expect(summary).toMatch(/Amara/);
    expect(summary).toMatch(/Theo/);
    await scoreChart.getByText('Show as a table').click();
    const table = scoreChart.getByRole('table');
    await table.waitFor();
    await expect(table.getByRole('columnheader').allTextContents()).resolves.toEqual(['When', 'Amara', 'Theo', 'Gap']);
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(6);
    // Amara's scores climb 7 → 20, Theo's 14 → 22 (demo data); the gap column says how far apart they are.
    const first = (await rows.first().locator('td').allTextContents()).map((t) => t.trim());
    const last = (await rows.last().locator('td').allTextContents()).map((t) => t.trim());
    expect(first[0]).toMatch(/^7\b/);
    expect(first[1]).toMatch(/^14\b/);
    expect(first[2]).toBe('7');
    expect(last[0]).toMatch(/^20\b/);
    expect(last[1]).toMatch(/^22\b/);
    expect(last[2]).toBe('2');
    await checkAtBothSizes(page, 'couple-panel', panel);
  });

  it('opens the review of the newest check-in, with its chart over time', async () => {
    const item = page
      .locator('app-assignment-item article')
      .filter({ has: page.getByRole('heading', { name: CHECK_IN }) })
      .filter({ has: page.locator('.status[data-status="open"]') });
    await item.getByRole('link', { name: /Open review/ }).click();
    await page.getByRole('heading', { level: 1, name: CHECK_IN }).waitFor();
    await page.getByRole('region', { name: 'Scores' }).getByText(/Amara: 20 of 25/).waitFor();
    const overTime = page.getByRole('region', { name: 'Over time', exact: true });
    await overTime.locator('figure.chart').first().waitFor();
    expect(await overTime.locator('figure.chart svg.plot[role="img"]').count()).toBeGreaterThanOrEqual(2);
    await checkAtBothSizes(page, 'review-chart', overTime);
  });

  it('the session prep and "This week" give each partner’s score change since the last session', async () => {
    // A session ten days ago (the last one) and one tomorrow: the week's last check-in is new since then.
    for (const days of [-10, 1]) {
      const startsAt = new Date(Date.now() + days * 86_400_000).toISOString();
      const made = await page.request.post(`/api/couples/${coupleId}/sessions`, { data: { startsAt }, headers: await xsrf(staff) });
      expect(made.status()).toBe(201);
    }
    await page.goto(`/couples/${coupleId}/prep`);
    const scores = page.getByRole('region', { name: /^Scores since/ });
    await scores.getByText(/Amara: 20 · A steadier week on .*, up 3 from 17 on /).waitFor();
    await scores.getByText(/Theo: 22 · A steadier week on .*, up 2 from 20 on /).waitFor();
    await checkAtBothSizes(page, 'prep-scores', scores);
    await page.goto('/this-week');
    const entry = page.locator('section.week-entry').filter({ hasText: COUPLE });
    await entry.getByText(/Amara, How are things this week: 20 · A steadier week on .*, up 3 from 17 on /).waitFor();
    await checkAtBothSizes(page, 'this-week-scores', entry);
  });

  it('works through the boundaries agreement: decides items, rewords one and shares it', async () => {
    await page.goto(`/couples/${coupleId}`);
    await page
      .locator('app-assignment-item article')
      .filter({ has: page.getByRole('heading', { name: BOUNDARIES }) })
      .getByRole('link', { name: /Open review/ })
      .click();
    const agreement = page.getByRole('region', { name: 'Draft agreement' });
    await agreement.getByText('Not shared yet.').waitFor();
    const item = (text: string) => agreement.locator('li.item').filter({ has: page.locator('p.text', { hasText: new RegExp(`^${text}$`) }) });
    // The same words from both partners are one item, written by both.
    await expect(item('A message when plans change').locator('p.authors').textContent()).resolves.toMatch(/both/i);
    const decide = async (text: string, choice: string) => {
      await item(text).getByRole('radio', { name: choice, exact: true }).check();
      await expect(item(text).getAttribute('data-decision')).resolves.toBeTruthy();
    };
    await decide('A message when plans change', 'Agreed');
    await decide('No contact with that person outside work', 'Agreed');
    await decide('Deleting messages', 'Agreed');
    await decide('Some evenings with my friends', 'Discuss in session');
    await decide('Sunday morning walks, just the two of us', 'Not agreed');
    // Reword a near-duplicate into the words both can sign.
    const walk = item('A walk together on Sunday mornings');
    await walk.getByRole('button', { name: /Reword/ }).click();
    // One item is edited at a time: its text gives way to the field.
    await agreement.getByLabel('New wording').fill(REWORDED);
    await agreement.getByRole('button', { name: 'Save wording' }).click();
    const reworded = item(REWORDED);
    await reworded.waitFor();
    await reworded.getByRole('radio', { name: 'Agreed', exact: true }).check();
    await page.waitForFunction(() => document.querySelectorAll('li.item[data-decision="agreed"]').length === 4);
    const share = agreement.getByRole('button', { name: /Share the agreed items \(4\)/ });
    await share.click();
    await agreement.getByText(/Shared with both partners on/).waitFor();
    await checkAtBothSizes(page, 'agreement-staff', agreement);
  });

  it('the partner reads “What you agreed” on a phone: the agreed items only, no names, no scores', async () => {
    const couple = (await (await page.request.get(`/api/couples/${coupleId}`)).json()) as { partners: { id: string; displayName: string }[] };
    amaraId = couple.partners.find((p) => p.displayName === 'Amara')?.id ?? '';
    const issued = await page.request.post(`/api/couples/${coupleId}/partners/${amaraId}/invite-link`, { headers: await xsrf(staff) });
    expect(issued.status()).toBe(201);
    const { url } = (await issued.json()) as { url: string };

    const phone = await browser.newContext({ viewport: PHONE, baseURL: server.baseUrl, reducedMotion: 'reduce' });
    try {
      const partner = await phone.newPage();
      await partner.goto(url);
      await partner.getByRole('heading', { level: 1, name: /Hello, Amara/ }).waitFor();
      await partner.getByRole('link', { name: 'What you agreed' }).click();
      await partner.getByRole('heading', { level: 1, name: 'What you agreed' }).waitFor();
      const article = partner.getByRole('article', { name: BOUNDARIES });
      await article.waitFor();
      const texts = (await article.locator('li').allTextContents()).map((t) => t.trim());
      expect(texts.sort()).toEqual(['A message when plans change', REWORDED, 'Deleting messages', 'No contact with that person outside work'].sort());
      const body = (await partner.locator('main').textContent()) ?? '';
      expect(body).not.toMatch(/Sunday morning walks|Some evenings with my friends|Theo wrote|score|band|Amara & Theo/i);
      await partner.getByRole('button', { name: 'Print' }).waitFor();
      await checkAtBothSizes(partner, 'portal-agreement', article);
    } finally {
      await phone.close();
    }
  });
});
