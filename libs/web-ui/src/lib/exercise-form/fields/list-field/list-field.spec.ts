import { ComponentFixture, TestBed } from '@angular/core/testing';
import { LIST_FIELD } from '../../../../testing/exercise-fixtures';
import { ListField } from './list-field';

describe('ListField', () => {
  let fixture: ComponentFixture<ListField>;
  let emitted: (readonly string[] | undefined)[];
  let el: HTMLElement;

  async function render(value: readonly string[] | undefined, readonly = false) {
    fixture = TestBed.createComponent(ListField);
    fixture.componentRef.setInput('field', LIST_FIELD);
    fixture.componentRef.setInput('label', 'My needs');
    fixture.componentRef.setInput('value', value);
    fixture.componentRef.setInput('readonly', readonly);
    fixture.componentRef.setInput('controlId', 'ls');
    emitted = [];
    fixture.componentInstance.value.subscribe((v) => emitted.push(v));
    await fixture.whenStable();
    el = fixture.nativeElement as HTMLElement;
    return el;
  }

  const inputs = () => Array.from(el.querySelectorAll<HTMLInputElement>('input[type="text"]'));
  const button = (label: string) =>
    el.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`) as HTMLButtonElement;
  const addButton = () => el.querySelector('.trp-list__add') as HTMLButtonElement;

  async function type(index: number, text: string) {
    const input = inputs()[index];
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  describe('edit mode', () => {
    it('starts with one empty, labelled item and a count', async () => {
      await render(undefined);
      expect(inputs()).toHaveLength(1);
      const label = el.querySelector(`label[for="${inputs()[0].id}"]`);
      expect(label?.textContent).toContain('Item 1');
      expect(el.querySelector('.trp-list__count')?.textContent).toContain('1 of 3 items');
      expect(el.querySelector('fieldset legend')?.textContent).toContain('My needs');
    });

    it('emits the typed items, leaving blank rows out', async () => {
      await render(undefined);
      await type(0, 'Honesty');
      addButton().click();
      await fixture.whenStable();
      expect(inputs()).toHaveLength(2);
      expect(document.activeElement).toBe(inputs()[1]);
      await type(1, 'Time');
      await type(0, '');
      expect(emitted).toEqual([['Honesty'], ['Honesty', 'Time'], ['Time']]);
      // The blank row stays on screen while the partner edits.
      expect(inputs().map((i) => i.value)).toEqual(['', 'Time']);
    });

    it('moves items up and down with labelled buttons', async () => {
      await render(['Honesty', 'Time', 'Space']);
      expect(button('Move item 1 up').getAttribute('aria-disabled')).toBe('true');
      expect(button('Move item 3 down').getAttribute('aria-disabled')).toBe('true');
      button('Move item 2 up').click();
      await fixture.whenStable();
      button('Move item 2 down').click();
      await fixture.whenStable();
      expect(emitted).toEqual([
        ['Time', 'Honesty', 'Space'],
        ['Time', 'Space', 'Honesty'],
      ]);
      expect(inputs().map((i) => i.value)).toEqual(['Time', 'Space', 'Honesty']);
      // A disabled move does nothing.
      button('Move item 1 up').click();
      expect(emitted).toHaveLength(2);
    });

    it('removes an item; removing the last emits undefined', async () => {
      await render(['Honesty', 'Time']);
      button('Remove item 1').click();
      await fixture.whenStable();
      button('Remove item 1').click();
      await fixture.whenStable();
      expect(emitted).toEqual([['Time'], undefined]);
      expect(el.querySelector('.trp-list__empty')?.textContent).toContain('No items yet.');
    });

    it('enforces maxItems: "3 of 3" and the add button disabled', async () => {
      await render(['Honesty', 'Time']);
      expect(addButton().disabled).toBe(false);
      addButton().click();
      await fixture.whenStable();
      expect(inputs()).toHaveLength(3);
      expect(el.querySelector('.trp-list__count')?.textContent).toContain('3 of 3 items');
      expect(addButton().disabled).toBe(true);
      expect(el.querySelector('.trp-list__limit')?.textContent).toContain('limit of 3');
      // Enter in an item does not add past the limit either.
      inputs()[2].dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
      await fixture.whenStable();
      expect(inputs()).toHaveLength(3);
    });

    it('caps each item at maxLength with a counter', async () => {
      await render(['Honesty']);
      expect(inputs()[0].getAttribute('maxlength')).toBe('12');
      expect(el.querySelector('.trp-counter')?.textContent).toContain('7 / 12');
    });

    it('marks the item an error points at', async () => {
      await render(['Honesty', 'Time']);
      fixture.componentRef.setInput('errors', [{ path: '[1]', message: 'Keep this short.' }]);
      await fixture.whenStable();
      expect(inputs()[0].getAttribute('aria-invalid')).not.toBe('true');
      expect(inputs()[1].getAttribute('aria-invalid')).toBe('true');
      expect(inputs()[1].getAttribute('aria-describedby')).toContain('ls-errors');
      expect(el.querySelector('#ls-errors')?.textContent).toContain('Item 2: Keep this short.');
    });
  });

  describe('read-only mode', () => {
    it('renders the items as a numbered list', async () => {
      await render(['Honesty', 'Time'], true);
      expect(inputs()).toHaveLength(0);
      expect(Array.from(el.querySelectorAll('ol li')).map((li) => li.textContent)).toEqual([
        'Honesty',
        'Time',
      ]);
    });

    it('says "Skipped" when empty', async () => {
      await render(undefined, true);
      expect(el.querySelector('.trp-skipped')?.textContent).toBe('Skipped');
    });
  });
});
