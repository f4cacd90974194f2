import { spawnSync } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { Browser, Page, Response } from 'playwright-core';
import { accessibilityViolations, DESKTOP, launchBrowser, newPage, PHONE, screenshot, SCREENSHOT_DIR } from './support/browser';
import { API_MAIN, ROOT } from './support/server';

const COUNSELOR = { email: 'robin.truth@example.com', password: 'slow river under the bridge', name: 'Robin Counselor' };
const SECRET = randomUUID();
/** The counselor's private note on the couple: it must never reach a partner. */
const LABEL = `Case 114 - Omar affair w/ coworker ${SECRET}`;
const token = () => randomBytes(32).toString('base64url');
const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');

const SENTENCES = {
  counselor_only: 'Only your counselor reads your answers.',
  after_both_submit: 'Your counselor reads your answers. Once you have both submitted, Sam can read them too — unless your counselor keeps them for your next session.',
  in_session: 'Your counselor reads your answers and may share them with Sam during a session.',
} as const;
const ALWAYS = 'Your private note and your answer to the safety question stay with your counselor.';
type Visibility = keyof typeof SENTENCES;

interface Seeded {
  alexToken: string;
  assignments: Record<Visibility, string>;
}

async function seed(): Promise<Seeded> {
  const created = spawnSync(
    process.execPath,
    [API_MAIN, 'create-admin', '--practice', 'Riverside Practice', '--email', COUNSELOR.email, '--name', COUNSELOR.name, '--password', COUNSELOR.password],
    { cwd: ROOT, env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL, LOG_LEVEL: 'warn' }, encoding: 'utf8', timeout: 60_000 },
  );
  if (created.status !== 0) throw new Error(`create-admin failed (${created.status}): ${created.stderr}${created.stdout}`);
  const db = new Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  try {
    const [user] = (await db.query<{ id: string; practice_id: string }>(`SELECT id, practice_id FROM user_account WHERE email = $1`, [COUNSELOR.email])).rows;
    if (!user) throw new Error('no counselor');
    const practiceId = user.practice_id;
    const [couple] = (await db.query<{ id: string }>(`INSERT INTO couple (practice_id, counselor_id, label) VALUES ($1, $2, $3) RETURNING id`, [practiceId, user.id, LABEL])).rows;
    const partner = async (position: number, name: string, perspective: string) =>
      (
        await db.query<{ id: string }>(`INSERT INTO partner (practice_id, couple_id, position, display_name, perspective) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [
          practiceId,
          couple?.id,
          position,
          name,
          perspective,
        ])
      ).rows[0]?.id;
    const alexId = await partner(1, 'Alex', 'hurt');
    await partner(2, 'Sam', 'involved');
    const alexToken = token();
    await db.query(`INSERT INTO invite_link (practice_id, partner_id, token_hash, created_by_user_id, expires_at) VALUES ($1, $2, $3, $4, now() + interval '30 days')`, [
      practiceId,
      alexId,
      sha256(alexToken),
      user.id,
    ]);
    const assign = async (key: string, visibility: Visibility) =>
      (
        await db.query<{ id: string }>(
          `INSERT INTO assignment (practice_id, couple_id, exercise_key, exercise_version, visibility, created_by_user_id) VALUES ($1, $2, $3, 1, $4, $5) RETURNING id`,
          [practiceId, couple?.id, key, visibility, user.id],
        )
      ).rows[0]?.id ?? '';
    return {
      alexToken,
      assignments: {
        after_both_submit: await assign('acknowledge-the-breach', 'after_both_submit'),
        counselor_only: await assign('communicate-openly', 'counselor_only'),
        in_session: await assign('set-boundaries', 'in_session'),
      },
    };
  } finally {
    await db.end();
  }
}

/** Nothing on the page (text, markup, title, storage) carries the label. */
async function expectNoLabel(page: Page, where: string): Promise<void> {
  const seen = await page.evaluate(() => [document.title, document.documentElement.outerHTML, document.body.innerText, JSON.stringify(localStorage), JSON.stringify(sessionStorage)].join('\n'));
  expect({ where, leaks: seen.includes(SECRET) || /omar affair/i.test(seen) }).toEqual({ where, leaks: false });
}

async function expectAxeClean(page: Page, name: string): Promise<void> {
  expect({ name, violations: await accessibilityViolations(page) }).toEqual({ name, violations: [] });
}

/** What is on screen right now (not the whole page): to see what the partner sees. */
async function viewportShot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${page.viewportSize()?.width ?? 0}.png`) });
}

describe('partner portal: never the couple label, the truth about who reads the answers, a failed submit in view', () => {
  let browser: Browser;
  let seeded: Seeded;

  beforeAll(async () => {
    seeded = await seed();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const viewport of [PHONE, DESKTOP]) {
    describe(`at ${viewport.width} px`, () => {
      let page: Page;
      const bodies: string[] = [];

      beforeAll(async () => {
        ({ page } = await newPage(browser, viewport));
        page.on('response', (response: Response) => {
          if (new URL(response.url()).pathname.startsWith('/api/')) void response.text().then((text) => bodies.push(`${JSON.stringify(response.headers())} ${text}`), () => undefined);
        });
        await page.goto(`/i/${seeded.alexToken}`);
        await page.getByRole('heading', { level: 1, name: 'Hello, Alex' }).waitFor();
      });
      afterAll(() => page?.context().close());

      it('never shows the couple label: home and every exercise, and no portal answer carries it', async () => {
        await page.locator('.home-card__title').first().waitFor();
        await expectNoLabel(page, 'home');
        await expect(page.locator('.portal-header').innerText()).resolves.toContain('Alex');
        await screenshot(page, 'partner-truth-home');
        await expectAxeClean(page, `home ${viewport.width}`);
        for (const id of Object.values(seeded.assignments)) {
          await page.goto(`/portal/assignments/${id}`);
          await page.locator('[data-visibility-notice]').waitFor();
          await expectNoLabel(page, `assignment ${id}`);
        }
        expect(bodies.length).toBeGreaterThan(3);
        expect(bodies.filter((b) => b.includes(SECRET) || /omar affair/i.test(b))).toEqual([]);
      });

      it('tells, per visibility, who reads the answers and when', async () => {
        for (const [visibility, id] of Object.entries(seeded.assignments) as [Visibility, string][]) {
          await page.goto(`/portal/assignments/${id}`);
          const notice = page.locator('[data-visibility-notice]');
          await notice.waitFor();
          const text = (await notice.innerText()).replace(/\s+/g, ' ');
          expect({ visibility, text }).toEqual({ visibility, text: expect.stringContaining(SENTENCES[visibility]) });
          expect(text).toContain(ALWAYS);
          await expect(page.getByText('never sees your answers unless').count()).resolves.toBe(0);
          await screenshot(page, `partner-truth-${visibility}`);
          await expectAxeClean(page, `${visibility} ${viewport.width}`);
        }
      });

      it('a failed submit brings the alert into view below the sticky bar, with focus on it', async () => {
        await page.goto(`/portal/assignments/${seeded.assignments.counselor_only}`);
        await page.locator('[data-visibility-notice]').waitFor();
        const submit = page.getByRole('button', { name: 'Submit my answers' });
        await submit.scrollIntoViewIfNeeded();
        await submit.click();
        const alert = page.locator('.answer-error-alert');
        await alert.waitFor();
        await page.waitForFunction(() => document.activeElement?.classList.contains('answer-error-alert'));
        // Let the scroll settle, then measure.
        await page.waitForTimeout(150);
        const geometry = await page.evaluate(() => {
          const box = document.querySelector('.answer-error-alert')?.getBoundingClientRect();
          const bar = document.querySelector('.answer-savebar')?.getBoundingClientRect();
          const active = document.activeElement;
          return {
            top: box?.top ?? -1,
            bottom: box?.bottom ?? -1,
            barBottom: bar?.bottom ?? -1,
            viewport: window.innerHeight,
            role: active?.getAttribute('role'),
            tabindex: active?.getAttribute('tabindex'),
            scrollY: window.scrollY,
          };
        });
        expect(geometry.role).toBe('alert');
        expect(geometry.tabindex).toBe('-1');
        expect(geometry.barBottom).toBeGreaterThan(0);
        expect(geometry.top).toBeGreaterThanOrEqual(geometry.barBottom);
        expect(geometry.bottom).toBeLessThanOrEqual(geometry.viewport);
        expect(geometry.scrollY).toBeGreaterThan(0); // it was scrolled to, from the bottom of the page
        // The list of what needs a look follows right below the alert.
        await expect(page.getByText('One answer needs a look').isVisible()).resolves.toBe(true);
        await viewportShot(page, 'partner-truth-submit-error-view');
        await expectAxeClean(page, `submit error ${viewport.width}`);
      });

      it('a successful submit: the confirmation says who reads them; then the submitted note is in view, with focus', async () => {
        // counselor_only exercise: answer the required safety question, then submit.
        await page.getByRole('radio', { name: 'Yes, I feel safe' }).check();
        await page.getByRole('button', { name: 'Submit my answers' }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByRole('heading', { name: 'Submit your answers?' }).waitFor();
        await dialog.getByText(SENTENCES.counselor_only).waitFor();
        await dialog.getByText(ALWAYS).waitFor();
        await viewportShot(page, 'partner-truth-submit-confirm');
        await expectAxeClean(page, `submit confirm ${viewport.width}`);
        await dialog.getByRole('button', { name: 'Submit', exact: true }).click();
        await page.waitForFunction(() => document.activeElement?.classList.contains('answer-submitted'));
        await page.waitForTimeout(150);
        const box = await page.evaluate(() => {
          const rect = document.querySelector('.answer-submitted')?.getBoundingClientRect();
          return { top: rect?.top ?? -1, bottom: rect?.bottom ?? -1, viewport: window.innerHeight, text: document.activeElement?.textContent ?? '' };
        });
        expect(box.top).toBeGreaterThanOrEqual(0);
        expect(box.bottom).toBeLessThanOrEqual(box.viewport);
        expect(box.text).toContain('Submitted on');
        await viewportShot(page, 'partner-truth-submitted-view');
        await expectAxeClean(page, `submitted ${viewport.width}`);
        await expectNoLabel(page, 'after submitting');
        // The next viewport's run answers the same exercise again: put it back to a draft.
        const db = new Client({ connectionString: process.env.E2E_DATABASE_URL });
        await db.connect();
        try {
          await db.query(`DELETE FROM response WHERE assignment_id = $1`, [seeded.assignments.counselor_only]);
        } finally {
          await db.end();
        }
      });
    });
  }
});
