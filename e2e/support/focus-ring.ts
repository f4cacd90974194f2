import { Locator, Page } from 'playwright-core';

export interface RingMeasure {
  readonly found: boolean;
  /** How the ring is drawn: `outline` of an element or the `::before` border of a Material focus indicator. */
  readonly how?: string;
  readonly width?: number;
  readonly color?: string;
  readonly background?: string;
  /** WCAG contrast ratio of the ring against the colour behind it. */
  readonly contrast?: number;
}

/** Focuses `target` by keyboard (Shift+Tab away, Tab back) so `:focus-visible` applies as for a keyboard user. */
export async function keyboardFocus(page: Page, target: Locator): Promise<void> {
  await target.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const focused = await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));
  if (!focused) {
    // The previous stop may be inside a group that keeps focus (a radio group): focus it directly after a key press.
    await page.keyboard.press('Shift');
    await target.focus();
  }
}

/**
 * Measures the focus ring around the focused element: its own outline, an outline on the Material
 * component around it (`:has(:focus-visible)`), or the component's strong focus indicator (`::before`).
 * The colour behind it is the first opaque background outside the component.
 */
export function measureFocusRing(page: Page): Promise<RingMeasure> {
  return page.evaluate(() => {
    const parse = (value: string): [number, number, number, number] | null => {
      const rgb = value.match(/rgba?\(([^)]+)\)/);
      if (rgb?.[1]) {
        const parts = rgb[1].split(/[\s,/]+/).filter(Boolean).map(Number);
        return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
      }
      const srgb = value.match(/color\(srgb ([^)]+)\)/);
      if (srgb?.[1]) {
        const parts = srgb[1].split(/[\s/]+/).filter(Boolean).map(Number);
        return [(parts[0] ?? 0) * 255, (parts[1] ?? 0) * 255, (parts[2] ?? 0) * 255, parts[3] ?? 1];
      }
      return null;
    };
    const luminance = ([r, g, b]: number[]) => {
      const channel = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r ?? 0) + 0.7152 * channel(g ?? 0) + 0.0722 * channel(b ?? 0);
    };
    const blend = (top: number[], bottom: number[]) => {
      const a = top[3] ?? 1;
      return [0, 1, 2].map((i) => (top[i] ?? 0) * a + (bottom[i] ?? 0) * (1 - a));
    };
    const backgroundBehind = (start: Element | null): number[] => {
      const layers: number[][] = [];
      for (let el = start; el; el = el.parentElement) {
        const color = parse(getComputedStyle(el).backgroundColor);
        if (color && color[3] > 0) {
          layers.push(color);
          if (color[3] >= 1) break;
        }
      }
      let base = [255, 255, 255, 1];
      for (const layer of layers.reverse()) base = [...blend(layer, base), 1];
      return base;
    };

    const focused = document.activeElement;
    if (!focused || focused === document.body) return { found: false };
    const host =
      focused.closest('.mat-mdc-button-base, .mat-mdc-checkbox, .mat-mdc-radio-button, .mat-mdc-slide-toggle, .mat-mdc-slider, .mat-mdc-chip, .mat-mdc-form-field') ?? focused;
    const candidates: { el: Element; how: string; width: number; color: string }[] = [];
    const consider = (el: Element) => {
      const style = getComputedStyle(el);
      const width = parseFloat(style.outlineWidth);
      if (style.outlineStyle !== 'none' && width > 0) candidates.push({ el, how: `outline on ${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`, width, color: style.outlineColor });
      const before = getComputedStyle(el, '::before');
      const border = parseFloat(before.borderTopWidth);
      if (el.classList.contains('mat-focus-indicator') && before.content !== 'none' && before.display !== 'none' && border > 0 && before.borderTopStyle !== 'none') {
        candidates.push({ el, how: `focus indicator in ${host.tagName.toLowerCase()}`, width: border, color: before.borderTopColor });
      }
    };
    for (let el: Element | null = focused; el && el !== host.parentElement; el = el.parentElement) consider(el);
    host.querySelectorAll('*').forEach(consider);
    const visible = candidates.filter((c) => (parse(c.color)?.[3] ?? 0) > 0);
    const ring = visible[0];
    if (!ring) return { found: false };
    const ringColor = parse(ring.color) ?? [0, 0, 0, 1];
    const background = backgroundBehind(host.parentElement);
    const shown = blend(ringColor, background);
    const [l1, l2] = [luminance(shown), luminance(background)].sort((a, b) => b - a);
    return {
      found: true,
      how: ring.how,
      width: ring.width,
      color: ring.color,
      background: `rgb(${background.slice(0, 3).map(Math.round).join(', ')})`,
      contrast: Math.round((((l1 ?? 0) + 0.05) / ((l2 ?? 0) + 0.05)) * 100) / 100,
    };
  });
}

/** Words split over two lines, boxes whose text overflows, and `word-break: break-all`, inside `selector`. */
export function wordBreakProblems(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const problems: string[] = [];
    const hidden = (el: Element) => {
      for (let at: Element | null = el; at; at = at.parentElement) if (at.getBoundingClientRect().width <= 1) return true;
      return false;
    };
    for (const el of document.querySelectorAll<HTMLElement>(sel)) {
      if (hidden(el)) continue; // visually hidden (a table head read by screen readers only)
      const style = getComputedStyle(el);
      if (style.wordBreak === 'break-all') problems.push(`${sel}: word-break: break-all on "${el.textContent?.trim()}"`);
      if (el.scrollWidth > el.clientWidth + 1) problems.push(`overflows: "${el.textContent?.trim()}"`);
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index ?? 0);
          range.setEnd(node, (match.index ?? 0) + match[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) problems.push(`split over ${lines.size} lines: "${match[0]}"`);
        }
      }
    }
    return problems;
  }, selector);
}
