import { createHash, randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { Browser, BrowserContext, Locator, Page, Request } from 'playwright-core';
import { accessibilityViolations, DESKTOP, launchBrowser, newPage, PHONE, screenshot } from './support/browser';
import { keyboardFocus, measureFocusRing, RingMeasure, wordBreakProblems } from './support/focus-ring';
import { submitThroughPortal } from './support/partner-answers';
import { createSoloPractice, signInThroughPage } from './support/staff';

/**
 * Issue 21, from outside: untouched intensity sliders submit no intensity; no emotion name breaks
 * mid-word on a phone; every control type shows a focus ring of at least 3:1 in both themes.
 */
const COUNSELOR = { email: 'rae.fields@example.com', password: 'slow river under stars', name: 'Rae Fields' };
const NARROW = { width: 320, height: 720 } as const;
const token = () => randomBytes(32).toString('base64url');
const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');

interface SeededCouple {
  coupleId: string;
  tokens: [string, string];
  partnerIds: [string, string];
  assignments: Record<string, string[]>;
}

async function seedCouple(db: Client, label: string, names: [string, string], keys: string[]): Promise<SeededCouple> {
  const [user] = (await db.query<{ id: string; practice_id: string }>(`SELECT id, practice_id FROM user_account WHERE email = $1`, [COUNSELOR.email])).rows;
  if (!user) throw new Error('no counselor');
  const [couple] = (await db.query<{ id: string }>(`INSERT INTO couple (practice_id, counselor_id, label) VALUES ($1, $2, $3) RETURNING id`, [user.practice_id, user.id, label])).rows;
  const coupleId = couple?.id ?? '';
  const tokens: [string, string] = [token(), token()];
  const partnerIds: string[] = [];
  for (const [index, name] of names.entries()) {
    const [partner] = (
      await db.query<{ id: string }>(`INSERT INTO partner (practice_id, couple_id, position, display_name, perspective) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [
        user.practice_id,
        coupleId,
        index + 1,
        name,
        index === 0 ? 'hurt' : 'involved',
      ])
    ).rows;
    partnerIds.push(partner?.id ?? '');
    await db.query(`INSERT INTO invite_link (practice_id, partner_id, token_hash, created_by_user_id, expires_at) VALUES ($1, $2, $3, $4, now() + interval '30 days')`, [
      user.practice_id,
      partner?.id,
      sha256(tokens[index] ?? ''),
      user.id,
    ]);
  }
  const assignments: Record<string, string[]> = {};
  for (const [index, key] of keys.entries()) {
    const [row] = (
      await db.query<{ id: string }>(
        `INSERT INTO assignment (practice_id, couple_id, exercise_key, exercise_version, visibility, due_at, created_by_user_id)
         VALUES ($1, $2, $3, 1, 'counselor_only', now() + make_interval(days => $4::int), $5) RETURNING id`,
        [user.practice_id, coupleId, key, index + 1, user.id],
      )
    ).rows;
    (assignments[key] ??= []).push(row?.id ?? '');
  }
  return { coupleId, tokens, partnerIds: partnerIds as [string, string], assignments };
}

const ACKNOWLEDGE = { whatHappened: 'It happened over the winter.', safetyCheck: 'yes', privateNote: 'Sleeping badly again.' };

describe('fields: unset intensities, whole words on phones, visible focus', () => {
  let browser: Browser;
  let first: SeededCouple;
  let second: SeededCouple;

  beforeAll(async () => {
    await createSoloPractice('Fieldstone Counseling', COUNSELOR);
    const db = new Client({ connectionString: process.env.E2E_DATABASE_URL });
    await db.connect();
    try {
      first = await seedCouple(db, 'Fields one', ['Alex', 'Sam'], ['acknowledge-the-breach', 'communicate-openly']);
      second = await seedCouple(db, 'Fields two', ['Robin', 'Kai'], ['acknowledge-the-breach', 'acknowledge-the-breach', 'communicate-openly']);
    } finally {
      await db.end();
    }
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  async function openAsPartner(partnerToken: string, viewport: { width: number; height: number }, exercise: RegExp): Promise<{ context: BrowserContext; page: Page }> {
    const opened = await newPage(browser, viewport);
    await opened.page.goto(`/i/${partnerToken}`);
    await opened.page.getByRole('heading', { level: 1, name: /^Hello, / }).waitFor();
    await opened.page.getByRole('link', { name: exercise }).click();
    await opened.page.locator('trp-exercise-form').waitFor();
    return opened;
  }

  it('an emotion picked without touching its slider is sent and stored with no intensity; a slider moved by keyboard is', async () => {
    const { context, page } = await openAsPartner(first.tokens[0], PHONE, /Acknowledge the breach/);
    const bodies: unknown[] = [];
    page.on('request', (request: Request) => {
      if (/\/api\/portal\/assignments\/[^/]+\/(draft|submit)$/.test(request.url()) && request.method() !== 'GET') bodies.push(request.postDataJSON());
    });
    await page.getByRole('checkbox', { name: 'Hurt', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Disappointment', exact: true }).check();
    const hurt = page.getByRole('slider', { name: 'Hurt' });
    await expect(hurt.getAttribute('aria-valuetext')).resolves.toBe('not set');
    await expect(page.locator('.trp-emotions__intensity--unset').count()).resolves.toBe(2);
    await screenshot(page, 'fields-emotions-unset');
    // Set one by keyboard: focus, then an arrow from where it rests.
    await keyboardFocus(page, page.getByRole('slider', { name: 'Disappointment' }));
    await page.keyboard.press('ArrowRight');
    // The keydown marks it set where it rests (5); the slider's own input event then moves it one step: wait for both.
    const disappointment = page.getByRole('slider', { name: 'Disappointment' });
    await disappointment.and(page.locator('[aria-valuetext="6 of 10"]')).waitFor({ timeout: 3000 }).catch(() => undefined);
    await expect(disappointment.getAttribute('aria-valuetext')).resolves.toBe('6 of 10');
    await expect(hurt.getAttribute('aria-valuetext')).resolves.toBe('not set');
    await screenshot(page, 'fields-emotions-one-set');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('radio', { name: 'Yes, I feel safe' }).check();
    await page.getByRole('button', { name: 'Submit my answers' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Submit', exact: true }).click();
    await page.getByText(/Submitted on/).waitFor();
    const submitted = bodies.filter((b): b is { answers: Record<string, unknown> } => typeof b === 'object' && b !== null && !('version' in b)).pop();
    expect(submitted?.answers['feelingsNow']).toEqual([{ emotion: 'hurt' }, { emotion: 'disappointment', intensity: 6 }]);
    const db = new Client({ connectionString: process.env.E2E_DATABASE_URL });
    await db.connect();
    try {
      const { rows } = await db.query<{ answers: Record<string, unknown> }>(`SELECT answers FROM response WHERE assignment_id = $1 AND partner_id = $2`, [
        first.assignments['acknowledge-the-breach']?.[0],
        first.partnerIds[0],
      ]);
      expect(rows[0]?.answers['feelingsNow']).toEqual([{ emotion: 'hurt' }, { emotion: 'disappointment', intensity: 6 }]);
    } finally {
      await db.end();
    }
    // Read back: the untouched one says so instead of a number.
    await page.getByText('Hurt — strength not given').waitFor();
    await context.close();
  });

  it('the emotion grid and the feelings table keep every word whole at 320 and 360 px', async () => {
    const { context, page } = await openAsPartner(first.tokens[1], NARROW, /Communicate openly/);
    for (const column of ['mine', 'partner']) {
      await page.locator(`[data-column="${column}"]`).getByRole('checkbox', { name: 'Disappointment', exact: true }).check();
      await page.locator(`[data-column="${column}"]`).getByRole('checkbox', { name: 'Confusion', exact: true }).check();
    }
    for (const viewport of [NARROW, PHONE]) {
      await page.setViewportSize(viewport);
      await page.waitForTimeout(200);
      const problems = await wordBreakProblems(page, 'trp-emotions-field .mdc-label, trp-emotions-field .trp-emotions__intensity-label, trp-emotions-field legend, trp-emotions-field .trp-emotions__intensity-value');
      expect({ width: viewport.width, problems }).toEqual({ width: viewport.width, problems: [] });
      await screenshot(page, 'fields-feelings-table');
    }
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  describe('the counselor side', () => {
    let staff: { context: BrowserContext; page: Page };

    beforeAll(async () => {
      // Robin answers the acknowledge exercise twice (readiness 4, then 7) and the feelings table, some intensities unset.
      let round = 0;
      const robin = (key: string) =>
        key === 'acknowledge-the-breach'
          ? { ...ACKNOWLEDGE, readiness: [4, 7][round++] ?? 7 }
          : {
              feelingsTable: { mine: [{ emotion: 'disappointment', intensity: 9 }, { emotion: 'hurt' }], partner: [{ emotion: 'remorse' }, { emotion: 'confusion', intensity: 8 }] },
              safetyCheck: 'unsure',
              privateNote: 'I am not sure I can keep going.',
            };
      const kai = (key: string) =>
        key === 'acknowledge-the-breach'
          ? { ...ACKNOWLEDGE, readiness: 5, privateNote: 'Hopeful.' }
          : {
              feelingsTable: { mine: [{ emotion: 'remorse', intensity: 2 }, { emotion: 'confusion' }], partner: [{ emotion: 'disappointment' }, { emotion: 'hurt', intensity: 9 }] },
              safetyCheck: 'yes',
            };
      await submitThroughPortal(`http://x/i/${second.tokens[0]}`, robin);
      await submitThroughPortal(`http://x/i/${second.tokens[1]}`, kai);
      staff = await newPage(browser, DESKTOP);
      await signInThroughPage(staff.page, COUNSELOR);
      const xsrf = (await staff.context.storageState()).cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
      const note = await staff.page.request.post(`/api/couples/${second.coupleId}/notes`, { data: { body: 'Robin asked to talk about money first.' }, headers: { 'X-XSRF-TOKEN': decodeURIComponent(xsrf) } });
      expect(note.status()).toBe(201);
    });
    afterAll(() => staff?.context.close());

    it('the comparison shows "named, no intensity" and never an "off by" for an unset one; words stay whole at 320 and 360 px', async () => {
      const { page } = staff;
      await page.goto(`/assignments/${second.assignments['communicate-openly']?.[0]}`);
      await page.locator('app-feelings-comparison-view').waitFor();
      const text = (await page.locator('app-feelings-comparison-view').textContent()) ?? '';
      expect(text).toContain('named, no intensity');
      expect(text).toContain('Both named it');
      // Robin guessed Kai's confusion at 8; Kai named confusion without a strength: not a difference.
      expect(text).not.toContain('Off by');
      await page.locator('app-aligned-answers .row').first().waitFor();
      for (const viewport of [NARROW, PHONE, DESKTOP]) {
        await page.setViewportSize(viewport);
        await page.waitForTimeout(200);
        const problems = await wordBreakProblems(page, 'app-feelings-comparison-view th, app-feelings-comparison-view td');
        expect({ width: viewport.width, problems }).toEqual({ width: viewport.width, problems: [] });
        await screenshot(page, 'fields-review');
        expect(await accessibilityViolations(page)).toEqual([]);
      }
    });

    it('the prep sheet carries the own notes, the counselor-only answers, the readiness change and no unset "differences"', async () => {
      const { page } = staff;
      await page.setViewportSize(DESKTOP);
      await page.goto(`/couples/${second.coupleId}/prep`);
      await page.getByRole('heading', { level: 1, name: /Session prep/ }).waitFor();
      const text = (await page.locator('.prep').textContent()) ?? '';
      expect(text).toContain('Robin asked to talk about money first.');
      expect(text).toContain('I am not sure I can keep going.');
      expect(text).toMatch(/Robin: 7\/10 on .*, up 3 from 4\/10/);
      expect(text).not.toContain('/10; Kai reported'); // no intensity gap from an unset one
      for (const viewport of [PHONE, DESKTOP]) {
        await page.setViewportSize(viewport);
        await page.waitForTimeout(200);
        await screenshot(page, 'fields-prep');
        expect(await accessibilityViolations(page)).toEqual([]);
      }
    });

    it('every control type shows a focus ring of at least 2 px and 3:1 against what is behind it, light and dark, at 360 and 1280 px', async () => {
      const results: { control: string; theme: string; width: number; ring: RingMeasure }[] = [];
      const measure = async (page: Page, control: string, target: Locator) => {
        for (const theme of ['light', 'dark']) {
          await page.evaluate((dark) => document.documentElement.classList.toggle('dark-theme', dark), theme === 'dark');
          for (const viewport of [PHONE, DESKTOP]) {
            await page.setViewportSize(viewport);
            await target.scrollIntoViewIfNeeded();
            await keyboardFocus(page, target);
            await page.waitForTimeout(50);
            results.push({ control, theme, width: viewport.width, ring: await measureFocusRing(page) });
          }
        }
        await page.evaluate(() => document.documentElement.classList.remove('dark-theme'));
      };

      // The partner's answer page: filled button, checkbox, radio, scale, slider, text input, link.
      const partner = await openAsPartner(first.tokens[1], PHONE, /Acknowledge the breach/);
      const p = partner.page;
      await p.getByRole('checkbox', { name: 'Fear', exact: true }).check();
      await measure(p, 'filled button', p.getByRole('button', { name: 'Submit my answers' }));
      await measure(p, 'checkbox', p.getByRole('checkbox', { name: 'Anger', exact: true }));
      await measure(p, 'radio', p.getByRole('radio', { name: 'Yes, I feel safe' }));
      await measure(p, 'scale step', p.locator('.trp-scale__input').first());
      await measure(p, 'slider', p.getByRole('slider', { name: 'Fear' }));
      await measure(p, 'text input', p.locator('textarea').first());
      await measure(p, 'link', p.getByRole('link').first());
      await keyboardFocus(p, p.getByRole('checkbox', { name: 'Anger', exact: true }));
      await screenshot(p, 'fields-focus-checkbox');
      await partner.context.close();

      // Staff pages: filled and stroked buttons, a date input, a link, a slide toggle.
      const { page } = staff;
      await page.goto(`/couples/${second.coupleId}/prep`);
      await page.getByRole('heading', { level: 1, name: /Session prep/ }).waitFor();
      await measure(page, 'staff filled button', page.getByRole('button', { name: 'Print' }));
      await measure(page, 'staff link button', page.getByRole('link', { name: /Back to/ }));
      await measure(page, 'staff date input', page.getByLabel('What is new since'));
      await page.goto('/admin/practice');
      await page.locator('mat-slide-toggle').first().waitFor();
      await measure(page, 'slide toggle', page.getByRole('switch').first());
      await keyboardFocus(page, page.getByRole('switch').first());
      await screenshot(page, 'fields-focus-toggle');

      const weak = results.filter((r) => !r.ring.found || (r.ring.width ?? 0) < 2 || (r.ring.contrast ?? 0) < 3);
      console.log(results.map((r) => `${r.control} ${r.theme} ${r.width}: ${r.ring.how} ${r.ring.width}px ${r.ring.color} on ${r.ring.background} = ${r.ring.contrast}:1`).join('\n'));
      expect(weak).toEqual([]);
    });
  });
});
