import { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations, DESKTOP, hasHorizontalScroll, launchBrowser, newPage, PHONE, screenshot } from './support/browser';
import { submitThroughPortal } from './support/partner-answers';
import { createSoloPractice, signInThroughPage } from './support/staff';

const COUNSELOR = { email: 'robin.library@example.com', password: 'a library of our own making', name: 'Robin Library' };
const COUPLE = { label: 'Zara & Hugo', first: 'Zara', second: 'Hugo' };
const TITLE = 'Our weekly temperature';
const SCALE = 'How close did you feel to your partner this week?';
const TEXT = 'What helped most this week?';
const CHOICE = 'Which evening suits a talk?';

/** A practice exercise with a scale, a text and a choice field, scored on the scale (the server adds the closing section). */
const EXERCISE = {
  title: TITLE,
  summary: 'Three short questions to start the session with.',
  sections: [
    {
      id: 'this-week',
      title: 'This week',
      fields: [
        { id: 'closeness', type: 'scale', label: SCALE, min: 1, max: 5, minLabel: 'Far apart', maxLabel: 'Very close', required: true },
        { id: 'helped', type: 'longText', label: TEXT, maxLength: 1000 },
        {
          id: 'evening',
          type: 'choice',
          label: CHOICE,
          options: [
            { value: 'tuesday', label: 'Tuesday' },
            { value: 'thursday', label: 'Thursday' },
          ],
        },
      ],
    },
  ],
  scoring: {
    fields: [{ fieldId: 'closeness' }],
    bands: [
      { min: 1, max: 2, label: 'Distant' },
      { min: 3, max: 5, label: 'Connected' },
    ],
  },
};

async function xsrf(context: BrowserContext): Promise<Record<string, string>> {
  return { 'X-XSRF-TOKEN': decodeURIComponent((await context.cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '') };
}

/** At 360 then 1280 px: no sideways scroll, a screenshot, axe 0. */
async function checkPage(page: Page, name: string): Promise<void> {
  for (const viewport of [PHONE, DESKTOP]) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(250);
    expect({ name, width: viewport.width, horizontalScroll: await hasHorizontalScroll(page) }).toEqual({ name, width: viewport.width, horizontalScroll: false });
    await screenshot(page, `practice-library-${name}`);
    expect({ name, width: viewport.width, violations: await accessibilityViolations(page) }).toEqual({ name, width: viewport.width, violations: [] });
  }
}

describe('practice library: a custom exercise is assigned, answered in the portal and reviewed like a built-in', () => {
  let browser: Browser;
  let staff: { context: BrowserContext; page: Page };
  let coupleId = '';
  let exerciseKey = '';
  const links: Record<'first' | 'second', string> = { first: '', second: '' };

  beforeAll(async () => {
    await createSoloPractice('Library Practice', COUNSELOR);
    browser = await launchBrowser();
    staff = await newPage(browser, DESKTOP);
    await signInThroughPage(staff.page, COUNSELOR);
  });

  afterAll(async () => {
    await staff?.context.close();
    await browser?.close();
  });

  it('creates a three-field exercise through the API, and a couple with both partners’ links', async () => {
    const { page, context } = staff;
    const created = await page.request.post('/api/library/exercises', { data: EXERCISE, headers: await xsrf(context) });
    expect({ status: created.status(), body: created.ok() ? '' : await created.text() }).toEqual({ status: 201, body: '' });
    const exercise = (await created.json()) as { key: string; sections: { id: string }[] };
    exerciseKey = exercise.key;
    expect(exerciseKey).toMatch(/^custom-/);
    expect(exercise.sections.map((s) => s.id)).toEqual(['this-week', 'for-your-counselor']);

    const couple = await page.request.post('/api/couples', {
      data: { label: COUPLE.label, partners: [{ displayName: COUPLE.first }, { displayName: COUPLE.second }] },
      headers: await xsrf(context),
    });
    expect(couple.status()).toBe(201);
    const body = (await couple.json()) as { id: string; partners: { id: string }[] };
    coupleId = body.id;
    for (const [index, key] of (['first', 'second'] as const).entries()) {
      const link = await page.request.post(`/api/couples/${coupleId}/partners/${body.partners[index]?.id}/invite-link`, { headers: await xsrf(context) });
      expect(link.status()).toBe(201);
      links[key] = new URL(((await link.json()) as { url: string }).url).pathname;
    }
  });

  it('assigns it from the assign dialog, listed under "Your practice" after the built-ins, with its preview', async () => {
    const { page } = staff;
    await page.goto(`/couples/${coupleId}`);
    await page.getByRole('heading', { level: 1, name: COUPLE.label }).waitFor();
    await page.getByRole('button', { name: 'Assign an exercise' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Assign an exercise' }).waitFor();
    await dialog.getByRole('combobox', { name: 'Exercise' }).click();
    const group = page.getByRole('group', { name: 'Your practice' });
    await group.getByRole('option', { name: TITLE }).waitFor();
    await screenshot(page, 'practice-library-assign-list');
    const options = (await page.getByRole('option').allTextContents()).map((t) => t.trim());
    expect(options.indexOf(TITLE)).toBe(options.length - 1);
    expect(options.slice(0, 3)).toEqual(['Acknowledge the breach', 'Communicate openly and honestly', 'Set boundaries and expectations']);
    await group.getByRole('option', { name: TITLE }).click();
    await dialog.getByText(EXERCISE.summary).waitFor();
    await dialog.getByRole('radio', { name: /Reveal after both submit/ }).check();
    // The chosen exercise with its "Your practice" marker, at the top of the dialog.
    await expect(dialog.locator('mat-hint .own-marker').textContent()).resolves.toBe('Your practice');
    await dialog.locator('mat-dialog-content').evaluate((el) => el.scrollTo(0, 0));
    await checkPage(page, 'assign-dialog');
    await dialog.getByRole('button', { name: 'Preview what the partners will see' }).click();
    await dialog.locator('trp-exercise-form').getByText(SCALE).waitFor();
    await dialog.locator('trp-exercise-form').getByText('Do you feel safe with your partner right now?').waitFor();
    await dialog.locator('trp-exercise-form').getByText(SCALE).scrollIntoViewIfNeeded();
    await checkPage(page, 'assign-preview');
    await dialog.getByRole('button', { name: 'Assign', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('article', { name: TITLE }).waitFor();
  });

  it('a partner answers it in the portal on a phone', async () => {
    const partner = await newPage(browser, PHONE);
    try {
      const { page } = partner;
      await page.goto(links.first);
      await page.getByRole('heading', { level: 1, name: `Hello, ${COUPLE.first}` }).waitFor();
      await page.getByRole('link', { name: new RegExp(TITLE) }).click();
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      await page.getByRole('radiogroup', { name: SCALE }).locator('label').nth(3).click();
      await page.getByLabel(TEXT).fill('Cooking together on Sunday.');
      await page.getByRole('radiogroup', { name: CHOICE }).getByText('Thursday').click();
      await page.getByRole('radiogroup', { name: 'Do you feel safe with your partner right now?' }).getByText('Yes, I feel safe').click();
      await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
      await checkPage(page, 'portal-answer');
      await page.setViewportSize(PHONE);
      await page.getByRole('button', { name: 'Submit my answers' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Submit', exact: true }).click();
      await page.getByText(/Submitted on/).waitFor();
    } finally {
      await partner.context.close();
    }
    // The other partner through the portal API (the same validation on the server).
    await submitThroughPortal(`http://x${links.second}`, () => ({ closeness: 2, helped: 'Less arguing.', evening: 'tuesday', safetyCheck: 'yes' }));
  });

  it('the counselor reviews both partners’ answers side by side, with each partner’s score', async () => {
    const { page } = staff;
    await page.goto(`/couples/${coupleId}`);
    await page.getByRole('article', { name: TITLE }).getByRole('link', { name: /Open review/ }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const scores = page.getByRole('region', { name: 'Scores' });
    await scores.getByText(`${COUPLE.first}: 4 of 5 · Connected`).waitFor();
    await scores.getByText(`${COUPLE.second}: 2 of 5 · Distant`).waitFor();
    const answers = page.locator('app-aligned-answers');
    await answers.getByText('Cooking together on Sunday.').waitFor();
    await answers.getByText('Less arguing.').waitFor();
    await answers.getByText('Thursday').waitFor();
    const cells = answers.locator('.row').first().locator('.cell');
    await expect(cells.count()).resolves.toBe(2);
    const [left, right] = [await cells.nth(0).boundingBox(), await cells.nth(1).boundingBox()];
    expect(left && right && Math.abs(left.y - right.y) < 2 && right.x > left.x + left.width - 1).toBe(true);
    await checkPage(page, 'review');
  });

  it('a version the practice does not have is a 404 (the review page then says the exercise is no longer available)', async () => {
    const { page } = staff;
    const missing = await page.request.get(`/api/exercises/${exerciseKey}/versions/99`);
    expect(missing.status()).toBe(404);
  });
});
