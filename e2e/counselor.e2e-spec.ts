import { spawnSync } from 'node:child_process';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations, DESKTOP, hasHorizontalScroll, launchBrowser, newPage, PHONE, screenshot } from './support/browser';
import { submitThroughPortal } from './support/partner-answers';
import { API_MAIN, ROOT } from './support/server';

const COUNSELOR = { email: 'robin.counselor@example.com', password: 'evening river under willows', name: 'Robin Counselor' };
const COUPLE = { label: 'Alex & Sam', first: 'Alex', second: 'Sam', secondEmail: 'sam@example.com' };
const EXERCISES = ['Acknowledge the breach', 'Communicate openly and honestly', 'Set boundaries and expectations'];

type Answers = Record<string, unknown>;

/** What each partner answers, per exercise: Alex is unsure about safety, and guesses Sam's feelings poorly. */
const ANSWERS: Record<'first' | 'second', (exerciseKey: string) => Answers> = {
  first: (key) =>
    ({
      'acknowledge-the-breach': {
        whatHappened: 'I found messages on the shared laptop.',
        feelingsNow: [{ emotion: 'betrayal', intensity: 9 }],
        readiness: 6,
        safetyCheck: 'yes',
      },
      'communicate-openly': {
        feelingsTable: {
          mine: [
            { emotion: 'hurt', intensity: 9 },
            { emotion: 'betrayal', intensity: 8 },
          ],
          partner: [{ emotion: 'guilt', intensity: 8 }],
        },
        concern: 'Coming home late without a message',
        privateNote: 'I am sleeping badly and I am scared of the next argument.',
        safetyCheck: 'unsure',
      },
      'set-boundaries': { needs: ['A message when plans change'], safetyCheck: 'yes' },
    })[key] ?? { safetyCheck: 'yes' },
  second: (key) =>
    ({
      'acknowledge-the-breach': { whatHappened: 'I kept a friendship secret for months.', readiness: 8, safetyCheck: 'yes' },
      'communicate-openly': {
        feelingsTable: {
          mine: [
            { emotion: 'guilt', intensity: 4 },
            { emotion: 'fear', intensity: 7 },
          ],
          partner: [{ emotion: 'hurt', intensity: 9 }],
        },
        concern: 'Feeling watched all the time',
        privateNote: 'Things are calmer at home this week.',
        safetyCheck: 'yes',
      },
      'set-boundaries': { needs: ['Time with friends without explaining every minute'], safetyCheck: 'yes' },
    })[key] ?? { safetyCheck: 'yes' },
};

/** Screenshots at both sizes (phone first), with no sideways scrolling and no axe violations at either. */
async function checkPage(page: Page, name: string): Promise<void> {
  for (const viewport of [PHONE, DESKTOP]) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(200);
    expect({ name, width: viewport.width, horizontalScroll: await hasHorizontalScroll(page) }).toEqual({ name, width: viewport.width, horizontalScroll: false });
    await screenshot(page, `counselor-${name}`);
    expect({ name, width: viewport.width, violations: await accessibilityViolations(page) }).toEqual({ name, width: viewport.width, violations: [] });
  }
}

async function signIn(page: Page): Promise<void> {
  await page.getByLabel('Email', { exact: true }).fill(COUNSELOR.email);
  await page.getByLabel('Password', { exact: true }).fill(COUNSELOR.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

async function xsrf(context: BrowserContext): Promise<string> {
  return (await context.cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
}

describe('counselor: adds a couple, sends links, assigns the exercises and reviews the answers', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const links: Record<'first' | 'second', string> = { first: '', second: '' };
  let coupleUrl = '';

  beforeAll(async () => {
    const created = spawnSync(
      process.execPath,
      [API_MAIN, 'create-admin', '--practice', 'Harbour Couples Practice', '--email', COUNSELOR.email, '--name', COUNSELOR.name, '--password', COUNSELOR.password],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL, LOG_LEVEL: 'warn' }, encoding: 'utf8', timeout: 60_000 },
    );
    if (created.status !== 0) throw new Error(`create-admin failed (${created.status}): ${created.stderr}${created.stdout}`);
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser, DESKTOP));
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('signs in (a solo practice: the admin takes the counselor role too) and lands on a dashboard that teaches', async () => {
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await signIn(page);
    await page.getByRole('heading', { level: 1, name: 'Accounts' }).waitFor();

    const users = await page.request.get('/api/admin/users');
    expect(users.ok()).toBe(true);
    const me = ((await users.json()) as { items: { id: string; email: string }[] }).items.find((u) => u.email === COUNSELOR.email);
    const patched = await page.request.patch(`/api/admin/users/${me?.id}`, {
      data: { roles: ['admin', 'counselor'] },
      headers: { 'X-XSRF-TOKEN': await xsrf(context) },
    });
    expect({ status: patched.status(), body: patched.ok() ? '' : await patched.text() }).toEqual({ status: 200, body: '' });

    await page.goto('/');
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    if ((await heading.textContent())?.includes('Sign in')) {
      // A change of roles may end the sessions: sign in again.
      await signIn(page);
    }
    await page.getByRole('heading', { level: 1, name: 'Your caseload' }).waitFor();
    await expect(page.title()).resolves.toBe('Home · Trust Repair Practice');
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents()).resolves.toEqual([
      'Home',
      'Couples',
      'This week',
      'Exercises',
      'Exercise library',
      'Accounts',
      'Practice settings',
      'Audit log',
      'Mail',
    ]);
    await page.getByText('No couples yet — add your first couple.').waitFor();
    await checkPage(page, 'dashboard-empty');
  });

  it('adds a couple from the couples page', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Couples' }).click();
    await page.getByRole('heading', { level: 1, name: 'Couples' }).waitFor();
    await page.getByText('No couples yet — add your first couple.').waitFor();
    await checkPage(page, 'couples-empty');

    await page.getByRole('button', { name: 'Add a couple' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Add a couple' }).waitFor();
    await dialog.getByLabel('Label').fill(COUPLE.label);
    const first = dialog.getByRole('group', { name: 'First partner' });
    await first.getByLabel('Name').fill(COUPLE.first);
    await first.getByRole('radio', { name: 'Hurt partner' }).check();
    const second = dialog.getByRole('group', { name: 'Second partner' });
    await second.getByLabel('Name').fill(COUPLE.second);
    await second.getByLabel('Email (optional)').fill(COUPLE.secondEmail);
    await second.getByRole('radio', { name: 'Broke the trust' }).check();
    await checkPage(page, 'add-couple-dialog');
    await dialog.getByRole('button', { name: 'Add couple' }).click();

    await page.getByRole('heading', { level: 1, name: COUPLE.label }).waitFor();
    coupleUrl = new URL(page.url()).pathname;
    expect(coupleUrl).toMatch(/^\/couples\/[0-9a-f-]{36}$/);
    await expect(page.title()).resolves.toBe('Couple · Trust Repair Practice');
  });

  it('creates and copies both partners’ links, shown only once', async () => {
    for (const [key, name] of [['first', COUPLE.first], ['second', COUPLE.second]] as const) {
      const card = page.getByRole('article', { name, exact: true });
      await card.getByText('No link yet').waitFor();
      await card.getByRole('button', { name: 'Create link' }).click();
      const code = card.locator('code');
      await code.waitFor();
      links[key] = (await code.textContent())?.trim() ?? '';
      expect(links[key]).toMatch(/\/i\/[\w-]{20,}$/);
      await card.getByText('shown only now').waitFor();
      await card.getByRole('button', { name: 'Copy link' }).click();
      await card.getByRole('button', { name: 'Copied' }).waitFor();
      await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(links[key]);
      await card.getByText('Never opened').waitFor();
    }
    expect(links.first).not.toBe(links.second);
  });

  it('assigns all three exercises, one sealed for the session', async () => {
    for (const title of EXERCISES) {
      await page.getByRole('button', { name: 'Assign an exercise' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('heading', { name: 'Assign an exercise' }).waitFor();
      await dialog.getByRole('combobox', { name: 'Exercise' }).click();
      await page.getByRole('option', { name: title }).click();
      await dialog.getByLabel('Instructions (optional)').fill('Answer on your own, in a quiet moment.');
      if (title === EXERCISES[2]) await dialog.getByRole('radio', { name: /Reveal in session/ }).check();
      if (title === EXERCISES[1]) {
        const due = new Date(Date.now() + 7 * 86_400_000);
        await dialog.getByLabel('Due date (optional)').fill(`${due.getMonth() + 1}/${due.getDate()}/${due.getFullYear()}`);
        await dialog.getByRole('button', { name: 'Preview what the partners will see' }).click();
        await dialog.locator('trp-exercise-form').waitFor();
        await checkPage(page, 'assign-dialog');
      }
      await dialog.getByRole('button', { name: 'Assign', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByRole('article', { name: title }).waitFor();
    }
    const items = page.locator('app-assignment-item');
    await expect(items.count()).resolves.toBe(3);
    await expect(items.first().getByText(`${COUPLE.first}: Not started`).count()).resolves.toBe(1);
    await page.getByRole('article', { name: EXERCISES[2] }).getByRole('button', { name: 'Release to both' }).waitFor();
    await checkPage(page, 'couple');
  });

  it('the partners submit their answers', async () => {
    await submitThroughPortal(links.first, ANSWERS.first);
    await submitThroughPortal(links.second, ANSWERS.second);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: COUPLE.label }).waitFor();
    await page.getByText(`${COUPLE.second}: Submitted`).first().waitFor();
  });

  it('sees the safety flag first on the dashboard, reviews side by side and marks it reviewed', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your caseload' }).waitFor();
    await page.getByRole('heading', { level: 2, name: /Safety concerns/ }).waitFor();
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings[0]).toMatch(/Safety concerns \(1\)/);
    await page.getByRole('progressbar', { name: `Progress of ${COUPLE.label}` }).waitFor();
    await page.getByText('3 of 3 exercises completed by both').waitFor();
    await checkPage(page, 'dashboard');

    await page.getByRole('region', { name: /Safety concerns/ }).getByRole('link', { name: `${COUPLE.label}: ${EXERCISES[1]}` }).click();
    await page.getByRole('heading', { level: 1, name: EXERCISES[1] }).waitFor();
    await expect(page.title()).resolves.toBe('Review · Trust Repair Practice');

    const forYou = page.getByRole('region', { name: 'For you only' });
    await forYou.getByText('Safety concern.').waitFor();
    await forYou.getByText('I am sleeping badly').waitFor();
    await forYou.getByText('Things are calmer at home this week.').waitFor();
    await page.getByRole('region', { name: `What ${COUPLE.first} believes ${COUPLE.second} feels` }).getByText(`${COUPLE.first} missed this`).waitFor();

    // Aligned question by question: in each row the two partners' answers sit side by side on a desktop…
    const cells = page.locator('app-aligned-answers .row').first().locator('.cell');
    await expect(cells.count()).resolves.toBe(2);
    const [left, right] = [await cells.nth(0).boundingBox(), await cells.nth(1).boundingBox()];
    expect(left && right && Math.abs(left.y - right.y) < 2 && right.x > left.x + left.width - 1).toBe(true);
    await expect(page.locator('app-aligned-answers').getByText('I am sleeping badly').count()).resolves.toBe(0);
    await checkPage(page, 'review');
    await page.setViewportSize(PHONE);
    // …and stacked, each with the partner's name, on a phone (measured once the layout has settled).
    let stacked = false;
    for (let attempt = 0; attempt < 20 && !stacked; attempt++) {
      await page.waitForTimeout(100);
      const [top, below] = [await cells.nth(0).boundingBox(), await cells.nth(1).boundingBox()];
      stacked = !!top && !!below && below.y >= top.y + top.height - 1;
    }
    expect(stacked).toBe(true);
    await expect(cells.nth(0).locator('.cell-name').textContent()).resolves.toBe(COUPLE.first);
    await page.setViewportSize(DESKTOP);

    await page.getByRole('button', { name: 'Mark reviewed' }).click();
    await page.getByText('Marked as reviewed.').first().waitFor();
    await page.locator('.status').getByText('Reviewed').waitFor();
    await expect(page.getByRole('button', { name: 'Mark reviewed' }).count()).resolves.toBe(0);
  });

  it('prints a clean session-prep summary and lists the couple', async () => {
    await page.goto(`${coupleUrl}/prep`);
    await page.getByRole('heading', { level: 1, name: `Session prep: ${COUPLE.label}` }).waitFor();
    await page.getByText(`${COUPLE.first}: safety concern`, { exact: false }).waitFor();
    await page.getByText(`${COUPLE.second} feels fear (7/10); ${COUPLE.first} did not name it.`).waitFor();
    await checkPage(page, 'prep');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('mat-toolbar').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: 'Print' }).isVisible()).resolves.toBe(false);
    await screenshot(page, 'counselor-prep-print');
    await page.emulateMedia({ media: 'screen' });

    await page.goto('/couples');
    await page.getByRole('link', { name: COUPLE.label }).waitFor();
    await checkPage(page, 'couples');
  });
});

