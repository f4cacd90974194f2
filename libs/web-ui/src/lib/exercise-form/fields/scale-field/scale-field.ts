import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { scaleRangeOf } from '@trp/exercises';
import { ExerciseFieldBase } from '../field-base';
import { FieldShell } from '../field-shell/field-shell';

/**
 * `scale`: a row of numbered radio buttons from `min` to `max` (native radios: arrow keys move
 * and select, the screen reader announces "7, 7 of 10"), the end labels as visible text, and
 * the chosen value repeated in words.
 */
@Component({
  selector: 'trp-scale-field',
  imports: [FieldShell, MatButtonModule],
  templateUrl: './scale-field.html',
  styleUrl: './scale-field.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScaleField extends ExerciseFieldBase<number> {
  private readonly range = computed(() => scaleRangeOf(this.field()));
  protected readonly min = computed(() => this.range().min);
  protected readonly max = computed(() => Math.max(this.range().max, this.min()));

  protected readonly steps = computed(() => {
    const steps: number[] = [];
    for (let n = this.min(); n <= this.max(); n++) steps.push(n);
    return steps;
  });

  /** On narrow screens the row wraps into two even rows when it has more than six steps. */
  protected readonly narrowColumns = computed(() => {
    const count = this.steps().length;
    return count <= 6 ? count : Math.ceil(count / 2);
  });

  /** The answer in words, e.g. "7 of 10 (Completely ready)". */
  protected readonly valueText = computed(() => {
    const value = this.value();
    if (value === undefined) return null;
    const field = this.field();
    const end =
      value === this.min() && field.minLabel
        ? ` (${field.minLabel})`
        : value === this.max() && field.maxLabel
          ? ` (${field.maxLabel})`
          : '';
    return $localize`:@@web-ui.scale.value:${value}:value: of ${this.max()}:max:${end}:end:`;
  });

  protected select(step: number): void {
    if (step >= this.min() && step <= this.max()) this.value.set(step);
  }

  protected clear(): void {
    this.value.set(undefined);
  }
}
