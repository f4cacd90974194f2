import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import type { EmotionAnswer } from '@trp/exercises';
import { EMOTIONS_FIELD } from '../../../../testing/exercise-fixtures';
import { EmotionsField } from './emotions-field';

describe('EmotionsField', () => {
  let fixture: ComponentFixture<EmotionsField>;
  let emitted: (readonly EmotionAnswer[] | undefined)[];

  async function render(value: readonly EmotionAnswer[] | undefined, readonly = false) {
    fixture = TestBed.createComponent(EmotionsField);
    fixture.componentRef.setInput('field', EMOTIONS_FIELD);
    fixture.componentRef.setInput('label', 'The emotions you feel now');
    fixture.componentRef.setInput('value', value);
    fixture.componentRef.setInput('readonly', readonly);
    fixture.componentRef.setInput('controlId', 'em');
    emitted = [];
    fixture.componentInstance.value.subscribe((v) => emitted.push(v));
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const checkbox = (label: string) =>
    TestbedHarnessEnvironment.loader(fixture).getHarness(MatCheckboxHarness.with({ label }));

  function slide(el: HTMLElement, id: string, value: number): void {
    const input = el.querySelector(`#${id}`) as HTMLInputElement;
    input.value = String(value);
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('change'));
  }

  describe('edit mode', () => {
    it('groups the vocabulary under the question in a fieldset', async () => {
      const el = await render(undefined);
      expect(el.querySelector('fieldset legend')?.textContent).toContain('The emotions you feel now');
      const labels = await Promise.all(
        (await TestbedHarnessEnvironment.loader(fixture).getAllHarnesses(MatCheckboxHarness)).map(
          (c) => c.getLabelText(),
        ),
      );
      expect(labels).toContain('Anger');
      expect(labels).toContain('Remorse');
      expect(labels).toHaveLength(11);
      expect(el.querySelector('.trp-emotions__count')?.textContent).toContain('0 of 3 chosen');
    });

    it('choosing an emotion emits it without an intensity: its slider says "not set"', async () => {
      const el = await render(undefined);
      await (await checkbox('Sadness')).check();
      expect(emitted).toEqual([[{ emotion: 'sadness' }]]);
      expect(Object.hasOwn(emitted[0]?.[0] ?? {}, 'intensity')).toBe(false);
      const label = el.querySelector('label[for="em-sadness-intensity"]');
      expect(label?.textContent).toContain('Sadness');
      expect(el.querySelector('.trp-emotions__intensity-value')?.textContent).toContain('Not set');
      expect(el.querySelector('.trp-emotions__intensity--unset')).not.toBeNull();
      const thumb = el.querySelector('#em-sadness-intensity') as HTMLInputElement;
      expect(thumb.getAttribute('aria-valuetext')).toBe('not set');
      expect(thumb.dataset['intensitySet']).toBe('false');
      expect(el.querySelector('.trp-emotions__clear')).toBeNull();
    });

    function key(el: HTMLElement, id: string, name: string): KeyboardEvent {
      const input = el.querySelector(`#${id}`) as HTMLInputElement;
      const event = new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true });
      input.dispatchEvent(event);
      return event;
    }

    it('sets an unset strength by keyboard: Enter where the thumb rests, or an arrow from there', async () => {
      const el = await render([{ emotion: 'hurt' }, { emotion: 'fear' }]);
      const enter = key(el, 'em-hurt-intensity', 'Enter');
      expect(enter.defaultPrevented).toBe(true);
      expect(emitted).toEqual([[{ emotion: 'hurt', intensity: 5 }, { emotion: 'fear' }]]);
      await fixture.whenStable();
      expect((el.querySelector('#em-hurt-intensity') as HTMLInputElement).getAttribute('aria-valuetext')).toBe('5 of 10');
      // An arrow key first marks it set (before the browser moves the thumb), then the input event moves it.
      fixture.componentRef.setInput('value', [{ emotion: 'fear' }]);
      await fixture.whenStable();
      emitted.length = 0;
      key(el, 'em-fear-intensity', 'ArrowRight');
      slide(el, 'em-fear-intensity', 6);
      expect(emitted[emitted.length - 1]).toEqual([{ emotion: 'fear', intensity: 6 }]);
      await fixture.whenStable();
      expect(el.querySelector('.trp-emotions__intensity-value')?.textContent).toContain('6 of 10');
      // Tab and other keys leave it alone.
      fixture.componentRef.setInput('value', [{ emotion: 'fear' }]);
      await fixture.whenStable();
      emitted.length = 0;
      key(el, 'em-fear-intensity', 'Tab');
      expect(emitted).toEqual([]);
    });

    it('clears a strength with Delete or the Clear button, back to "not set"', async () => {
      const el = await render([{ emotion: 'anger', intensity: 7 }]);
      key(el, 'em-anger-intensity', 'Delete');
      expect(emitted).toEqual([[{ emotion: 'anger' }]]);
      fixture.componentRef.setInput('value', [{ emotion: 'anger', intensity: 7 }]);
      await fixture.whenStable();
      emitted.length = 0;
      (el.querySelector('.trp-emotions__clear') as HTMLButtonElement).click();
      expect(emitted).toEqual([[{ emotion: 'anger' }]]);
      await fixture.whenStable();
      expect(el.querySelector('.trp-emotions__intensity-value')?.textContent).toContain('Not set');
    });

    it('touching an unset slider sets it, even on the spot where it rests', async () => {
      const el = await render([{ emotion: 'regret' }]);
      (el.querySelector('#em-regret-intensity') as HTMLInputElement).dispatchEvent(new Event('pointerdown'));
      expect(emitted).toEqual([[{ emotion: 'regret', intensity: 5 }]]);
    });

    it('moving a slider emits the new intensity, kept within 0–10', async () => {
      const el = await render([{ emotion: 'anger', intensity: 7 }]);
      const thumb = el.querySelector('#em-anger-intensity') as HTMLInputElement;
      expect(thumb.getAttribute('min')).toBe('0');
      expect(thumb.getAttribute('max')).toBe('10');
      expect(thumb.getAttribute('aria-valuetext')).toBe('7 of 10');
      slide(el, 'em-anger-intensity', 3);
      expect(emitted).toEqual([[{ emotion: 'anger', intensity: 3 }]]);
      slide(el, 'em-anger-intensity', 99);
      expect(emitted[emitted.length - 1]).toEqual([{ emotion: 'anger', intensity: 10 }]);
      await fixture.whenStable();
      expect(el.querySelector('.trp-emotions__intensity-value')?.textContent).toContain('10 of 10');
    });

    it('unticking removes the emotion; removing the last one emits undefined', async () => {
      await render([{ emotion: 'fear', intensity: 2 }]);
      await (await checkbox('Fear')).uncheck();
      expect(emitted).toEqual([undefined]);
    });

    it('enforces maxItems: the other boxes are disabled at the limit', async () => {
      const el = await render([
        { emotion: 'anger', intensity: 1 },
        { emotion: 'hurt', intensity: 2 },
        { emotion: 'fear', intensity: 3 },
      ]);
      expect(el.querySelector('.trp-emotions__count')?.textContent).toContain('3 of 3 chosen');
      const shame = await checkbox('Shame');
      expect(await shame.isDisabled()).toBe(true);
      expect(await (await checkbox('Anger')).isDisabled()).toBe(false);
      (el.querySelector('#em-shame-input') as HTMLInputElement).click();
      expect(emitted).toEqual([]);
    });
  });

  describe('read-only mode', () => {
    it('renders each emotion with its intensity, or that none was given', async () => {
      const el = await render(
        [
          { emotion: 'anger', intensity: 7 },
          { emotion: 'regret', intensity: 0 },
          { emotion: 'shame' },
        ],
        true,
      );
      expect(el.querySelector('mat-checkbox')).toBeNull();
      const items = Array.from(el.querySelectorAll('li')).map((li) => li.textContent?.trim());
      expect(items).toEqual(['Anger — 7 of 10', 'Regret — 0 of 10', 'Shame — strength not given']);
    });

    it('says "Skipped" when empty', async () => {
      const el = await render(undefined, true);
      expect(el.querySelector('.trp-skipped')?.textContent).toBe('Skipped');
    });
  });
});
