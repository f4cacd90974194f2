import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { accessibilityViolations, DESKTOP, hasHorizontalScroll, launchBrowser, newPage, PHONE, screenshot } from './support/browser';
import { API_MAIN, ROOT } from './support/server';

const COUNSELOR = { email: 'jo.counselor@example.com', password: 'quiet harbour at dusk', name: 'Jo Counselor' };
const token = () => randomBytes(32).toString('base64url');
const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');

interface Seeded {
  alexToken: string;
  samToken: string;
  /** Revealed after both submit: the journey's exercise. */
  sharedId: string;
}

/** A practice (create-admin), a couple with two partners and live links, and assignments, inserted with `pg`. */
async function seed(): Promise<Seeded> {
  const created = spawnSync(
    process.execPath,
    [API_MAIN, 'create-admin', '--practice', 'Lakeside Couples Practice', '--email', COUNSELOR.email, '--name', COUNSELOR.name, '--password', COUNSELOR.password],
    { cwd: ROOT, env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL, LOG_LEVEL: 'warn' }, encoding: 'utf8', timeout: 60_000 },
  );
  if (created.status !== 0) throw new Error(`create-admin failed (${created.status}): ${created.stderr}${created.stdout}`);
  const db = new Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  try {
    const [user] = (await db.query<{ id: string; practice_id: string }>(`SELECT id, practice_id FROM user_account WHERE email = $1`, [COUNSELOR.email])).rows;
    if (!user) throw new Error('no counselor');
    const practiceId = user.practice_id;
    const [couple] = (
      await db.query<{ id: string }>(`INSERT INTO couple (practice_id, counselor_id, label) VALUES ($1, $2, 'Alex & Sam') RETURNING id`, [practiceId, user.id])
    ).rows;
    const partner = async (position: number, name: string, perspective: string) =>
      (
        await db.query<{ id: string }>(
          `INSERT INTO partner (practice_id, couple_id, position, display_name, perspective) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [practiceId, couple?.id, position, name, perspective],
        )
      ).rows[0]?.id;
    const alexId = await partner(1, 'Alex', 'hurt');
    const samId = await partner(2, 'Sam', 'involved');
    const tokens = { alex: token(), sam: token() };
    for (const [id, t] of [
      [alexId, tokens.alex],
      [samId, tokens.sam],
    ]) {
      await db.query(`INSERT INTO invite_link (practice_id, partner_id, token_hash, created_by_user_id, expires_at) VALUES ($1, $2, $3, $4, now() + interval '30 days')`, [
        practiceId,
        id,
        sha256(t ?? ''),
        user.id,
      ]);
    }
    const assign = async (key: string, visibility: string, dueDays: number | null, instructions: string | null) =>
      (
        await db.query<{ id: string }>(
          `INSERT INTO assignment (practice_id, couple_id, exercise_key, exercise_version, visibility, due_at, instructions, created_by_user_id)
           VALUES ($1, $2, $3, 1, $4, CASE WHEN $5::int IS NULL THEN NULL ELSE now() + make_interval(days => $5::int) END, $6, $7) RETURNING id`,
          [practiceId, couple?.id, key, visibility, dueDays, instructions, user.id],
        )
      ).rows[0]?.id ?? '';
    const sharedId = await assign('acknowledge-the-breach', 'after_both_submit', 3, 'Answer on your own, in a quiet moment. There is no hurry.');
    await assign('communicate-openly', 'counselor_only', 10, null);
    await assign('set-boundaries', 'in_session', null, null);
    return { alexToken: tokens.alex, samToken: tokens.sam, sharedId };
  } finally {
    await db.end();
  }
}

async function checkPage(page: Page, name: string, viewports: readonly { width: number; height: number }[] = [PHONE]): Promise<void> {
  for (const viewport of viewports) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(200);
    expect({ name, width: viewport.width, horizontalScroll: await hasHorizontalScroll(page) }).toEqual({ name, width: viewport.width, horizontalScroll: false });
    await screenshot(page, `partner-${name}`);
    expect({ name, width: viewport.width, violations: await accessibilityViolations(page) }).toEqual({ name, width: viewport.width, violations: [] });
    expect({ name, h1: await page.locator('h1').count() }).toEqual({ name, h1: 1 });
  }
  await page.setViewportSize(PHONE);
}

const WHAT_HAPPENED_ALEX = 'What happened, as you experienced it?';

describe('partner: opens the link on a phone, answers through reloads and lost connections, submits, then reads what was shared', () => {
  let browser: Browser;
  let alex: { context: BrowserContext; page: Page };
  let seeded: Seeded;
  const scripts = new Map<string, number>();

  beforeAll(async () => {
    seeded = await seed();
    browser = await launchBrowser();
    alex = await newPage(browser, PHONE);
    alex.page.on('requestfinished', (request: Request) => {
      // Hashed bundles are cached for good: a reload takes them from the cache (no body size, -1), so keep the first download's.
      if (request.resourceType() === 'script') void request.sizes().then((s) => scripts.set(request.url(), Math.max(scripts.get(request.url()) ?? 0, s.responseBodySize)));
    });
  });

  afterAll(async () => {
    await alex?.context.close();
    await browser?.close();
  });

  it('kind pages for a link that does not work', async () => {
    const { context, page } = await newPage(browser, PHONE);
    await page.goto('/i/this-is-not-a-real-link-token');
    await page.getByRole('heading', { level: 1, name: "This link doesn't work" }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/i');
    await checkPage(page, 'link-unknown');
    await context.close();
  });

  it('opens the link: the token leaves the address bar and the history, and the home page lists open work first', async () => {
    const { page } = alex;
    await page.goto(`/i/${seeded.alexToken}`);
    await page.getByRole('heading', { level: 1, name: 'Hello, Alex' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/portal');
    expect(await page.evaluate(() => history.length)).toBe(2); // about:blank + this one entry
    const entries = await page.evaluate(() => performance.getEntriesByType('navigation').map((e) => e.name));
    expect(entries.join(' ')).toContain(seeded.alexToken); // only the original request had it…
    expect(await page.evaluate(() => location.href)).not.toContain(seeded.alexToken); // …the address bar no longer
    const cards = page.locator('.home-card__title');
    await expect(cards.allTextContents()).resolves.toEqual(['Acknowledge the breach', 'Communicate openly and honestly', 'Set boundaries and expectations']);
    await page.getByText('Due ').first().waitFor();
    await checkPage(page, 'home', [PHONE, DESKTOP]);
    // Only the portal's own code: no lazy chunk loaded on the way holds a staff page.
    const staff: string[] = [];
    for (const url of scripts.keys()) {
      if (/\/main-/.test(url)) continue;
      const source = await (await page.request.get(url)).text();
      staff.push(...(source.match(/app-(dashboard|couples?|review|prep|sign-in|accounts|audit|practice-settings|exercise-preview)[a-z-]*/g) ?? []));
    }
    expect(staff).toEqual([]);
  });

  it('types, reloads mid-way and finds the text; goes offline, types, comes back and everything is saved', async () => {
    const { page, context } = alex;
    await page.getByRole('link', { name: /Acknowledge the breach/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Acknowledge the breach' }).waitFor();
    await page.getByText('Only your counselor sees this').first().waitFor();
    await checkPage(page, 'answer-empty');

    const whatHappened = page.getByLabel(WHAT_HAPPENED_ALEX);
    await whatHappened.fill('I found the messages on the shared laptop');
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await whatHappened.pressSequentially(' late one night.', { delay: 10 });
    await page.reload(); // mid-way: possibly before the save of the last words
    await page.getByRole('heading', { level: 1, name: 'Acknowledge the breach' }).waitFor();
    await expect(page.getByLabel(WHAT_HAPPENED_ALEX).inputValue()).resolves.toBe('I found the messages on the shared laptop late one night.');
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    await context.setOffline(true);
    const impact = page.getByLabel('How has this affected your everyday life?');
    await impact.fill('I wake up at 3 am and cannot get back to sleep.');
    await page.getByRole('status').filter({ hasText: 'Offline — will retry' }).waitFor();
    await screenshot(page, 'partner-answer-offline');
    await context.setOffline(false);
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor({ timeout: 20_000 });

    // The server has it all: forget this device's copy and read it back.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Acknowledge the breach' }).waitFor();
    await expect(page.getByLabel(WHAT_HAPPENED_ALEX).inputValue()).resolves.toBe('I found the messages on the shared laptop late one night.');
    await expect(page.getByLabel('How has this affected your everyday life?').inputValue()).resolves.toBe('I wake up at 3 am and cannot get back to sleep.');
  });

  it('submits after the checks: the required safety question first, then a confirm step; the answers become read-only', async () => {
    const { page } = alex;
    await page.getByRole('button', { name: 'Submit my answers' }).click();
    await page.getByText('One answer needs a look').waitFor();
    await checkPage(page, 'answer-errors');
    await page.getByLabel('Is there anything you want your counselor to know?').fill('I am sleeping badly and scared of the next argument.');
    await page.getByRole('radio', { name: 'Yes, I feel safe' }).check();
    await page.getByRole('button', { name: 'Submit my answers' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Submit your answers?' }).waitFor();
    await checkPage(page, 'submit-confirm');
    await dialog.getByRole('button', { name: 'Submit', exact: true }).dblclick();
    await page.getByText(/Submitted on/).waitFor();
    await expect(page.locator('textarea').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Submit my answers' }).count()).resolves.toBe(0);
    await checkPage(page, 'answer-submitted', [PHONE, DESKTOP]);
    const responses = new Client({ connectionString: process.env.E2E_DATABASE_URL });
    await responses.connect();
    try {
      const { rows } = await responses.query(`SELECT status FROM response WHERE assignment_id = $1`, [seeded.sharedId]);
      expect(rows).toEqual([{ status: 'submitted' }]);
    } finally {
      await responses.end();
    }
  });

  it('the other partner sees the shared answers only once both have submitted, never the private note', async () => {
    const { context, page } = await newPage(browser, PHONE);
    await page.goto(`/i/${seeded.samToken}`);
    await page.getByRole('heading', { level: 1, name: 'Hello, Sam' }).waitFor();
    await page.getByRole('link', { name: /Acknowledge the breach/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Acknowledge the breach' }).waitFor();
    await expect(page.getByText("Alex's answers").count()).resolves.toBe(0);
    await page.getByLabel('What did you do? Say it in your own words.').fill('I kept a friendship secret for months.');
    await page.getByRole('radio', { name: 'Yes, I feel safe' }).check();
    await page.getByRole('button', { name: 'Submit my answers' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Submit', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: "Alex's answers" }).waitFor();
    await page.getByText('I found the messages on the shared laptop late one night.').waitFor();
    await expect(page.getByText('scared of the next argument').count()).resolves.toBe(0);
    await checkPage(page, 'partner-released');

    await page.getByRole('link', { name: 'All exercises' }).click();
    await page.getByRole('heading', { level: 2, name: 'Submitted' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: "You're signed out" }).waitFor();
    await checkPage(page, 'signed-out');
    await page.goto('/portal');
    await page.getByRole('heading', { level: 1, name: 'Please open your link again' }).waitFor();
    await context.close();

    await alex.page.reload();
    await alex.page.getByRole('heading', { level: 2, name: "Sam's answers" }).waitFor();
    await alex.page.getByText('I kept a friendship secret for months.').waitFor();
  });

  it('reports the JavaScript the portal loads (gzip estimate from the browser)', () => {
    const total = [...scripts.values()].reduce((sum, size) => sum + size, 0);
     
    console.log(`portal scripts (${scripts.size} files, ${(total / 1024).toFixed(1)} kB as sent): ${[...scripts.keys()].map((u) => new URL(u).pathname).join(' ')}`);
    expect(total).toBeGreaterThan(0);
  });
});
