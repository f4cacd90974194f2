import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { AnswerError, Answers, Perspective } from '@trp/exercises';
import { FIXTURE_DEFINITION } from '../../testing/exercise-fixtures';
import { ExerciseForm } from './exercise-form';
import type { ExerciseFormMode } from './exercise-form.types';

describe('ExerciseForm', () => {
  let fixture: ComponentFixture<ExerciseForm>;
  let el: HTMLElement;
  let emitted: Answers[];

  async function render(
    options: {
      answers?: Answers;
      perspective?: Perspective;
      mode?: ExerciseFormMode;
      errors?: readonly AnswerError[];
      hideCounselorOnly?: boolean;
    } = {},
  ) {
    fixture = TestBed.createComponent(ExerciseForm);
    fixture.componentRef.setInput('definition', FIXTURE_DEFINITION);
    fixture.componentRef.setInput('answers', options.answers ?? {});
    if (options.perspective) fixture.componentRef.setInput('perspective', options.perspective);
    if (options.mode) fixture.componentRef.setInput('mode', options.mode);
    if (options.errors) fixture.componentRef.setInput('errors', options.errors);
    if (options.hideCounselorOnly) fixture.componentRef.setInput('hideCounselorOnly', true);
    emitted = [];
    fixture.componentInstance.answers.subscribe((answers) => emitted.push(answers));
    await fixture.whenStable();
    el = fixture.nativeElement as HTMLElement;
  }

  /** The wrapper of one field, found by its field id. */
  const fieldEl = (fieldId: string) =>
    el.querySelector(`[data-field$="-${fieldId}"]`) as HTMLElement | null;

  async function typeInto(control: HTMLInputElement | HTMLTextAreaElement, text: string) {
    control.value = text;
    control.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  it('renders every section with its title and intro, and every field', async () => {
    await render();
    const titles = Array.from(el.querySelectorAll('section h2')).map((h) => h.textContent?.trim());
    expect(titles).toEqual(['Looking back', 'Talking together', 'Just for your counselor']);
    const first = el.querySelector('section') as HTMLElement;
    expect(el.querySelector(`#${first.getAttribute('aria-labelledby')}`)?.textContent).toContain(
      'Looking back',
    );
    expect(first.textContent).toContain('Take your time. You can stop and come back later.');
    expect(el.querySelectorAll('[data-field]')).toHaveLength(10);
    expect(el.querySelector('trp-long-text-field')).not.toBeNull();
    expect(el.querySelector('trp-short-text-field')).not.toBeNull();
    expect(el.querySelector('trp-scale-field')).not.toBeNull();
    expect(el.querySelector('trp-emotions-field')).not.toBeNull();
    expect(el.querySelector('trp-feelings-table-field')).not.toBeNull();
    expect(el.querySelector('trp-list-field')).not.toBeNull();
    expect(el.querySelector('trp-i-statement-field')).not.toBeNull();
    expect(el.querySelector('trp-choice-field')).not.toBeNull();
  });

  it('shows help linked by aria-describedby and a "Required" marker in text', async () => {
    await render();
    const textarea = fieldEl('whatHappened')?.querySelector('textarea') as HTMLTextAreaElement;
    const label = el.querySelector(`label[for="${textarea.id}"]`);
    expect(label?.textContent).toContain('What happened, in your own words');
    expect(label?.textContent).toContain('Required');
    const helpId = textarea
      .getAttribute('aria-describedby')
      ?.split(' ')
      .find((id) => id.endsWith('-help'));
    expect(el.querySelector(`#${helpId}`)?.textContent).toContain('Write as much or as little');
    expect(fieldEl('hardToSay')?.textContent).not.toContain('Required');
  });

  it.each([
    ['unspecified', 'What matters most to you now'],
    ['hurt', 'What you need your partner to understand'],
    ['involved', 'What you take responsibility for'],
  ] as const)('words the labels for the %s perspective', async (perspective, label) => {
    await render({ perspective });
    expect(fieldEl('understand')?.querySelector('label')?.textContent).toContain(label);
  });

  it('emits the whole answers object on each edit, and omits an emptied answer', async () => {
    await render({ answers: { readiness: 4, hardToSay: 'Sorry' } });
    const textarea = fieldEl('whatHappened')?.querySelector('textarea') as HTMLTextAreaElement;
    await typeInto(textarea, 'We argued');
    expect(emitted.at(-1)).toEqual({ readiness: 4, hardToSay: 'Sorry', whatHappened: 'We argued' });
    const input = fieldEl('hardToSay')?.querySelector('input') as HTMLInputElement;
    await typeInto(input, '');
    expect(emitted.at(-1)).toEqual({ readiness: 4, whatHappened: 'We argued' });
    expect(Object.keys(emitted.at(-1) ?? {})).not.toContain('hardToSay');
  });

  it('passes each field its answer and emits structured values', async () => {
    await render({ answers: { readiness: 4 } });
    const radios = fieldEl('readiness')?.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    expect(radios?.[3].checked).toBe(true);
    radios?.[8].click();
    await fixture.whenStable();
    expect(emitted.at(-1)).toEqual({ readiness: 9 });
  });

  it('shows errors at their fields, wired with aria-invalid and aria-describedby', async () => {
    await render({
      answers: { whatHappened: 'Far too long for this', needs: ['Honesty', 'Time'] },
      errors: [
        { path: 'whatHappened', message: 'Keep this to 20 characters or fewer.' },
        { path: 'needs[1]', message: 'Write each item as text.' },
        { path: 'safety', message: 'This question needs an answer before you submit.' },
      ],
    });
    const textarea = fieldEl('whatHappened')?.querySelector('textarea') as HTMLTextAreaElement;
    expect(textarea.getAttribute('aria-invalid')).toBe('true');
    const errorsId = textarea
      .getAttribute('aria-describedby')
      ?.split(' ')
      .find((id) => id.endsWith('-errors'));
    expect(errorsId).toBeDefined();
    expect(el.querySelector(`#${errorsId}`)?.textContent).toContain(
      'Keep this to 20 characters or fewer.',
    );

    const items = fieldEl('needs')?.querySelectorAll('input') ?? [];
    expect(items[1].getAttribute('aria-invalid')).toBe('true');
    expect(fieldEl('needs')?.textContent).toContain('Item 2: Write each item as text.');

    const group = fieldEl('safety')?.querySelector('mat-radio-group') as HTMLElement;
    const describedBy = group.getAttribute('aria-describedby')?.split(' ') ?? [];
    const safetyErrors = describedBy.find((id) => id.endsWith('-errors'));
    expect(el.querySelector(`#${safetyErrors}`)?.textContent).toContain(
      'This question needs an answer before you submit.',
    );
    expect(group.getAttribute('aria-invalid')).toBe('true');
    // Fields without errors are not marked.
    expect(fieldEl('hardToSay')?.querySelector('input')?.getAttribute('aria-invalid')).not.toBe('true');
  });

  it('lists the errors at the top, with a way to each field', async () => {
    await render({
      errors: [
        { path: 'readiness', message: 'Choose a number from 1 to 10.' },
        { path: '', message: 'Answers must be sent as an object.' },
      ],
    });
    const summary = el.querySelector('.trp-form__summary') as HTMLElement;
    expect(summary.textContent).toContain('2 answers need a look');
    const link = summary.querySelector('button') as HTMLButtonElement;
    expect(link.querySelector('.trp-form__summary-label')?.textContent).toBe(
      'How ready do you feel to rebuild trust?',
    );
    expect(link.querySelector('.trp-form__summary-message')?.textContent).toBe(
      'Choose a number from 1 to 10.',
    );
    expect(summary.textContent).toContain('Answers must be sent as an object.');
    (summary.querySelector('button') as HTMLButtonElement).click();
    expect(document.activeElement).toBe(fieldEl('readiness')?.querySelector('input[type="radio"]'));
  });

  it('notes counselor-only fields in edit mode', async () => {
    await render();
    const note = 'Only your counselor sees this answer.';
    expect(fieldEl('privateNote')?.textContent).toContain(note);
    expect(fieldEl('safety')?.textContent).toContain(note);
    expect(fieldEl('whatHappened')?.textContent).not.toContain(note);
    const textarea = fieldEl('privateNote')?.querySelector('textarea') as HTMLTextAreaElement;
    const noteId = textarea
      .getAttribute('aria-describedby')
      ?.split(' ')
      .find((id) => id.endsWith('-note'));
    expect(el.querySelector(`#${noteId}`)?.textContent).toContain(note);
  });

  it('hideCounselorOnly leaves counselor-only fields (and a section left empty) out', async () => {
    await render({
      hideCounselorOnly: true,
      mode: 'readonly',
      answers: { privateNote: 'I am scared', safety: 'no', hardToSay: 'Sorry' },
    });
    expect(fieldEl('privateNote')).toBeNull();
    expect(fieldEl('safety')).toBeNull();
    expect(el.textContent).not.toContain('I am scared');
    expect(el.textContent).not.toContain('Just for your counselor');
    expect(el.textContent).toContain('Sorry');
  });

  it('renders answers as text in read-only mode, "Skipped" for the unanswered', async () => {
    await render({
      mode: 'readonly',
      answers: {
        whatHappened: 'We argued about money',
        emotionsNow: [{ emotion: 'anger', intensity: 7 }],
        readiness: 6,
        safety: 'unsure',
      },
    });
    expect(el.querySelectorAll('textarea, input')).toHaveLength(0);
    expect(fieldEl('whatHappened')?.textContent).toContain('We argued about money');
    expect(fieldEl('emotionsNow')?.textContent).toContain('Anger — 7 of 10');
    expect(fieldEl('readiness')?.textContent).toContain('6 of 10');
    expect(fieldEl('safety')?.textContent).toContain('I am not sure');
    expect(fieldEl('hardToSay')?.querySelector('.trp-skipped')?.textContent).toBe('Skipped');
    expect(fieldEl('needs')?.querySelector('.trp-skipped')?.textContent).toBe('Skipped');
    expect(el.textContent).not.toContain('Only your counselor sees this answer.');
    expect(el.querySelector('.trp-form__summary')).toBeNull();
  });

  it('treats an answer of the wrong shape as unanswered instead of failing', async () => {
    await render({ mode: 'readonly', answers: { readiness: 'lots', emotionsNow: 'angry' } });
    expect(fieldEl('readiness')?.querySelector('.trp-skipped')).not.toBeNull();
    expect(fieldEl('emotionsNow')?.querySelector('.trp-skipped')).not.toBeNull();
  });

  it('gives two forms on one page distinct ids', async () => {
    await render();
    const first = fieldEl('whatHappened')?.querySelector('textarea')?.id;
    const other = TestBed.createComponent(ExerciseForm);
    other.componentRef.setInput('definition', FIXTURE_DEFINITION);
    await other.whenStable();
    const second = (other.nativeElement as HTMLElement).querySelector('textarea')?.id;
    expect(first).toBeTruthy();
    expect(second).toBeTruthy();
    expect(first).not.toBe(second);
  });
});
