import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { maxLengthOf } from '@trp/exercises';
import { ExerciseFieldBase } from '../field-base';
import { FieldShell } from '../field-shell/field-shell';
import { InputErrorState } from '../input-error-state';

/** `shortText`: one line of text, with a character counter. */
@Component({
  selector: 'trp-short-text-field',
  imports: [FieldShell, InputErrorState, MatFormFieldModule, MatInputModule],
  templateUrl: './short-text-field.html',
  styleUrl: './short-text-field.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShortTextField extends ExerciseFieldBase<string> {
  protected readonly length = computed(() => this.value()?.length ?? 0);
  protected readonly maxLength = computed(() => maxLengthOf(this.field()));

  protected onInput(event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    this.value.set(text === '' ? undefined : text);
  }
}
