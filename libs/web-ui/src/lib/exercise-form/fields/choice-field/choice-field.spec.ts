import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import { CHOICE_FIELD } from '../../../../testing/exercise-fixtures';
import { ChoiceField } from './choice-field';

describe('ChoiceField', () => {
  let fixture: ComponentFixture<ChoiceField>;
  let emitted: (string | undefined)[];

  async function render(value: string | undefined, readonly = false, field = CHOICE_FIELD) {
    fixture = TestBed.createComponent(ChoiceField);
    fixture.componentRef.setInput('field', field);
    fixture.componentRef.setInput('label', 'Do you feel safe with your partner?');
    fixture.componentRef.setInput('value', value);
    fixture.componentRef.setInput('readonly', readonly);
    fixture.componentRef.setInput('controlId', 'ch');
    emitted = [];
    fixture.componentInstance.value.subscribe((v) => emitted.push(v));
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  describe('edit mode', () => {
    it('renders a radiogroup labelled by the question, one radio per option', async () => {
      const el = await render(undefined);
      const group = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatRadioGroupHarness);
      const labels = await Promise.all((await group.getRadioButtons()).map((b) => b.getLabelText()));
      expect(labels).toEqual(['Yes', 'I am not sure', 'No']);
      const host = el.querySelector('mat-radio-group') as HTMLElement;
      expect(el.querySelector(`#${host.getAttribute('aria-labelledby')}`)?.textContent).toContain(
        'Do you feel safe with your partner?',
      );
    });

    it('emits the chosen option value', async () => {
      await render(undefined);
      const group = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatRadioGroupHarness);
      await group.checkRadioButton({ label: 'I am not sure' });
      expect(emitted).toEqual(['unsure']);
      expect(await group.getCheckedValue()).toBe('unsure');
    });

    it('shows the counselor-only note and describes the group by it', async () => {
      const el = await render(undefined);
      const note = el.querySelector('#ch-note');
      expect(note?.textContent).toContain('Only your counselor sees this answer.');
      const host = el.querySelector('mat-radio-group') as HTMLElement;
      expect(host.getAttribute('aria-describedby')?.split(' ')).toContain('ch-note');
      expect(el.textContent).toContain('Required');
    });

    it('lets an optional choice be cleared', async () => {
      const el = await render('no', false, { ...CHOICE_FIELD, required: undefined });
      (el.querySelector('.trp-choice__clear') as HTMLButtonElement).click();
      expect(emitted).toEqual([undefined]);
    });
  });

  describe('read-only mode', () => {
    it('renders the chosen option label', async () => {
      const el = await render('no', true);
      expect(el.querySelector('mat-radio-group')).toBeNull();
      expect(el.querySelector('.trp-answer-text')?.textContent).toBe('No');
    });

    it('says "Skipped" when empty', async () => {
      const el = await render(undefined, true);
      expect(el.querySelector('.trp-skipped')?.textContent).toBe('Skipped');
    });
  });
});
