import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import {
  accessibilityViolations,
  DESKTOP,
  hasHorizontalScroll,
  launchBrowser,
  newPage,
  PHONE,
  screenshot,
} from './support/browser';
import { createSoloPractice, signInThroughPage } from './support/staff';

const COUNSELOR = {
  email: 'jo.rhythm@example.com',
  password: 'slow tide over the harbour wall',
  name: 'Jo Rhythm',
};
const ZONE = 'America/New_York';
const COUPLE = { label: 'Dana & Lee', first: 'Dana', second: 'Lee' };
const OTHER = { label: 'Kim & Ray', first: 'Kim', second: 'Ray' };
const PROGRAM = [
  'Acknowledge the breach',
  'Communicate openly and honestly',
  'Set boundaries and expectations',
];
const PDF_PATH = join(__dirname, 'output', 'this-week.pdf');

/** Tomorrow's date in `zone`, as `YYYY-MM-DD`. */
function tomorrowIn(zone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(Date.now() + 86_400_000));
}

/** The wall-clock `YYYY-MM-DDTHH:mm` an instant shows in `zone`. */
function wallClock(iso: string, zone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts['year']}-${parts['month']}-${parts['day']}T${parts['hour']}:${parts['minute']}`;
}

/** Screenshots at both sizes (phone first), with no sideways scrolling and no axe violations at either. */
async function checkPage(page: Page, name: string): Promise<void> {
  for (const viewport of [PHONE, DESKTOP]) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(200);
    expect({
      name,
      width: viewport.width,
      horizontalScroll: await hasHorizontalScroll(page),
    }).toEqual({ name, width: viewport.width, horizontalScroll: false });
    await screenshot(page, `rhythm-${name}`);
    expect({
      name,
      width: viewport.width,
      violations: await accessibilityViolations(page),
    }).toEqual({ name, width: viewport.width, violations: [] });
  }
}

async function xsrf(context: BrowserContext): Promise<Record<string, string>> {
  return {
    'X-XSRF-TOKEN':
      (await context.cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ??
      '',
  };
}

describe('rhythm: a counselor schedules a session, assigns the three-step program and prints "This week"', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let coupleUrl = '';
  const day = tomorrowIn(ZONE);

  beforeAll(async () => {
    await createSoloPractice('Tideway Couples Practice', COUNSELOR);
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser, DESKTOP));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('signs in, with the practice on New York time', async () => {
    await signInThroughPage(page, COUNSELOR);
    const patched = await page.request.patch('/api/admin/practice', {
      data: { timezone: ZONE },
      headers: await xsrf(context),
    });
    expect({
      status: patched.status(),
      body: patched.ok() ? '' : await patched.text(),
    }).toEqual({ status: 200, body: '' });
    // The signed-in user carries the practice's zone from the next load on.
    await page.goto('/couples');
    await page.getByRole('heading', { level: 1, name: 'Couples' }).waitFor();
  });

  it('adds a couple and schedules their next session for tomorrow at 10:00, practice time', async () => {
    await page.getByRole('button', { name: 'Add a couple' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Add a couple' }).waitFor();
    await dialog.getByLabel('Label').fill(COUPLE.label);
    const first = dialog.getByRole('group', { name: 'First partner' });
    await first.getByLabel('Name').fill(COUPLE.first);
    await first.getByRole('radio', { name: 'Hurt partner' }).check();
    const second = dialog.getByRole('group', { name: 'Second partner' });
    await second.getByLabel('Name').fill(COUPLE.second);
    await second.getByRole('radio', { name: 'Broke the trust' }).check();
    await dialog.getByRole('button', { name: 'Add couple' }).click();
    await page.getByRole('heading', { level: 1, name: COUPLE.label }).waitFor();
    coupleUrl = new URL(page.url()).pathname;
    expect(coupleUrl).toMatch(/^\/couples\/[0-9a-f-]{36}$/);

    const sessions = page.getByRole('region', { name: 'Sessions' });
    await sessions.getByText('No sessions yet.').waitFor();
    await sessions.getByText(`In the practice’s time zone (${ZONE})`).waitFor();
    await sessions.getByLabel('Date and time').fill(`${day}T10:00`);
    await sessions.getByRole('button', { name: 'Add session' }).click();
    await sessions.getByRole('heading', { name: 'Coming up' }).waitFor();
    const row = sessions.locator('li.session');
    await expect(row.count()).resolves.toBe(1);
    await expect(row.first().textContent()).resolves.toMatch(
      /10:00\sAM · 50 min/,
    );
    await sessions.getByText(/^Next session: .*10:00\sAM/).waitFor();
    // Emptied for the next session, not flagged red as if something had gone wrong.
    await expect(
      sessions.getByLabel('Date and time').inputValue(),
    ).resolves.toBe('');
    await expect(
      sessions.locator('mat-form-field.mat-form-field-invalid').count(),
    ).resolves.toBe(0);

    // Stored as the instant 10:00 means in New York, whatever the browser's zone.
    const stored = (await (
      await page.request.get(`/api${coupleUrl}/sessions`)
    ).json()) as { startsAt: string }[];
    expect(stored.map((s) => wallClock(s.startsAt, ZONE))).toEqual([
      `${day}T10:00`,
    ]);
    await checkPage(page, 'couple-with-session');
  });

  it('assigns the three-step program from the dialog: three assignments, the 2nd and 3rd opening later', async () => {
    await page.getByRole('button', { name: 'Assign an exercise' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Assign an exercise' }).waitFor();
    await dialog.getByRole('radio', { name: /The three-step program/ }).check();
    await dialog
      .getByText(`${PROGRAM.join(', then ')}, one after another`)
      .waitFor();
    await dialog.getByLabel('Days between steps').waitFor();
    await expect(
      dialog.getByLabel('Days between steps').inputValue(),
    ).resolves.toBe('7');
    await checkPage(page, 'assign-program-dialog');
    await dialog.getByRole('button', { name: 'Assign', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    for (const title of PROGRAM)
      await page.getByRole('article', { name: title }).waitFor();
    await expect(page.locator('app-assignment-item').count()).resolves.toBe(3);
    await expect(
      page
        .getByRole('article', { name: PROGRAM[0] })
        .getByText('Opens on')
        .count(),
    ).resolves.toBe(0);
    for (const title of PROGRAM.slice(1)) {
      await expect(
        page
          .getByRole('article', { name: title })
          .getByText(/Opens on .*\(partners cannot see it yet\)/)
          .count(),
      ).resolves.toBe(1);
    }
    await checkPage(page, 'couple-with-program');
  });

  it('lists the session on "This week" and prints one page per couple', async () => {
    // A second couple with a session tomorrow afternoon, made through the API: the print must break between them.
    const created = await page.request.post('/api/couples', {
      data: {
        label: OTHER.label,
        partners: [{ displayName: OTHER.first }, { displayName: OTHER.second }],
      },
      headers: await xsrf(context),
    });
    expect({
      status: created.status(),
      body: created.ok() ? '' : await created.text(),
    }).toEqual({ status: 201, body: '' });
    const other = (await created.json()) as { id: string };
    const ownSession = (await (
      await page.request.get(`/api${coupleUrl}/sessions`)
    ).json()) as { startsAt: string }[];
    const afternoon = new Date(
      Date.parse(ownSession[0]?.startsAt ?? '') + 4 * 3_600_000,
    ).toISOString();
    const scheduled = await page.request.post(
      `/api/couples/${other.id}/sessions`,
      {
        data: { startsAt: afternoon, durationMinutes: 50 },
        headers: await xsrf(context),
      },
    );
    expect({
      status: scheduled.status(),
      body: scheduled.ok() ? '' : await scheduled.text(),
    }).toEqual({ status: 201, body: '' });

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'This week' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'This week' }).waitFor();
    const entries = page.locator('section.week-entry');
    await entries.nth(1).waitFor();
    await expect(entries.count()).resolves.toBe(2);
    await expect(entries.locator('h2').allTextContents()).resolves.toEqual([
      expect.stringMatching(new RegExp(`10:00\\sAM · ${COUPLE.label}`)),
      expect.stringMatching(new RegExp(`02:00\\sPM · ${OTHER.label}`)),
    ]);
    await entries
      .first()
      .getByText('0 exercises ready to read · 0 overdue')
      .waitFor();
    await entries.first().getByRole('link', { name: COUPLE.label }).waitFor();
    await entries
      .first()
      .getByRole('link', { name: 'Open the full session prep' })
      .waitFor();
    await checkPage(page, 'this-week');

    // Printed: no toolbar or buttons, and every couple after the first starts a new page.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('mat-toolbar').isVisible()).resolves.toBe(false);
    await expect(
      page.getByRole('button', { name: 'Print' }).isVisible(),
    ).resolves.toBe(false);
    await expect(
      entries.nth(1).evaluate((el) => getComputedStyle(el).breakBefore),
    ).resolves.toBe('page');
    // What the printed sheets look like, at about an A4 page's width.
    await page.setViewportSize({ width: 794, height: 1123 });
    await screenshot(page, 'rhythm-this-week-print');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    mkdirSync(join(__dirname, 'output'), { recursive: true });
    writeFileSync(PDF_PATH, pdf);
    const text = pdf.toString('latin1');
    const pages = text.match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
    expect(pages.length).toBe(2);
    await page.emulateMedia({ media: 'screen' });
  });
});
