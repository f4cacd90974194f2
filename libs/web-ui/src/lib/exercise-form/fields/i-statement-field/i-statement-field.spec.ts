import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { IStatementAnswer } from '@trp/exercises';
import { I_STATEMENT_FIELD } from '../../../../testing/exercise-fixtures';
import { IStatementField, iStatementSentence } from './i-statement-field';

const STATEMENT: IStatementAnswer = {
  feel: 'worried',
  when: 'the phone is face down',
  because: 'I remember what happened',
  need: 'some openness',
};

describe('IStatementField', () => {
  let fixture: ComponentFixture<IStatementField>;
  let emitted: (readonly IStatementAnswer[] | undefined)[];
  let el: HTMLElement;

  async function render(value: readonly IStatementAnswer[] | undefined, readonly = false) {
    fixture = TestBed.createComponent(IStatementField);
    fixture.componentRef.setInput('field', I_STATEMENT_FIELD);
    fixture.componentRef.setInput('label', 'Your “I” statements');
    fixture.componentRef.setInput('value', value);
    fixture.componentRef.setInput('readonly', readonly);
    fixture.componentRef.setInput('controlId', 'is');
    emitted = [];
    fixture.componentInstance.value.subscribe((v) => emitted.push(v));
    await fixture.whenStable();
    el = fixture.nativeElement as HTMLElement;
    return el;
  }

  const part = (index: number, key: keyof IStatementAnswer) =>
    el.querySelector(`#is-${index}-${key}`) as HTMLTextAreaElement;
  const addButton = () => el.querySelector('.trp-statements__add') as HTMLButtonElement;

  async function type(index: number, key: keyof IStatementAnswer, text: string) {
    const input = part(index, key);
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  describe('edit mode', () => {
    it('starts with one statement of four labelled parts', async () => {
      await render(undefined);
      expect(el.querySelectorAll('fieldset.trp-statement')).toHaveLength(1);
      expect(el.querySelector('.trp-statement legend')?.textContent).toContain('Statement 1');
      const labels = (['feel', 'when', 'because', 'need'] as const).map(
        (key) => el.querySelector(`label[for="is-0-${key}"]`)?.textContent?.trim(),
      );
      expect(labels).toEqual(['I feel …', 'when …', 'because …', 'and I need …']);
      expect(el.querySelector('.trp-statements__count')?.textContent).toContain('1 of 2 statements');
    });

    it('emits the statement as its parts are typed', async () => {
      await render(undefined);
      await type(0, 'feel', 'lonely');
      await type(0, 'need', 'a walk together');
      expect(emitted).toEqual([
        [{ feel: 'lonely', when: '', because: '', need: '' }],
        [{ feel: 'lonely', when: '', because: '', need: 'a walk together' }],
      ]);
    });

    it('adds statements up to maxItems, then disables the add button', async () => {
      await render([STATEMENT]);
      addButton().click();
      await fixture.whenStable();
      expect(el.querySelectorAll('fieldset.trp-statement')).toHaveLength(2);
      expect(document.activeElement).toBe(part(1, 'feel'));
      expect(emitted).toEqual([]); // a blank statement is not an answer yet
      expect(addButton().disabled).toBe(true);
      expect(el.querySelector('.trp-statements__count')?.textContent).toContain('2 of 2 statements');
      expect(el.querySelector('.trp-statements__limit')?.textContent).toContain('limit of 2');
    });

    it('removes a statement; removing the last emits undefined', async () => {
      await render([STATEMENT]);
      (el.querySelector('button[aria-label="Remove statement 1"]') as HTMLButtonElement).click();
      await fixture.whenStable();
      expect(emitted).toEqual([undefined]);
      expect(el.querySelectorAll('fieldset.trp-statement')).toHaveLength(0);
    });

    it('caps each part at maxLength with a counter', async () => {
      await render([STATEMENT]);
      expect(part(0, 'feel').getAttribute('maxlength')).toBe('40');
      expect(el.querySelector('.trp-counter')?.textContent).toContain('7 / 40');
    });

    it('points out blaming phrasing gently, quoting it, linked to the input', async () => {
      await render(undefined);
      expect(el.querySelector('.trp-statement__hint')).toBeNull();
      await type(0, 'when', 'you always come home late');
      const hint = el.querySelector('#is-0-when-hint') as HTMLElement;
      expect(hint.textContent).toContain('“you always” can sound like blame.');
      expect(hint.textContent).toContain('Try describing one time it happened');
      expect(hint.getAttribute('aria-live')).toBe('polite');
      expect(part(0, 'when').getAttribute('aria-describedby')).toContain('is-0-when-hint');
      // A hint, not an error: the value is still emitted and nothing is marked invalid.
      expect(emitted).toHaveLength(1);
      expect(part(0, 'when').getAttribute('aria-invalid')).not.toBe('true');
      await type(0, 'when', 'I come home to an empty house');
      expect(el.querySelector('.trp-statement__hint')).toBeNull();
      expect(part(0, 'when').getAttribute('aria-describedby') ?? '').not.toContain('is-0-when-hint');
    });

    it('marks the part an error points at', async () => {
      await render([STATEMENT]);
      fixture.componentRef.setInput('errors', [{ path: '[0].because', message: 'Too long.' }]);
      await fixture.whenStable();
      expect(part(0, 'because').getAttribute('aria-invalid')).toBe('true');
      expect(part(0, 'feel').getAttribute('aria-invalid')).not.toBe('true');
      expect(el.querySelector('#is-errors')?.textContent).toContain('Statement 1, “because”: Too long.');
    });
  });

  describe('read-only mode', () => {
    it('renders each statement as a sentence', async () => {
      await render([STATEMENT, { feel: 'hopeful', when: '', because: '', need: 'time' }], true);
      expect(el.querySelector('textarea')).toBeNull();
      expect(Array.from(el.querySelectorAll('li')).map((li) => li.textContent)).toEqual([
        'I feel worried when the phone is face down because I remember what happened and I need some openness',
        'I feel hopeful and I need time',
      ]);
    });

    it('says "Skipped" when empty', async () => {
      await render(undefined, true);
      expect(el.querySelector('.trp-skipped')?.textContent).toBe('Skipped');
    });
  });

  it('builds the sentence from the written parts only', () => {
    expect(iStatementSentence({ feel: ' sad ', when: '', because: 'x', need: '' })).toBe(
      'I feel sad because x',
    );
  });
});
