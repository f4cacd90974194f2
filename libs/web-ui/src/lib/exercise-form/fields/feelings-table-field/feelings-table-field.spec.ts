import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import type { FeelingsTableAnswer } from '@trp/exercises';
import { FEELINGS_TABLE_FIELD } from '../../../../testing/exercise-fixtures';
import { FeelingsTableField } from './feelings-table-field';

describe('FeelingsTableField', () => {
  let fixture: ComponentFixture<FeelingsTableField>;
  let emitted: (FeelingsTableAnswer | undefined)[];

  async function render(value: FeelingsTableAnswer | undefined, readonly = false) {
    fixture = TestBed.createComponent(FeelingsTableField);
    fixture.componentRef.setInput('field', FEELINGS_TABLE_FIELD);
    fixture.componentRef.setInput('label', 'Your feelings and your partner’s');
    fixture.componentRef.setInput('value', value);
    fixture.componentRef.setInput('readonly', readonly);
    fixture.componentRef.setInput('controlId', 'ft');
    emitted = [];
    fixture.componentInstance.value.subscribe((v) => emitted.push(v));
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const checkbox = (column: 'mine' | 'partner', label: string) =>
    TestbedHarnessEnvironment.loader(fixture).getHarness(
      MatCheckboxHarness.with({ ancestor: `[data-column="${column}"]`, label }),
    );

  describe('edit mode', () => {
    it('renders two labelled emotion pickers', async () => {
      const el = await render(undefined);
      const legends = Array.from(el.querySelectorAll('legend')).map((l) => l.textContent?.trim());
      expect(legends[0]).toContain('Your feelings and your partner’s');
      expect(legends).toContain('What I feel');
      expect(legends).toContain('What I believe my partner feels');
      expect(el.querySelectorAll('trp-emotions-field mat-checkbox')).toHaveLength(22);
    });

    it('emits both columns when one changes; a newly chosen emotion has no intensity', async () => {
      await render({ mine: [{ emotion: 'hurt', intensity: 8 }], partner: [] });
      await (await checkbox('partner', 'Guilt')).check();
      expect(emitted).toEqual([
        { mine: [{ emotion: 'hurt', intensity: 8 }], partner: [{ emotion: 'guilt' }] },
      ]);
    });

    it('emits undefined when both columns become empty', async () => {
      await render({ mine: [{ emotion: 'hurt', intensity: 8 }], partner: [] });
      await (await checkbox('mine', 'Hurt')).uncheck();
      expect(emitted).toEqual([undefined]);
    });

    it('applies maxItems to each column', async () => {
      const el = await render({
        mine: [
          { emotion: 'hurt', intensity: 8 },
          { emotion: 'fear', intensity: 4 },
        ],
        partner: [],
      });
      expect(await (await checkbox('mine', 'Anger')).isDisabled()).toBe(true);
      expect(await (await checkbox('partner', 'Anger')).isDisabled()).toBe(false);
      expect(el.querySelector('#ft-mine-count')?.textContent).toContain('2 of 2 chosen');
    });

    it('shows a column error inside that column, naming the emotion', async () => {
      const el = await render({ mine: [{ emotion: 'hurt', intensity: 8 }], partner: [] });
      fixture.componentRef.setInput('errors', [
        { path: '.mine[0].intensity', message: 'Intensity must be between 0 and 10.' },
      ]);
      await fixture.whenStable();
      expect(el.querySelector('#ft-mine-errors')?.textContent).toContain(
        'Hurt: Intensity must be between 0 and 10.',
      );
      expect(el.querySelector('#ft-errors')).toBeNull();
      expect(el.querySelector('#ft-mine-hurt-intensity')?.getAttribute('aria-invalid')).toBe('true');
    });
  });

  describe('read-only mode', () => {
    it('renders both columns as text', async () => {
      const el = await render(
        { mine: [{ emotion: 'betrayal', intensity: 9 }], partner: [{ emotion: 'shame', intensity: 6 }] },
        true,
      );
      const text = el.textContent ?? '';
      expect(text).toContain('What I feel');
      expect(text).toContain('Betrayal — 9 of 10');
      expect(text).toContain('What I believe my partner feels');
      expect(text).toContain('Shame — 6 of 10');
    });

    it('says "None chosen" for an empty column and "Skipped" when both are empty', async () => {
      let el = await render({ mine: [{ emotion: 'fear', intensity: 1 }], partner: [] }, true);
      expect(el.textContent).toContain('None chosen');
      el = await render(undefined, true);
      expect(el.querySelector('.trp-skipped')?.textContent).toBe('Skipped');
      expect(el.textContent).not.toContain('What I feel');
    });
  });
});
