import { Page } from 'playwright-core';

/** 320 CSS px (WCAG 1.4.10), and 1280 px at 200 % zoom: 640 CSS px on a 2× screen. */
export const REFLOW_320 = { viewport: { width: 320, height: 640 }, deviceScaleFactor: 1, label: '320px' } as const;
export const REFLOW_ZOOM_200 = { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2, label: '1280px@200%' } as const;

/**
 * Reflow problems: the page scrolls sideways, or a text control / button reaches past the viewport or clips its
 * own text (text wider than its box with overflow hidden).
 */
export function reflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) problems.push(`scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    const vw = root.clientWidth;
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${[...el.classList].slice(0, 2).map((c) => '.' + c).join('')} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
    const controls = document.querySelectorAll<HTMLElement>('input:not([type=hidden]):not([type=radio]):not([type=checkbox]):not([type=range]), textarea, select, button, a.mat-mdc-button-base, .mat-mdc-form-field');
    for (const el of controls) {
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue; // visually hidden
      // Inside something that scrolls on purpose (a wide table in its own scroller) is fine.
      let scroller = false;
      for (let at = el.parentElement; at && at !== document.body; at = at.parentElement) {
        const s = getComputedStyle(at);
        if ((s.overflowX === 'auto' || s.overflowX === 'scroll') && at.scrollWidth > at.clientWidth) scroller = true;
      }
      if (scroller) continue;
      if (r.left < -1 || r.right > vw + 1) problems.push(`${describe(el)} reaches past the viewport (${Math.round(r.left)}–${Math.round(r.right)} of ${vw})`);
      if (el.tagName === 'BUTTON' || el.tagName === 'A') {
        const label = el.querySelector('.mdc-button__label') ?? el;
        if (label.scrollWidth > label.clientWidth + 1 && getComputedStyle(label).overflow !== 'visible') problems.push(`${describe(el)} clips its text`);
      }
    }
    return problems;
  });
}

/**
 * WCAG 2.5.8 Target Size (Minimum): each visible interactive element is at least 24×24 CSS px, or a 24 px circle on
 * its centre touches no other target (the spacing exception). Inline links in a sentence are exempt, as are
 * targets whose size the browser sets (a native control inside a larger label counts with its label).
 */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'a[href], button, input:not([type=hidden]), select, textarea, [role=button], [role=link], [role=checkbox], [role=radio], [role=switch], [role=slider], [role=tab], [role=option], [role=menuitem], [tabindex]:not([tabindex="-1"])';
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${[...el.classList].slice(0, 2).map((c) => '.' + c).join('')} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
    const inSentence = (el: Element): boolean => {
      if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
      const block = el.parentElement;
      if (!block) return false;
      const own = (el.textContent ?? '').trim().length;
      return (block.textContent ?? '').trim().length > own + 3;
    };
    type Target = { el: Element; r: DOMRect };
    const targets: Target[] = [];
    for (const el of document.querySelectorAll(selector)) {
      if (!(el as HTMLElement).checkVisibility({ visibilityProperty: true })) continue;
      if (el.closest('[inert], [aria-hidden="true"]')) continue;
      if ((el as HTMLButtonElement).disabled && !el.hasAttribute('aria-disabled')) continue;
      // The box a person actually hits: a Material control's touch area, or the label around a native control.
      const host =
        el.closest('.mat-mdc-checkbox .mdc-checkbox, .mat-mdc-radio-button .mdc-radio, .mat-mdc-slider, .mat-mdc-form-field, .mat-mdc-button-base, .mdc-switch') ??
        (el.matches('input') ? el.closest('label') : null) ??
        el;
      let r = host.getBoundingClientRect();
      if (el.matches('.mat-mdc-checkbox input, .mat-mdc-radio-button input')) {
        const touch = el.parentElement?.querySelector('.mat-mdc-checkbox-touch-target, .mat-mdc-radio-touch-target');
        if (touch) r = touch.getBoundingClientRect();
      }
      if (r.width <= 1 || r.height <= 1) continue; // visually hidden (a skip link until focused)
      if (targets.some((t) => t.el === host || t.el.contains(el))) continue;
      targets.push({ el: host === el ? el : host, r });
    }
    const problems: string[] = [];
    const distanceToRect = (x: number, y: number, r: DOMRect) => Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
    for (const t of targets) {
      if (t.r.width >= 24 - 0.5 && t.r.height >= 24 - 0.5) continue;
      if (inSentence(t.el)) continue;
      const cx = t.r.left + t.r.width / 2;
      const cy = t.r.top + t.r.height / 2;
      const crowded = targets.find((o) => {
        if (o === t || o.el.contains(t.el) || t.el.contains(o.el)) return false;
        const small = o.r.width < 23.5 || o.r.height < 23.5;
        if (small) return Math.hypot(o.r.left + o.r.width / 2 - cx, o.r.top + o.r.height / 2 - cy) < 24;
        return distanceToRect(cx, cy, o.r) < 12;
      });
      if (crowded) problems.push(`${describe(t.el)} is ${Math.round(t.r.width)}×${Math.round(t.r.height)} and within 24 px of ${describe(crowded.el)}`);
    }
    return problems;
  });
}

/**
 * With reduced motion asked for: animations and transitions that still take longer than 0.01 s, running now
 * (document.getAnimations(), Web Animations included) or set in CSS on any element.
 */
export function motionProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const describe = (el: Element | null | undefined) => (el ? `${el.tagName.toLowerCase()}${[...el.classList].slice(0, 2).map((c) => '.' + c).join('')}` : '?');
    for (const animation of document.getAnimations()) {
      const timing = animation.effect?.getComputedTiming();
      const duration = Number(timing?.duration ?? 0) * (Number.isFinite(Number(timing?.iterations)) ? Number(timing?.iterations ?? 1) : 1000);
      if (animation.playState === 'running' && timing?.iterations === Infinity) {
        problems.push(`${animation.constructor.name} on ${describe((animation.effect as KeyframeEffect | null)?.target)} repeats forever`);
        continue;
      }
      if (animation.playState === 'finished' || duration <= 10) continue;
      const target = (animation.effect as KeyframeEffect | null)?.target;
      const name = 'animationName' in animation ? (animation as CSSAnimation).animationName : 'transitionProperty' in animation ? (animation as CSSTransition).transitionProperty : animation.constructor.name;
      problems.push(`${animation.constructor.name} ${name} on ${describe(target)}: ${Math.round(Number(timing?.duration))} ms`);
    }
    const seconds = (list: string) => Math.max(0, ...list.split(',').map((v) => (v.trim().endsWith('ms') ? parseFloat(v) / 1000 : parseFloat(v))).filter((n) => Number.isFinite(n)));
    for (const el of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const s = getComputedStyle(el, pseudo);
        if (s.animationName !== 'none' && s.animationIterationCount === 'infinite' && s.animationPlayState === 'running') problems.push(`animation ${s.animationName} repeats forever on ${describe(el)}${pseudo ?? ''}`);
        if (s.animationName !== 'none' && seconds(s.animationDuration) > 0.01) problems.push(`animation ${s.animationName} ${s.animationDuration} on ${describe(el)}${pseudo ?? ''}`);
        if (s.transitionProperty !== 'none' && seconds(s.transitionDuration) > 0.01) problems.push(`transition ${s.transitionProperty} ${s.transitionDuration} on ${describe(el)}${pseudo ?? ''}`);
      }
    }
    return [...new Set(problems)];
  });
}

/**
 * Screen-reader names from Chromium's accessibility tree: every form control, image (a chart) and named region
 * has a name. Answers the aria snapshot lines that lack one.
 */
export async function unnamedInAccessibilityTree(page: Page, scope = 'main'): Promise<string[]> {
  const snapshot = await page.locator(scope).first().ariaSnapshot();
  // A named node reads `- role "name"`; an unnamed one `- role`, `- role [checked]` or `- role: its text`.
  const roles = /^\s*- '?(textbox|checkbox|radio|slider|combobox|spinbutton|switch|button|link|img|radiogroup|listbox|searchbox|region|dialog|alertdialog|figure)(\s*\[[^\]]*\])*'?(:.*)?$/;
  return snapshot.split('\n').filter((line) => roles.test(line));
}
