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

    it('choosing an emotion emits it with a middle intensity and shows its slider', async () => {
      const el = await render(undefined);
      await (await checkbox('Sadness')).check();
      expect(emitted).toEqual([[{ emotion: 'sadness', intensity: 5 }]]);
      const label = el.querySelector('label[for="em-sadness-intensity"]');
      expect(label?.textContent).toContain('Sadness');
      expect(el.querySelector('.trp-emotions__intensity-value')?.textContent).toContain('5 of 10');
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
    it('renders each emotion with its intensity', async () => {
      const el = await render(
        [
          { emotion: 'anger', intensity: 7 },
          { emotion: 'regret', intensity: 0 },
        ],
        true,
      );
      expect(el.querySelector('mat-checkbox')).toBeNull();
      const items = Array.from(el.querySelectorAll('li')).map((li) => li.textContent?.trim());
      expect(items).toEqual(['Anger — 7 of 10', 'Regret — 0 of 10']);
    });

    it('says "Skipped" when empty', async () => {
      const el = await render(undefined, true);
      expect(el.querySelector('.trp-skipped')?.textContent).toBe('Skipped');
    });
  });
});
