import { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl } from './browser';

export type TestLocale = 'en' | 'es';
export const TEST_LOCALES: readonly TestLocale[] = ['en', 'es'];

/**
 * A context that reads the app in `locale`: the `trp_locale` cookie the API sets when a person picks a language,
 * set before the first navigation, and the browser's own language (Accept-Language, Intl) to match.
 */
export async function newLocalePage(
  browser: Browser,
  locale: TestLocale,
  viewport: { width: number; height: number },
  options: { baseURL?: string; deviceScaleFactor?: number; reducedMotion?: 'reduce' | 'no-preference' } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const url = options.baseURL ?? baseUrl();
  const context = await browser.newContext({
    viewport,
    baseURL: url,
    locale: locale === 'es' ? 'es-419' : 'en-US',
    reducedMotion: options.reducedMotion ?? 'reduce',
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
  });
  await context.addCookies([{ name: 'trp_locale', value: locale, url }]);
  const page = await context.newPage();
  return { context, page };
}

/** The copy of the app that answered: `<html lang>` is set per build copy. */
export async function expectLocale(page: Page, locale: TestLocale): Promise<void> {
  const lang = await page.evaluate(() => document.documentElement.lang);
  expect({ url: page.url(), lang: lang.slice(0, 2) }).toEqual({ url: page.url(), lang: locale });
}

/**
 * Common English words of a user interface that are not Spanish words too (no "no", "me", "error", "menu", "use").
 * One left in the Spanish copy almost always means a string that was not marked or not translated.
 */
export const ENGLISH_UI_WORDS: ReadonlySet<string> = new Set(
  (
    'the and your you yours our with without for from this that these those what when where which who how why is are was were be been ' +
    'will would can could should must have had not yet here there of to in on at by it its they their them we us my mine his her ' +
    'save saved saving cancel cancelled submit submitted submitting exercise exercises partner partners couple couples sign signed ' +
    'loading load review reviewed reviewing answer answers answered question questions open opened close closed back next previous ' +
    'all any some more less show hide download upload choose chosen remove add added item items statement statements settings ' +
    'password forgot reset account practice counselor counselors session sessions reminder reminders weekly week today tomorrow ' +
    'yesterday due overdue draft drafts share shared sharing agreed agreement agreements reopen mark marked assign assigned assignment ' +
    'assignments archive archived dashboard home help please thank thanks hello welcome leave quickly print edit delete new none ' +
    'nothing something everything try again link links unlock locked feel feelings feeling safe safety check score scores trend ' +
    'change changes over time only private note notes name names skip content main navigation search filter sort page of ' +
    'first last before after since about above below other both each every one two three left right up down move strength ' +
    'selected select clear cleared continue done ready started start stop written write copy copied'
  ).split(/\s+/),
);

/** Text that stays as it is in every language: names of the product, people, practices, and a few loan words. */
export const ALWAYS_ALLOWED: readonly (string | RegExp)[] = ['Trust Repair Practice', 'PIN', 'OK', /[\w.+-]+@[\w-]+(\.[\w-]+)+/g];

export interface EnglishFinding {
  readonly word: string;
  /** Where it was found: `text`, `aria-label`, `placeholder`, `title`, `alt`, `aria-valuetext` or `document.title`. */
  readonly where: string;
  readonly context: string;
}

/**
 * Every English UI word in what a person sees or hears on the page: visible text (and visually hidden text read
 * by screen readers), the accessible-name attributes, placeholders, titles and the document title. Icon ligatures
 * (`mat-icon`) are skipped, as are `allow` entries (proper names of the test data) and ALWAYS_ALLOWED.
 */
export async function untranslatedEnglish(page: Page, allow: readonly (string | RegExp)[] = []): Promise<EnglishFinding[]> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const samples = await page.evaluate(() => {
    const out: { where: string; text: string }[] = [];
    const skip = (el: Element | null): boolean => {
      for (let at = el; at; at = at.parentElement) {
        const tag = at.tagName.toLowerCase();
        if (tag === 'mat-icon' || tag === 'script' || tag === 'style' || tag === 'noscript' || tag === 'template') return true;
        if (at.classList.contains('material-symbols-outlined') || at.getAttribute('translate') === 'no') return true;
      }
      return !(el as HTMLElement).checkVisibility?.({ visibilityProperty: true });
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      if (text && !skip(node.parentElement)) out.push({ where: 'text', text });
    }
    const attributes = ['aria-label', 'placeholder', 'title', 'alt', 'aria-valuetext', 'aria-roledescription', 'aria-description'];
    for (const el of document.body.querySelectorAll('*')) {
      if (skip(el)) continue;
      for (const name of attributes) {
        const value = el.getAttribute(name)?.trim();
        if (value) out.push({ where: name, text: value });
      }
    }
    if (document.title) out.push({ where: 'document.title', text: document.title });
    return out;
  });
  const allowed = [...ALWAYS_ALLOWED, ...allow];
  const findings: EnglishFinding[] = [];
  const seen = new Set<string>();
  for (const sample of samples) {
    let text = sample.text;
    for (const entry of allowed) text = typeof entry === 'string' ? text.split(entry).join(' ') : text.replace(new RegExp(entry.source, 'g'), ' ');
    for (const word of text.toLowerCase().split(/[^\p{L}']+/u)) {
      const bare = word.replace(/^'+|'+$/g, '').replace(/'s$/, '');
      if (!ENGLISH_UI_WORDS.has(bare)) continue;
      const key = `${sample.where}:${bare}:${sample.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push({ word: bare, where: sample.where, context: sample.text.slice(0, 120) });
    }
  }
  return findings;
}

/** One line per text found: `where: "the text" [its English words]`. */
function grouped(findings: readonly EnglishFinding[], prefix = ''): string[] {
  const lines = new Map<string, string[]>();
  for (const f of findings) {
    const key = `${prefix}${f.where}: "${f.context}"`;
    lines.set(key, [...(lines.get(key) ?? []), f.word]);
  }
  return [...lines].map(([key, words]) => `${key} [${[...new Set(words)].join(' ')}]`);
}

/** Fails with the English words found and where, so a missing translation is named in the failure. */
export async function expectNoUntranslatedEnglish(page: Page, allow: readonly (string | RegExp)[] = []): Promise<void> {
  const report = grouped(await untranslatedEnglish(page, allow));
  expect({ url: new URL(page.url()).pathname, english: report }).toEqual({ url: new URL(page.url()).pathname, english: [] });
}

/**
 * Collects the English words of several pages along a journey, and fails once at the end: the journey itself
 * (keyboard, axe) is checked in full even while translations are missing, and the failure lists every page's words.
 */
export class UntranslatedLog {
  private readonly found: string[] = [];

  /** `enabled` false (the English run): collects nothing. */
  constructor(
    private readonly allow: readonly (string | RegExp)[] = [],
    private readonly enabled = true,
  ) {}

  async collect(page: Page, step: string, allow: readonly (string | RegExp)[] = []): Promise<void> {
    if (!this.enabled) return;
    this.found.push(...grouped(await untranslatedEnglish(page, [...this.allow, ...allow]), `${step}: `));
  }

  expectNone(): void {
    expect({ english: [...new Set(this.found)] }).toEqual({ english: [] });
  }
}
