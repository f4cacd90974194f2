import { ComponentFixture, TestBed } from '@angular/core/testing';
import { SHORT_TEXT_FIELD } from '../../../../testing/exercise-fixtures';
import { ShortTextField } from './short-text-field';

describe('ShortTextField', () => {
  let fixture: ComponentFixture<ShortTextField>;
  let emitted: (string | undefined)[];

  async function render(value: string | undefined, readonly = false): Promise<HTMLElement> {
    fixture = TestBed.createComponent(ShortTextField);
    fixture.componentRef.setInput('field', SHORT_TEXT_FIELD);
    fixture.componentRef.setInput('label', 'One thing you found hard to say');
    fixture.componentRef.setInput('value', value);
    fixture.componentRef.setInput('readonly', readonly);
    emitted = [];
    fixture.componentInstance.value.subscribe((v) => emitted.push(v));
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  function type(input: HTMLInputElement, text: string): void {
    input.value = text;
    input.dispatchEvent(new Event('input'));
  }

  it('labels the input programmatically', async () => {
    const el = await render(undefined);
    const input = el.querySelector('input') as HTMLInputElement;
    expect(el.querySelector(`label[for="${input.id}"]`)?.textContent).toContain(
      'One thing you found hard to say',
    );
    expect(el.textContent).not.toContain('Required');
  });

  it('emits the typed text, and undefined when cleared', async () => {
    const el = await render('Sorry');
    const input = el.querySelector('input') as HTMLInputElement;
    expect(input.value).toBe('Sorry');
    type(input, 'Sorry.');
    type(input, '');
    expect(emitted).toEqual(['Sorry.', undefined]);
  });

  it('shows a counter against maxLength and caps the input', async () => {
    const el = await render(undefined);
    const input = el.querySelector('input') as HTMLInputElement;
    expect(input.getAttribute('maxlength')).toBe('10');
    expect(el.querySelector('.trp-counter')?.textContent).toContain('0 / 10');
    type(input, 'Thank you');
    await fixture.whenStable();
    expect(el.querySelector('.trp-counter')?.textContent).toContain('9 / 10');
  });

  it('renders the answer as text in read-only mode', async () => {
    const el = await render('I miss us', true);
    expect(el.querySelector('input')).toBeNull();
    expect(el.querySelector('.trp-answer-text')?.textContent).toBe('I miss us');
  });

  it('says "Skipped" in read-only mode when empty', async () => {
    const el = await render(undefined, true);
    expect(el.querySelector('.trp-skipped')?.textContent).toBe('Skipped');
  });
});
