import { APIRequestContext, Browser, BrowserContext, Page, request as playwrightRequest } from 'playwright-core';
import { accessibilityViolations, baseUrl, DESKTOP, hasHorizontalScroll, launchBrowser, newPage, PHONE, screenshot } from './support/browser';
import { submitThroughPortal } from './support/partner-answers';
import { createSoloPractice, signInThroughPage } from './support/staff';

/** The narrowest phone we support: a staff page must fit it with no sideways scrolling. */
const NARROW = { width: 320, height: 640 } as const;
const ADMIN = { email: 'jo.narrow@example.com', password: 'narrow paths between tall hedges', name: 'Jo Narrowfield-Counselor' };

/** The answers each partner submits (intensities set: an untouched one is no answer). */
const ANSWERS: Record<string, Record<string, unknown>> = {
  'acknowledge-the-breach': {
    whatHappened: 'I found messages on the shared laptop and we have not really talked about it since the weekend.',
    feelingsNow: [
      { emotion: 'betrayal', intensity: 9 },
      { emotion: 'disappointment', intensity: 7 },
    ],
    readiness: 6,
    safetyCheck: 'yes',
  },
  'communicate-openly': {
    feelingsTable: {
      mine: [
        { emotion: 'hurt', intensity: 9 },
        { emotion: 'disappointment', intensity: 8 },
      ],
      partner: [{ emotion: 'guilt', intensity: 8 }],
    },
    concern: 'Coming home late without a message',
    safetyCheck: 'yes',
  },
};

/** The elements that stick out past the right edge of the viewport (the widest first), to say what to fix. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].slice(0, 3).map((c) => `.${c}`).join('')}`;
    const inRegion = (el: Element | null) => !!el?.closest('[role="region"][tabindex]');
    const boxes = [...document.querySelectorAll('body *')].map((el) => ({ what: describe(el), el, right: el.getBoundingClientRect().right }));
    // Text can stick out of its box (a long word), and a pseudo-element or a scaled label leaves no box of its own.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      const parent = node.parentElement;
      if (parent) boxes.push({ what: `text "${(node.textContent ?? '').trim().slice(0, 40)}" in ${describe(parent)}`, el: parent, right: range.getBoundingClientRect().right });
    }
    for (const el of document.querySelectorAll('body *')) {
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible' && el.clientWidth > 0) {
        boxes.push({ what: `content of ${describe(el)} (${el.scrollWidth} > ${el.clientWidth})`, el, right: el.getBoundingClientRect().left + el.scrollWidth });
      }
    }
    return boxes
      .filter(({ el, right }) => right > width + 1 && !inRegion(el))
      .sort((a, b) => b.right - a.right)
      .slice(0, 8)
      .map(({ what, right }) => `${what} (${Math.round(right)}px)`);
  });
}

/** At 320 px the page must not scroll sideways; screenshots at 320, 360 and 1280 px. */
async function checkFits(page: Page, name: string): Promise<void> {
  for (const viewport of [NARROW, PHONE, DESKTOP]) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(150);
    if (viewport === NARROW) {
      const scrolls = await hasHorizontalScroll(page);
      expect({ name, width: viewport.width, horizontalScroll: scrolls, sticksOut: scrolls ? await overflowing(page) : [] }).toEqual({
        name,
        width: viewport.width,
        horizontalScroll: false,
        sticksOut: [],
      });
    }
    await screenshot(page, `narrow-${name}`);
  }
  await page.setViewportSize(NARROW);
}

async function open(page: Page, path: string, heading: string | RegExp): Promise<void> {
  await page.goto(path);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.waitForLoadState('networkidle');
}

async function staffApi(): Promise<{ api: APIRequestContext; xsrf: () => Promise<string> }> {
  const api = await playwrightRequest.newContext({ baseURL: baseUrl() });
  const login = await api.post('/api/auth/login', { data: { email: ADMIN.email, password: ADMIN.password } });
  if (!login.ok()) throw new Error(`sign-in answered ${login.status()}`);
  const xsrf = async () => (await api.storageState()).cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  return { api, xsrf };
}

describe('every staff page fits a 320 px phone; the portal follows the system dark mode', () => {
  let browser: Browser;
  let api: APIRequestContext;
  let xsrf: () => Promise<string>;
  let coupleId = '';
  let partnerIds: string[] = [];
  const assignmentIds: Record<string, string> = {};
  let invitationUrl = '';

  beforeAll(async () => {
    await createSoloPractice('Narrow Lane Couples Counselling', ADMIN);
    ({ api, xsrf } = await staffApi());
    const post = async (path: string, data: unknown = {}) => {
      const answer = await api.post(path, { data, headers: { 'X-XSRF-TOKEN': await xsrf() } });
      if (!answer.ok()) throw new Error(`POST ${path} answered ${answer.status()}: ${await answer.text()}`);
      return answer.json();
    };
    const couple = await post('/api/couples', {
      label: 'Alexandrina-Maximiliana & Bartholomew-Konstantin (a long label)',
      partners: [
        { displayName: 'Alexandrina-Maximiliana', email: 'alexandrina.maximiliana.long-address@example.com', perspective: 'hurt' },
        { displayName: 'Bartholomew-Konstantin', perspective: 'involved' },
      ],
    });
    coupleId = couple.id;
    partnerIds = couple.partners.map((p: { id: string }) => p.id);
    const links: string[] = [];
    for (const partnerId of partnerIds) links.push((await post(`/api/couples/${coupleId}/partners/${partnerId}/invite-link`)).url);
    for (const exerciseKey of Object.keys(ANSWERS)) {
      const dueAt = new Date(Date.now() + 5 * 86_400_000).toISOString();
      assignmentIds[exerciseKey] = (await post(`/api/couples/${coupleId}/assignments`, { exerciseKey, dueAt, instructions: 'Answer on your own, in a quiet moment.' })).id;
    }
    for (const link of links) await submitThroughPortal(link, (key) => ANSWERS[key] ?? { safetyCheck: 'yes' });
    await post(`/api/couples/${coupleId}/notes`, { body: 'Both came on time. A calmer session; they agreed to try the weekly check-in.' });
    // A second, archived couple, so the couples list shows both kinds.
    const archived = await post('/api/couples', { label: 'Archived couple', partners: [{ displayName: 'Cleo' }, { displayName: 'Dario' }] });
    await post(`/api/couples/${archived.id}/archive`);
    invitationUrl = (await post('/api/admin/invitations', { email: 'new.counselor.with.a.long.address@example.com', roles: ['counselor'] })).inviteUrl;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await api?.dispose();
    await browser?.close();
  });

  it('signed out: sign-in, accept an invitation', async () => {
    const { context, page } = await newPage(browser, NARROW);
    await open(page, '/sign-in', 'Sign in');
    await checkFits(page, 'sign-in');
    await open(page, new URL(invitationUrl).pathname, /Set up your account|Welcome/);
    await checkFits(page, 'accept-invitation');
    await context.close();
  });

  describe('signed in (admin and counselor)', () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      ({ context, page } = await newPage(browser, NARROW));
      await signInThroughPage(page, ADMIN);
    });
    afterAll(() => context?.close());

    it('the caseload: dashboard, couples (and the add dialog), a couple (and the assign dialog), review, prep', async () => {
      await open(page, '/', 'Your caseload');
      await checkFits(page, 'dashboard');

      await open(page, '/couples', 'Couples');
      await page.getByRole('radio', { name: 'All' }).or(page.getByRole('button', { name: 'All', exact: true })).first().click();
      await page.getByText('Archived couple').waitFor();
      await checkFits(page, 'couples');
      await page.getByRole('button', { name: 'Add a couple' }).first().click();
      await page.getByRole('dialog').getByRole('heading', { name: 'Add a couple' }).waitFor();
      await checkFits(page, 'add-couple-dialog');
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });

      await open(page, `/couples/${coupleId}`, /Alexandrina-Maximiliana/);
      await checkFits(page, 'couple');
      await page.getByRole('button', { name: 'Assign an exercise' }).click();
      await page.getByRole('dialog').getByRole('heading', { name: 'Assign an exercise' }).waitFor();
      await checkFits(page, 'assign-dialog');
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });

      for (const [key, id] of Object.entries(assignmentIds)) {
        await page.goto(`/assignments/${id}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.waitForLoadState('networkidle');
        await checkFits(page, `review-${key}`);
      }

      await page.goto(`/couples/${coupleId}/prep`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      await checkFits(page, 'prep');

      await open(page, '/exercises', 'Exercise preview');
      await checkFits(page, 'exercise-preview');
    });

    it('the own account: change password, two-step sign-in', async () => {
      await open(page, '/account/password', 'Change password');
      await checkFits(page, 'change-password');
      await open(page, '/account/mfa', 'Two-step sign-in');
      await checkFits(page, 'mfa');
    });

    it('administration: accounts (and the invite dialog), practice settings, audit log; a page that does not exist', async () => {
      await open(page, '/admin/users', 'Accounts');
      await checkFits(page, 'accounts');
      await page.getByRole('button', { name: /Invite/ }).first().click();
      await page.getByRole('dialog').waitFor();
      await checkFits(page, 'invite-dialog');
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });

      await open(page, '/admin/practice', 'Practice settings');
      await checkFits(page, 'practice-settings');

      await open(page, '/admin/audit', 'Audit log');
      await page.getByText('Viewed a couple’s answers').first().waitFor();
      await checkFits(page, 'audit-log');
      // Readable: actions in words, names instead of ids, never the couple's label or a partner's name.
      const table = (await page.getByRole('region', { name: 'Audit log entries' }).textContent()) ?? '';
      expect(table).toContain('Signed in');
      expect(table).toContain(ADMIN.name);
      expect(table).toContain(`${coupleId.slice(0, 8)} (${ADMIN.name}’s caseload)`);
      expect(table).not.toMatch(/Alexandrina|Bartholomew|response\.viewed|auth\.sign_in/);
      expect(table).not.toContain(coupleId);

      await open(page, '/no-such-page', "We can't find that page");
      await checkFits(page, 'not-found');
    });
  });

  it('the portal follows the system dark mode: a dark background, and axe finds nothing at either size', async () => {
    const fresh = await api.post(`/api/couples/${coupleId}/partners/${partnerIds[0]}/invite-link`, { headers: { 'X-XSRF-TOKEN': await xsrf() } });
    expect(fresh.status()).toBe(201);
    const link = ((await fresh.json()) as { url: string }).url;
    const context = await browser.newContext({ viewport: PHONE, baseURL: baseUrl(), reducedMotion: 'reduce', colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(new URL(link).pathname);
    await page.waitForURL((url) => url.pathname === '/portal');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');

    const luminance = () =>
      page.evaluate(() => {
        const [r, g, b] = (getComputedStyle(document.body).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
        const channel = (c = 0) => ((c / 255) <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
      });
    expect(await luminance()).toBeLessThan(0.05);
    for (const viewport of [PHONE, DESKTOP]) {
      await page.setViewportSize(viewport);
      await page.waitForTimeout(150);
      await screenshot(page, 'portal-dark-home');
      expect({ page: 'home', width: viewport.width, violations: await accessibilityViolations(page) }).toEqual({ page: 'home', width: viewport.width, violations: [] });
    }

    await page.goto(`/portal/assignments/${assignmentIds['communicate-openly']}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await luminance()).toBeLessThan(0.05);
    for (const viewport of [PHONE, DESKTOP]) {
      await page.setViewportSize(viewport);
      await page.waitForTimeout(150);
      await screenshot(page, 'portal-dark-answers');
      expect({ page: 'answers', width: viewport.width, violations: await accessibilityViolations(page) }).toEqual({ page: 'answers', width: viewport.width, violations: [] });
    }

    // The same portal with a light system setting stays light.
    const light = await browser.newContext({ viewport: PHONE, baseURL: baseUrl(), colorScheme: 'light' });
    const lightPage = await light.newPage();
    await lightPage.goto('/i/not-a-real-token');
    await lightPage.getByRole('heading', { level: 1 }).waitFor();
    const lightBackground = await lightPage.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(lightBackground).not.toBe(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
    await light.close();
    await context.close();
  });
});
