import { Client } from 'pg';
import { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { accessibilityViolations, baseUrl, DESKTOP, hasHorizontalScroll, launchBrowser, newPage, PHONE, screenshot } from './support/browser';
import { createSoloPractice, signInThroughPage } from './support/staff';

/** A solo practice: its admin is also the counselor. */
const STAFF = { email: 'morgan.reminders@example.com', password: 'lanterns along the quiet canal', name: 'Morgan Reyes' };
const COUPLE = { label: 'Noor & Eli', first: 'Noor', firstEmail: 'noor.partner@example.org', second: 'Eli' };
/** The partner's browser is set to this zone: the portal records it for quiet hours. */
const PARTNER_ZONE = 'Asia/Tokyo';

/**
 * Screenshots at both sizes (phone first), with no sideways scrolling and no axe violations at either. `inDialog`: the
 * part of an open dialog to bring into view at each size (the dialog scrolls, not the page).
 */
async function checkPage(page: Page, name: string, inDialog?: Locator): Promise<void> {
  for (const viewport of [PHONE, DESKTOP]) {
    await page.setViewportSize(viewport);
    // A full-page shot from the top: scrolled, the sticky toolbar would be drawn over the middle of the page.
    await page.evaluate(() => window.scrollTo(0, 0));
    if (inDialog) await inDialog.scrollIntoViewIfNeeded();
    await page.waitForTimeout(200);
    expect({ name, width: viewport.width, horizontalScroll: await hasHorizontalScroll(page) }).toEqual({ name, width: viewport.width, horizontalScroll: false });
    await screenshot(page, `reminders-${name}`);
    expect({ name, width: viewport.width, violations: await accessibilityViolations(page) }).toEqual({ name, width: viewport.width, violations: [] });
  }
}

async function xsrf(context: BrowserContext): Promise<Record<string, string>> {
  return { 'X-XSRF-TOKEN': (await context.cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '' };
}

async function query<T>(sql: string, params: unknown[]): Promise<T[]> {
  const db = new Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  try {
    return (await db.query(sql, params)).rows as T[];
  } finally {
    await db.end();
  }
}

describe('reminders: the admin sets the policy and reads the mail log, the counselor assigns with and without reminders, a partner turns them off', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let coupleUrl = '';
  let link = '';

  beforeAll(async () => {
    await createSoloPractice('Canal Street Counseling', STAFF);
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser, DESKTOP));
    await signInThroughPage(page, STAFF);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('the admin sets the reminder policy on the practice settings page, with a message naming a field out of range', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Practice settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Practice settings' }).waitFor();
    const reminders = page.getByRole('region', { name: 'Reminders' });
    await expect(reminders.getByRole('switch', { name: 'Send partners reminders' }).isChecked()).resolves.toBe(true);

    await reminders.getByLabel('First reminder (hours before due)').fill('200');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await reminders.getByText('Hours before the due date: use a whole number from 1 to 168.').waitFor();
    await reminders.getByLabel('Quiet until').fill('22:00');
    await reminders.getByLabel('Quiet from').fill('22:00');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await reminders.getByText('Quiet hours end: choose a different time than the start.').waitFor();
    await checkPage(page, 'practice-settings-errors');

    await reminders.getByLabel('First reminder (hours before due)').fill('48');
    await reminders.getByLabel('Overdue: a reminder every (days)').fill('3');
    await reminders.getByLabel('At most, reminders per exercise').fill('2');
    await reminders.getByLabel('Quiet until').fill('07:30');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    const saved = await (await page.request.get('/api/admin/practice')).json();
    expect(saved.settings).toMatchObject({
      remindersEnabled: true,
      reminderHoursBeforeDue: 48,
      reminderEveryDaysOverdue: 3,
      remindersPerAssignment: 2,
      quietHoursStart: '22:00',
      quietHoursEnd: '07:30',
    });
    await checkPage(page, 'practice-settings');

    // No quiet hours: both null.
    await reminders.getByRole('switch', { name: 'Quiet hours' }).click();
    await reminders.getByText('Reminders may arrive at any hour.').waitFor();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    expect((await (await page.request.get('/api/admin/practice')).json()).settings).toMatchObject({ quietHoursStart: null, quietHoursEnd: null });
  });

  it('the counselor adds a couple: the cards say who can get reminders', async () => {
    await page.goto('/couples');
    await page.getByRole('heading', { level: 1, name: 'Couples' }).waitFor();
    await page.getByRole('button', { name: 'Add a couple' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Label').fill(COUPLE.label);
    const first = dialog.getByRole('group', { name: 'First partner' });
    await first.getByLabel('Name').fill(COUPLE.first);
    await first.getByLabel('Email (optional)').fill(COUPLE.firstEmail);
    await first.getByRole('radio', { name: 'Hurt partner' }).check();
    const second = dialog.getByRole('group', { name: 'Second partner' });
    await second.getByLabel('Name').fill(COUPLE.second);
    await second.getByRole('radio', { name: 'Broke the trust' }).check();
    await dialog.getByRole('button', { name: 'Add couple' }).click();
    await page.getByRole('heading', { level: 1, name: COUPLE.label }).waitFor();
    coupleUrl = new URL(page.url()).pathname;

    await page.getByRole('article', { name: COUPLE.first, exact: true }).getByText('Reminders on').waitFor();
    await page.getByRole('article', { name: COUPLE.second, exact: true }).getByText('No reminders: no email address').waitFor();
  });

  it('assigns one exercise without reminders and one with them (the default)', async () => {
    await page.getByRole('button', { name: 'Assign an exercise' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Assign an exercise' }).waitFor();
    const toggle = dialog.getByRole('switch', { name: 'Send reminders' });
    await expect(toggle.isChecked()).resolves.toBe(true);
    await dialog.getByText(`${COUPLE.first} gets an email before it is due`).waitFor();
    await dialog.getByText(`${COUPLE.second} has no email address`).waitFor();
    await checkPage(page, 'assign-dialog', toggle);
    await toggle.click();
    await dialog.getByText('No reminder emails for this exercise.').waitFor();
    await dialog.getByRole('combobox', { name: 'Exercise' }).click();
    await page.getByRole('option', { name: 'Acknowledge the breach' }).click();
    await dialog.getByRole('button', { name: 'Assign', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('article', { name: 'Acknowledge the breach' }).getByText('No reminders').waitFor();

    await page.getByRole('button', { name: 'Assign an exercise' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Assign an exercise' }).waitFor();
    await dialog.getByRole('combobox', { name: 'Exercise' }).click();
    await page.getByRole('option', { name: 'Communicate openly and honestly' }).click();
    await dialog.getByRole('button', { name: 'Assign', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    const withReminders = page.getByRole('article', { name: 'Communicate openly and honestly' });
    await withReminders.waitFor();
    await expect(withReminders.getByText('No reminders').count()).resolves.toBe(0);

    const assignments = (await (await page.request.get(`/api${coupleUrl}/assignments?limit=100`)).json()) as { items: { exerciseKey: string; reminders: boolean }[] };
    expect(Object.fromEntries(assignments.items.map((a) => [a.exerciseKey, a.reminders]))).toEqual({ 'acknowledge-the-breach': false, 'communicate-openly': true });
  });

  it('emails the first partner their link (a mail in the log), then creates one to open here', async () => {
    const card = page.getByRole('article', { name: COUPLE.first, exact: true });
    await card.getByRole('button', { name: 'Email link' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Send email' }).click();
    await page.getByText(`A new link is on its way to ${COUPLE.firstEmail}`).first().waitFor();
    await card.getByRole('button', { name: 'Create a new link' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Create a new link' }).click();
    const code = card.locator('code');
    await code.waitFor();
    link = (await code.textContent())?.trim() ?? '';
    expect(link).toMatch(/\/i\/[\w-]{20,}$/);
  });

  it('the partner turns reminders off in the portal; the browser’s time zone is recorded', async () => {
    const partner = await browser.newContext({ viewport: PHONE, baseURL: baseUrl(), reducedMotion: 'reduce', timezoneId: PARTNER_ZONE });
    try {
      const portal = await partner.newPage();
      await portal.goto(new URL(link).pathname);
      await portal.getByRole('heading', { level: 1, name: `Hello, ${COUPLE.first}` }).waitFor();
      const toggle = portal.getByRole('switch', { name: 'Email me reminders' });
      await toggle.waitFor();
      await expect(toggle.isChecked()).resolves.toBe(true);
      // Nothing on the switch says what the exercises are about (someone else may read the screen).
      const section = portal.getByRole('region', { name: 'Reminders' });
      await expect(section.textContent()).resolves.not.toMatch(/partner|relationship|trust|couple|affair|betray/i);
      await checkPage(portal, 'portal-switch-on');

      await toggle.click();
      await section.getByRole('status').filter({ hasText: 'Reminders are off.' }).waitFor();
      await expect(toggle.isChecked()).resolves.toBe(false);
      await checkPage(portal, 'portal-switch-off');

      const [row] = await query<{ timezone: string | null; reminders_enabled: boolean }>(
        `SELECT p.timezone, p.reminders_enabled FROM partner p JOIN couple c ON c.id = p.couple_id WHERE c.label = $1 AND p.display_name = $2`,
        [COUPLE.label, COUPLE.first],
      );
      expect(row).toEqual({ timezone: PARTNER_ZONE, reminders_enabled: false });

      // Still off after a reload.
      await portal.reload();
      await portal.getByRole('heading', { level: 1, name: `Hello, ${COUPLE.first}` }).waitFor();
      await expect(portal.getByRole('switch', { name: 'Email me reminders' }).isChecked()).resolves.toBe(false);
    } finally {
      await partner.close();
    }
  });

  it('the couple page says the partner turned reminders off', async () => {
    await page.goto(coupleUrl);
    await page.getByRole('heading', { level: 1, name: COUPLE.label }).waitFor();
    await page.getByRole('article', { name: COUPLE.first, exact: true }).getByText(`Reminders off (turned off by ${COUPLE.first})`).waitFor();
    await page.getByRole('article', { name: COUPLE.second, exact: true }).getByText('No reminders: no email address').waitFor();
    await checkPage(page, 'couple');
  });

  it('the admin reads the mail log: the emailed link, sent', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Mail' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mail' }).waitFor();
    const sent = () => page.getByRole('row').filter({ hasText: COUPLE.firstEmail }).getByText('Sent', { exact: true });
    await page.getByRole('row').filter({ hasText: COUPLE.firstEmail }).getByText('Personal link for a client').waitFor();
    // The worker sends within seconds (no SMTP_URL: written to the log); read again once if the first read was before it.
    if ((await sent().count()) === 0) {
      await page.waitForTimeout(3000);
      await page.reload();
    }
    await sent().waitFor();
    await checkPage(page, 'mail-log');
  });

  it('the counselor chooses the morning summary on the preferences page, from the account menu', async () => {
    await page.getByRole('button', { name: `Account: ${STAFF.name}` }).click();
    await page.getByRole('menuitem', { name: 'Email preferences' }).click();
    await page.getByRole('heading', { level: 1, name: 'Email preferences' }).waitFor();
    await expect(page.title()).resolves.toBe('Email preferences · Trust Repair Practice');
    const alerts = page.getByRole('switch', { name: 'Email me when a safety check raises a concern' });
    const summary = page.getByRole('switch', { name: 'Email me a summary every morning' });
    await expect(alerts.isChecked()).resolves.toBe(true);
    await expect(summary.isChecked()).resolves.toBe(false);
    await summary.click();
    await page.getByRole('status').filter({ hasText: 'The morning summary is on.' }).waitFor();
    await checkPage(page, 'preferences');
    const stored = await (await page.request.get('/api/auth/me/preferences', { headers: await xsrf(context) })).json();
    expect(stored).toMatchObject({ safetyAlerts: true, dailySummary: true });
  });
});
