import { TestBed } from '@angular/core/testing';
import { FIXTURE_DEFINITION } from '../../testing/exercise-fixtures';
import { ExerciseForm } from './exercise-form';
import type { ExerciseFormMode } from './exercise-form.types';

/** The practice's crisis resources, under the safety question (the choice field with `flagWhen`). */
describe('ExerciseForm crisis resources', () => {
  async function render(crisisResources: string | null, mode: ExerciseFormMode = 'edit'): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(ExerciseForm);
    fixture.componentRef.setInput('definition', FIXTURE_DEFINITION);
    fixture.componentRef.setInput('mode', mode);
    if (crisisResources !== null) fixture.componentRef.setInput('crisisResources', crisisResources);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows them once, right below the safety question, while answering', async () => {
    const el = await render('Call 999, or the Riverside line 0800 123 456.');
    const notes = el.querySelectorAll('.trp-form__crisis');
    expect(notes).toHaveLength(1);
    const safety = el.querySelector('[data-field$="-safety"]') as HTMLElement;
    expect(safety.querySelector('.trp-form__crisis')?.textContent).toContain('Call 999, or the Riverside line 0800 123 456.');
    expect(safety.querySelector('trp-choice-field')?.nextElementSibling?.classList).toContain('trp-form__crisis');
  });

  it('shows nothing without them, or when the answers are only read', async () => {
    expect((await render(null)).querySelector('.trp-form__crisis')).toBeNull();
    expect((await render('Call 999.', 'readonly')).querySelector('.trp-form__crisis')).toBeNull();
  });
});
