import { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations, DESKTOP, hasHorizontalScroll, launchBrowser, newPage, PHONE, screenshot } from './support/browser';
import { createSoloPractice, signInThroughPage } from './support/staff';

const PERSON = { email: 'jordan.solo@example.com', password: 'lighthouse over a calm bay', name: 'Jordan Solo' };
const EXERCISES = [
  { title: 'Acknowledge the breach', slug: 'acknowledge' },
  { title: 'Communicate openly and honestly', slug: 'communicate' },
  { title: 'Set boundaries and expectations', slug: 'boundaries' },
];

async function expectFitsAndAccessible(page: Page, name: string): Promise<void> {
  expect({ name, horizontalScroll: await hasHorizontalScroll(page) }).toEqual({ name, horizontalScroll: false });
  await screenshot(page, name);
  expect({ name, violations: await accessibilityViolations(page) }).toEqual({ name, violations: [] });
}

describe('exercise previews: all three exercises render as partners and counselors see them', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    await createSoloPractice('Solo Practice', PERSON);
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser, DESKTOP));
    await signInThroughPage(page, PERSON);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  for (const viewport of [PHONE, DESKTOP]) {
    for (const exercise of EXERCISES) {
      it(`renders "${exercise.title}" at ${viewport.width} px, editable and read-only, with no accessibility violations`, async () => {
        await page.setViewportSize(viewport);
        await page.goto('/exercises');
        await page.getByRole('heading', { level: 1, name: 'Exercise preview' }).waitFor();
        await page.getByRole('combobox', { name: 'Exercise' }).click();
        await page.getByRole('option', { name: exercise.title }).click();
        await page.getByRole('region', { name: `Phone preview: ${exercise.title}` }).waitFor();

        // Every exercise ends with the counselor-only section and its safety check.
        await page.getByText('Do you feel safe with your partner', { exact: false }).first().waitFor();
        await expectFitsAndAccessible(page, `exercise-${exercise.slug}-edit`);

        await page.getByRole('radio', { name: 'Partner who broke the trust' }).check();
        await expectFitsAndAccessible(page, `exercise-${exercise.slug}-involved`);

        await page.getByRole('radio', { name: 'As the counselor reads it' }).check();
        await expectFitsAndAccessible(page, `exercise-${exercise.slug}-readonly`);
      });
    }
  }
});
