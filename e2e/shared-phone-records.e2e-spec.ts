import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations, DESKTOP, hasHorizontalScroll, launchBrowser, PHONE, screenshot } from './support/browser';
import { createDatabase, RunningServer, startServer } from './support/server';
import { createSoloPractice, signInThroughPage } from './support/staff';

/**
 * Shared phones and a person's records, in the browser: a partner sets a PIN, goes idle, is asked for it (the API
 * locks the session and the page follows), reopens the page and is asked again, and uses "Leave quickly" (the back
 * button does not bring the exercise back); the counselor prints a partner's records (looked at as a PDF), filters the
 * audit log by the couple, and erases the partner through the dialog that asks for the name.
 *
 * The API asks for the PIN after 5 minutes without a request. So that this test need not wait 5 minutes, it runs its
 * own server with `PORTAL_PIN_IDLE_SECONDS=5` (a setting for tests only, README); the page's own 5-minute idle timer
 * is covered by the unit tests of PortalLock.
 */
const IDLE_SECONDS = 5;
const COUNSELOR = { email: 'kim.counselor@example.com', password: 'lanterns over the bay', name: 'Kim Counselor' };
const OUTPUT = join(__dirname, 'output');
const PIN = '2468';
const WHAT_HAPPENED = 'What happened, as you experienced it?';
const NEUTRAL = 'https://www.google.com/search?q=weather';

const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');

interface Seeded {
  coupleId: string;
  robinToken: string;
  assignmentId: string;
}

/** A couple of the counselor's (Robin, Alex) with live links and one assignment, inserted with `pg`. */
async function seed(databaseUrl: string): Promise<Seeded> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const [user] = (await db.query<{ id: string; practice_id: string }>(`SELECT id, practice_id FROM user_account WHERE email = $1`, [COUNSELOR.email])).rows;
    if (!user) throw new Error('no counselor');
    const [couple] = (
      await db.query<{ id: string }>(`INSERT INTO couple (practice_id, counselor_id, label) VALUES ($1, $2, 'Robin & Alex') RETURNING id`, [user.practice_id, user.id])
    ).rows;
    const partner = async (position: number, name: string, email: string, perspective: string) =>
      (
        await db.query<{ id: string }>(
          `INSERT INTO partner (practice_id, couple_id, position, display_name, email, perspective) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [user.practice_id, couple?.id, position, name, email, perspective],
        )
      ).rows[0]?.id ?? '';
    const robinId = await partner(1, 'Robin', 'robin@example.org', 'hurt');
    await partner(2, 'Alex', 'alex@example.org', 'involved');
    const robinToken = randomBytes(32).toString('base64url');
    await db.query(`INSERT INTO invite_link (practice_id, partner_id, token_hash, created_by_user_id, expires_at) VALUES ($1, $2, $3, $4, now() + interval '30 days')`, [
      user.practice_id,
      robinId,
      sha256(robinToken),
      user.id,
    ]);
    const [assignment] = (
      await db.query<{ id: string }>(
        `INSERT INTO assignment (practice_id, couple_id, exercise_key, exercise_version, visibility, due_at, created_by_user_id)
         VALUES ($1, $2, 'acknowledge-the-breach', 1, 'counselor_only', now() + interval '5 days', $3) RETURNING id`,
        [user.practice_id, couple?.id, user.id],
      )
    ).rows;
    return { coupleId: couple?.id ?? '', robinToken, assignmentId: assignment?.id ?? '' };
  } finally {
    await db.end();
  }
}

async function newContext(browser: Browser, baseURL: string, viewport: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, baseURL, reducedMotion: 'reduce' });
  // "Leave quickly" goes to an everyday page on the web; this machine has no network, so that page is stood in for.
  await context.route('https://www.google.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><title>Weather</title><h1>Weather</h1></html>' }),
  );
  return { context, page: await context.newPage() };
}

/** Screenshots at 360 and 1280 px, no sideways scroll, axe 0. */
async function look(page: Page, name: string): Promise<void> {
  for (const viewport of [PHONE, DESKTOP]) {
    await page.setViewportSize(viewport);
    await page.evaluate(() => window.scrollTo(0, 0)); // a full-page shot of a scrolled page draws the sticky toolbar mid-page
    await page.waitForTimeout(250);
    expect({ name, width: viewport.width, horizontalScroll: await hasHorizontalScroll(page) }).toEqual({ name, width: viewport.width, horizontalScroll: false });
    await screenshot(page, `shared-phone-${name}`);
    expect({ name, width: viewport.width, violations: await accessibilityViolations(page) }).toEqual({ name, width: viewport.width, violations: [] });
  }
}

describe('shared phone and a person’s records', () => {
  let server: RunningServer;
  let database: { url: string; drop(): Promise<void> };
  let browser: Browser;
  let seeded: Seeded;
  const saved = { baseUrl: process.env.E2E_BASE_URL, databaseUrl: process.env.E2E_DATABASE_URL };

  beforeAll(async () => {
    database = await createDatabase();
    server = await startServer({ DATABASE_URL: database.url, PORTAL_PIN_IDLE_SECONDS: String(IDLE_SECONDS) });
    // The support helpers read these: point them at this file's own server while it runs.
    process.env.E2E_BASE_URL = server.baseUrl;
    process.env.E2E_DATABASE_URL = database.url;
    await createSoloPractice('Harbourview Counselling', COUNSELOR);
    seeded = await seed(database.url);
    browser = await launchBrowser();
    mkdirSync(OUTPUT, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await database?.drop();
    process.env.E2E_BASE_URL = saved.baseUrl;
    process.env.E2E_DATABASE_URL = saved.databaseUrl;
  });

  it('a partner sets a PIN, goes idle, is asked for it, reopens the page and is asked again, then leaves quickly', async () => {
    const { context, page } = await newContext(browser, server.baseUrl, PHONE);
    await page.goto(`/i/${seeded.robinToken}`);
    await page.getByRole('heading', { level: 1, name: 'Hello, Robin' }).waitFor();

    // Choose a PIN: the page stays open on this session.
    await page.getByRole('button', { name: 'Choose a PIN' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('PIN (4 to 8 digits)').fill(PIN);
    await dialog.getByLabel('The same PIN again').fill(PIN);
    await dialog.getByRole('button', { name: 'Save PIN' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Change or remove PIN' }).waitFor();

    await page.getByRole('link', { name: /Acknowledge the breach/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Acknowledge the breach' }).waitFor();
    const exerciseUrl = page.url();
    await page.getByLabel(WHAT_HAPPENED).fill('I found the messages on the family tablet');
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    // Idle longer than the server allows: the next request (the partner types again) is refused, and the page locks.
    await page.waitForTimeout((IDLE_SECONDS + 1.5) * 1000);
    await page.getByLabel(WHAT_HAPPENED).pressSequentially(' one evening.', { delay: 20 });
    await page.getByRole('heading', { level: 1, name: 'Enter your PIN' }).waitFor({ timeout: 15_000 });
    await expect(page.getByLabel(WHAT_HAPPENED).count()).resolves.toBe(0); // the page underneath is gone, not covered
    await look(page, 'lock');

    await page.getByLabel('PIN', { exact: true }).fill('0000');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('alert').filter({ hasText: 'That PIN isn’t right. 4 tries left.' }).waitFor();
    await screenshot(page, 'shared-phone-lock-wrong');
    await page.getByLabel('PIN', { exact: true }).fill(PIN);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('heading', { level: 1, name: 'Acknowledge the breach' }).waitFor();
    // Nothing typed was lost: the words typed as it locked were kept on this device and saved now.
    await expect(page.getByLabel(WHAT_HAPPENED).inputValue()).resolves.toBe('I found the messages on the family tablet one evening.');
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor({ timeout: 20_000 });

    // Reopening the page asks again.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Enter your PIN' }).waitFor();
    await page.getByLabel('PIN', { exact: true }).fill(PIN);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('heading', { level: 1, name: 'Acknowledge the breach' }).waitFor();

    // Leave quickly, by keyboard: the page and its history entry become a neutral page.
    await page.getByRole('button', { name: 'Leave quickly' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(NEUTRAL);
    await page.getByRole('heading', { level: 1, name: 'Weather' }).waitFor();
    await page.goBack();
    await page.waitForLoadState();
    expect(page.url()).not.toBe(exerciseUrl);
    // Whatever is behind it in the history is the portal's own start, locked: not the exercise.
    await page.getByRole('heading', { level: 1, name: 'Enter your PIN' }).waitFor();
    await expect(page.getByText('I found the messages').count()).resolves.toBe(0);
    await context.close();
  }, 120_000);

  it('the counselor prints a partner’s records, reads the couple’s audit entries and erases the partner by name', async () => {
    const { context, page } = await newContext(browser, server.baseUrl, DESKTOP);
    await signInThroughPage(page, COUNSELOR);
    await page.goto(`/couples/${seeded.coupleId}`);
    await page.getByRole('heading', { level: 2, name: 'Records' }).waitFor();
    await look(page, 'couple-records');

    // The printable records open in a new tab; kept as HTML, printed to PDF and looked at as images.
    const [tab] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Printable records of Robin' }).click()]);
    await tab.waitForLoadState();
    await tab.getByRole('heading', { level: 1, name: 'Records of Robin' }).waitFor();
    const html = await tab.content(); // (fetching it again would be a second, audited, export)
    expect(html).toContain('I found the messages on the family tablet one evening.');
    expect(html).not.toContain('Robin &amp; Alex'); // never the couple's label
    writeFileSync(join(OUTPUT, 'records-robin.html'), html);
    expect(await accessibilityViolations(tab)).toEqual([]);
    const pdf = join(OUTPUT, 'records-robin.pdf');
    await tab.pdf({ path: pdf, format: 'A4', printBackground: true });
    const images = spawnSync('pdftoppm', ['-png', '-r', '50', pdf, join(OUTPUT, 'records-robin')], { encoding: 'utf8' });
    expect(images.status).toBe(0);
    await tab.close();

    // Who looked at this couple's records: the audit log, filtered by the couple from one of its entries.
    await page.goto('/admin/audit');
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    await page.getByRole('button', { name: /^Only this couple/ }).first().click();
    await page.getByText('Only entries about couple').waitFor();
    await page.getByRole('cell', { name: 'Exported a partner’s records' }).first().waitFor();
    await expect(page.getByRole('link', { name: /Download CSV/ }).getAttribute('href')).resolves.toBe(`/api/admin/audit.csv?coupleId=${seeded.coupleId}`);
    await look(page, 'audit-couple');

    // Erase Robin: the dialog asks for the name before it erases.
    await page.goto(`/couples/${seeded.coupleId}`);
    await page.getByRole('button', { name: /Erase data of Robin/ }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByRole('heading', { name: 'Erase Robin’s data?' }).waitFor();
    await look(page, 'erase-dialog');
    await dialog.getByLabel('Type Robin to confirm').fill('Alex');
    await dialog.getByRole('button', { name: 'Erase for good' }).click();
    await expect(dialog.isVisible()).resolves.toBe(true); // a wrong name erases nothing
    await dialog.getByLabel('Type Robin to confirm').fill('robin');
    await dialog.getByRole('button', { name: 'Erase for good' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(/^Erased on /).waitFor();
    await expect(page.getByRole('link', { name: 'Printable records of Robin' }).count()).resolves.toBe(0);
    await look(page, 'couple-erased');

    // The partner's link is dead too.
    const { context: phone, page: robin } = await newContext(browser, server.baseUrl, PHONE);
    await robin.goto(`/i/${seeded.robinToken}`);
    await robin.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Hello' }).waitFor();
    await expect(robin.getByRole('heading', { level: 1, name: 'Hello, Robin' }).count()).resolves.toBe(0);
    await phone.close();
    await context.close();
  }, 180_000);
});
