import { Locator, Page } from 'playwright-core';
import { measureFocusRing } from './focus-ring';

export interface FocusReport {
  /** `tag#id.class "name"` of the focused element. */
  readonly element: string;
  readonly problems: string[];
}

/**
 * Where keyboard focus is and what is wrong with how it shows: nothing focused, off screen, entirely covered by
 * something else (a sticky bar: WCAG 2.4.11), or no focus ring of at least 2 px and 3:1 (2.4.7, 1.4.11).
 */
export async function focusReport(page: Page): Promise<FocusReport> {
  const seen = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return { element: '(nothing: body)', problems: ['nothing has focus'] };
    const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    const element = `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${[...el.classList].slice(0, 2).map((c) => '.' + c).join('')} "${name}"`;
    const problems: string[] = [];
    // A native control drawn by its component (checkbox, radio, slider, scale step) shows through its host.
    const host =
      (el.closest('.mat-mdc-checkbox, .mat-mdc-radio-button, .mat-mdc-slider, .mat-mdc-form-field, .mat-mdc-button-base, .mat-mdc-slide-toggle, label') as HTMLElement | null) ?? el;
    const r = host.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) problems.push('focused element has no size');
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    if (r.bottom <= 0 || r.top >= vh || r.right <= 0 || r.left >= vw) problems.push(`off screen (${Math.round(r.left)},${Math.round(r.top)} in ${vw}×${vh})`);
    else {
      const points: [number, number][] = [
        [r.left + r.width / 2, r.top + r.height / 2],
        [r.left + 3, r.top + 3],
        [r.right - 3, r.top + 3],
        [r.left + 3, r.bottom - 3],
        [r.right - 3, r.bottom - 3],
      ];
      const reachable = points.filter(([x, y]) => x >= 0 && y >= 0 && x < vw && y < vh);
      const shown = reachable.some(([x, y]) => {
        const hit = document.elementFromPoint(x, y);
        return !!hit && (host.contains(hit) || hit.contains(host) || hit === el);
      });
      if (!shown) {
        const cover = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        problems.push(`covered by ${cover?.tagName.toLowerCase()}.${[...(cover?.classList ?? [])].join('.')}`);
      }
    }
    return { element, problems };
  });
  if (seen.element !== '(nothing: body)') {
    const ring = await measureFocusRing(page);
    if (!ring.found) seen.problems.push('no visible focus ring');
    else if ((ring.width ?? 0) < 2 || (ring.contrast ?? 0) < 3) seen.problems.push(`weak focus ring: ${ring.how} ${ring.width}px ${ring.contrast}:1`);
  }
  return seen;
}

/** Fails unless the focused element is on screen, not covered, and shows a focus ring. */
export async function expectFocusVisible(page: Page, step: string): Promise<string> {
  const report = await focusReport(page);
  expect({ step, focus: report.element, problems: report.problems }).toEqual({ step, focus: report.element, problems: [] });
  return report.element;
}

/** One key press, then the focus check. */
export async function press(page: Page, key: string, step = key): Promise<string> {
  await page.keyboard.press(key);
  await page.waitForTimeout(30);
  return expectFocusVisible(page, step);
}

/** Focus is in (any element of) `target`. */
const focusedIn = (target: Locator) =>
  target.evaluateAll((els) => els.some((el) => !!document.activeElement && (el === document.activeElement || el.contains(document.activeElement)))).catch(() => false);

/**
 * Presses Tab (or Shift+Tab) until focus is inside `target`, checking the focus after every press; fails, with
 * the path it took, after `max` presses (the target cannot be reached by keyboard, or focus is stuck).
 */
export async function tabTo(page: Page, target: Locator, { max = 80, back = false, what = 'target' }: { max?: number; back?: boolean; what?: string } = {}): Promise<void> {
  const path: string[] = [];
  for (let i = 0; i < max; i++) {
    if (await focusedIn(target)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    await page.waitForTimeout(30);
    const report = await focusReport(page);
    path.push(report.element);
    // Past the last stop the browser leaves the page (focus on body); the next Tab starts again at the top.
    if (report.element === '(nothing: body)' && path[path.length - 2] !== '(nothing: body)') continue;
    if (report.problems.length) throw new Error(`Towards ${what}, press ${path.length}: ${report.element}: ${report.problems.join('; ')}\nfocus went: ${path.join(' → ')}`);
    // A date-time input keeps focus while Tab walks its parts (month, day, year, hour, minute, AM/PM): 8 is stuck.
    if (path.length >= 8 && path.slice(-8).every((p) => p === path[path.length - 1])) throw new Error(`Focus is stuck on ${path[path.length - 1]} on the way to ${what}`);
  }
  if (await focusedIn(target)) return;
  throw new Error(`${what} not reached in ${max} ${back ? 'Shift+Tab' : 'Tab'} presses; focus went:\n${path.join('\n')}`);
}

/** Tab (then Shift+Tab) leaves `widget` within `max` presses each way: no keyboard trap (WCAG 2.1.2). */
export async function expectNoTrap(page: Page, widget: Locator, what: string, max = 40): Promise<void> {
  for (const key of ['Tab', 'Shift+Tab']) {
    await widget.evaluate((el) => {
      const first = el.matches('input, textarea, button, a[href], [tabindex]') ? el : el.querySelector<HTMLElement>('input:not([type=hidden]), textarea, button, a[href], [tabindex]:not([tabindex="-1"])');
      (first as HTMLElement | null)?.focus();
    });
    let left = false;
    for (let i = 0; i < max && !left; i++) {
      await page.keyboard.press(key);
      left = !(await focusedIn(widget));
    }
    expect({ what, key, leaves: left }).toEqual({ what, key, leaves: true });
  }
}

/** Types text as keys (a keyboard user typing), then checks focus stayed visible. */
export async function typeText(page: Page, text: string, step: string): Promise<void> {
  await page.keyboard.type(text, { delay: 5 });
  await expectFocusVisible(page, step);
}
