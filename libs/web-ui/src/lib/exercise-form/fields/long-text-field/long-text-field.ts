import { TextFieldModule } from '@angular/cdk/text-field';
import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { maxLengthOf } from '@trp/exercises';
import { ExerciseFieldBase } from '../field-base';
import { FieldShell } from '../field-shell/field-shell';
import { InputErrorState } from '../input-error-state';

/** `longText`: a textarea that grows with the text, with a character counter. */
@Component({
  selector: 'trp-long-text-field',
  imports: [FieldShell, InputErrorState, MatFormFieldModule, MatInputModule, TextFieldModule],
  templateUrl: './long-text-field.html',
  styleUrl: './long-text-field.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LongTextField extends ExerciseFieldBase<string> {
  protected readonly length = computed(() => this.value()?.length ?? 0);
  protected readonly maxLength = computed(() => maxLengthOf(this.field()));

  protected onInput(event: Event): void {
    const text = (event.target as HTMLTextAreaElement).value;
    this.value.set(text === '' ? undefined : text);
  }
}
