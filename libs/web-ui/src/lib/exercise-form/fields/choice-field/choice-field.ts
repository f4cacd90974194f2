import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { type MatRadioChange, MatRadioModule } from '@angular/material/radio';
import { ExerciseFieldBase } from '../field-base';
import { FieldShell } from '../field-shell/field-shell';

/** `choice`: one of a few options, as a radio group (the safety check uses it). */
@Component({
  selector: 'trp-choice-field',
  imports: [FieldShell, MatRadioModule, MatButtonModule],
  templateUrl: './choice-field.html',
  styleUrl: './choice-field.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChoiceField extends ExerciseFieldBase<string> {
  protected readonly options = computed(() => this.field().options ?? []);

  /** The chosen option's label (an unknown stored value is shown as it is). */
  protected readonly chosenLabel = computed(() => {
    const value = this.value();
    if (value === undefined) return null;
    return this.options().find((option) => option.value === value)?.label ?? value;
  });

  protected select(change: MatRadioChange): void {
    const value: unknown = change.value;
    if (typeof value === 'string' && this.options().some((option) => option.value === value)) {
      this.value.set(value);
    }
  }

  protected clear(): void {
    this.value.set(undefined);
  }
}
