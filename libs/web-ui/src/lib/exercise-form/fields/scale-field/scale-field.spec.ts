import { ComponentFixture, TestBed } from '@angular/core/testing';
import { SCALE_FIELD } from '../../../../testing/exercise-fixtures';
import { ScaleField } from './scale-field';

describe('ScaleField', () => {
  let fixture: ComponentFixture<ScaleField>;
  let emitted: (number | undefined)[];

  async function render(value: number | undefined, readonly = false, field = SCALE_FIELD) {
    fixture = TestBed.createComponent(ScaleField);
    fixture.componentRef.setInput('field', field);
    fixture.componentRef.setInput('label', 'How ready do you feel?');
    fixture.componentRef.setInput('value', value);
    fixture.componentRef.setInput('readonly', readonly);
    fixture.componentRef.setInput('controlId', 'sc');
    emitted = [];
    fixture.componentInstance.value.subscribe((v) => emitted.push(v));
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const radios = (el: HTMLElement) =>
    Array.from(el.querySelectorAll<HTMLInputElement>('input[type="radio"]'));

  describe('edit mode', () => {
    it('renders one labelled radio per step in a labelled radiogroup', async () => {
      const el = await render(undefined);
      const group = el.querySelector('[role="radiogroup"]') as HTMLElement;
      expect(el.querySelector(`#${group.getAttribute('aria-labelledby')}`)?.textContent).toContain(
        'How ready do you feel?',
      );
      const inputs = radios(el);
      expect(inputs.map((r) => r.value)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
      expect(new Set(inputs.map((r) => r.name)).size).toBe(1);
      expect(inputs[0].closest('label')?.textContent).toContain('Not ready at all');
      expect(inputs[9].closest('label')?.textContent).toContain('Completely ready');
    });

    it('shows the end labels as visible text', async () => {
      const el = await render(undefined);
      const ends = el.querySelector('.trp-scale__ends')?.textContent ?? '';
      expect(ends).toContain('Not ready at all');
      expect(ends).toContain('Completely ready');
      expect(el.querySelector('.trp-scale__value')?.textContent).toContain('Not answered yet.');
    });

    it('emits the chosen number and says it in words', async () => {
      const el = await render(undefined);
      radios(el)[6].click();
      await fixture.whenStable();
      expect(emitted).toEqual([7]);
      expect(radios(el)[6].checked).toBe(true);
      expect(el.querySelector('.trp-scale__value')?.textContent).toContain('You chose 7 of 10.');
    });

    it('lets an optional answer be cleared', async () => {
      const el = await render(4);
      expect(radios(el)[3].checked).toBe(true);
      (el.querySelector('.trp-scale__clear') as HTMLButtonElement).click();
      await fixture.whenStable();
      expect(emitted).toEqual([undefined]);
      expect(radios(el).some((r) => r.checked)).toBe(false);
    });

    it('offers no "Clear answer" when the question is required', async () => {
      const el = await render(4, false, { ...SCALE_FIELD, required: true });
      expect(el.querySelector('.trp-scale__clear')).toBeNull();
      expect(el.textContent).toContain('Required');
    });

    it('wires errors to the radiogroup', async () => {
      const el = await render(undefined);
      fixture.componentRef.setInput('errors', [{ path: '', message: 'Choose a number.' }]);
      await fixture.whenStable();
      const group = el.querySelector('[role="radiogroup"]') as HTMLElement;
      expect(group.getAttribute('aria-invalid')).toBe('true');
      expect(group.getAttribute('aria-describedby')).toBe('sc-errors');
      expect(el.querySelector('#sc-errors')?.textContent).toContain('Choose a number.');
    });
  });

  describe('read-only mode', () => {
    it('renders the value against the maximum, with the end label at an end', async () => {
      let el = await render(6, true);
      expect(el.querySelector('input')).toBeNull();
      expect(el.querySelector('.trp-answer-text')?.textContent).toBe('6 of 10');
      el = await render(10, true);
      expect(el.querySelector('.trp-answer-text')?.textContent).toBe('10 of 10 (Completely ready)');
    });

    it('says "Skipped" when empty', async () => {
      const el = await render(undefined, true);
      expect(el.querySelector('.trp-skipped')?.textContent).toBe('Skipped');
    });
  });
});
