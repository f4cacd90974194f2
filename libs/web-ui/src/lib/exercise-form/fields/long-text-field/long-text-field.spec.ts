import { ComponentFixture, TestBed } from '@angular/core/testing';
import { LONG_TEXT_FIELD } from '../../../../testing/exercise-fixtures';
import { LongTextField } from './long-text-field';

describe('LongTextField', () => {
  let fixture: ComponentFixture<LongTextField>;
  let emitted: (string | undefined)[];

  async function render(value: string | undefined, readonly = false): Promise<HTMLElement> {
    fixture = TestBed.createComponent(LongTextField);
    fixture.componentRef.setInput('field', LONG_TEXT_FIELD);
    fixture.componentRef.setInput('label', 'What happened, in your own words');
    fixture.componentRef.setInput('value', value);
    fixture.componentRef.setInput('readonly', readonly);
    fixture.componentRef.setInput('controlId', 'lt');
    emitted = [];
    fixture.componentInstance.value.subscribe((v) => emitted.push(v));
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  function type(textarea: HTMLTextAreaElement, text: string): void {
    textarea.value = text;
    textarea.dispatchEvent(new Event('input'));
  }

  describe('edit mode', () => {
    it('labels the textarea and links the help text', async () => {
      const el = await render(undefined);
      const textarea = el.querySelector('textarea') as HTMLTextAreaElement;
      const label = el.querySelector(`label[for="${textarea.id}"]`);
      expect(label?.textContent).toContain('What happened, in your own words');
      expect(label?.textContent).toContain('Required');
      const help = el.querySelector('#lt-help');
      expect(help?.textContent).toContain('Write as much or as little as you like.');
      expect(textarea.getAttribute('aria-describedby')?.split(' ')).toContain('lt-help');
      expect(textarea.getAttribute('aria-required')).toBe('true');
    });

    it('emits the typed text, and undefined when cleared', async () => {
      const el = await render(undefined);
      const textarea = el.querySelector('textarea') as HTMLTextAreaElement;
      type(textarea, 'We argued');
      type(textarea, '');
      expect(emitted).toEqual(['We argued', undefined]);
    });

    it('counts characters against maxLength and caps the input', async () => {
      const el = await render('Hello');
      const textarea = el.querySelector('textarea') as HTMLTextAreaElement;
      expect(textarea.getAttribute('maxlength')).toBe('20');
      expect(el.querySelector('.trp-counter')?.textContent).toContain('5 / 20');
      type(textarea, 'Hello again');
      await fixture.whenStable();
      expect(el.querySelector('.trp-counter')?.textContent).toContain('11 / 20');
      expect(textarea.getAttribute('aria-describedby')).toContain(
        el.querySelector('mat-hint')?.id ?? 'missing',
      );
    });

    it('shows errors, marks the textarea invalid and describes it by them', async () => {
      const el = await render('Far too long for this');
      const textarea = el.querySelector('textarea') as HTMLTextAreaElement;
      expect(textarea.getAttribute('aria-invalid')).toBe('false');
      fixture.componentRef.setInput('errors', [{ path: '', message: 'Keep this to 20 characters.' }]);
      await fixture.whenStable();
      expect(textarea.getAttribute('aria-invalid')).toBe('true');
      expect(textarea.getAttribute('aria-describedby')?.split(' ')).toContain('lt-errors');
      expect(el.querySelector('#lt-errors')?.textContent).toContain('Keep this to 20 characters.');
      expect(el.querySelector('mat-form-field')?.classList).toContain('mat-form-field-invalid');
    });

    it('links the error of an empty required answer by aria-describedby', async () => {
      const el = await render(undefined);
      fixture.componentRef.setInput('errors', [{ path: '', message: 'Please answer this question.' }]);
      await fixture.whenStable();
      const textarea = el.querySelector('textarea') as HTMLTextAreaElement;
      expect(textarea.getAttribute('aria-describedby')?.split(' ')).toContain('lt-errors');
      expect(el.querySelector('#lt-errors')?.textContent).toContain('Please answer this question.');
    });
  });

  describe('read-only mode', () => {
    it('renders the answer as text', async () => {
      const el = await render('We argued about money', true);
      expect(el.querySelector('textarea')).toBeNull();
      expect(el.querySelector('.trp-answer-text')?.textContent).toBe('We argued about money');
      expect(el.querySelector('[role="heading"]')?.textContent).toContain('What happened');
    });

    it('says "Skipped" when there is no answer', async () => {
      const el = await render(undefined, true);
      expect(el.querySelector('.trp-skipped')?.textContent).toBe('Skipped');
    });
  });
});
