import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatSliderModule } from '@angular/material/slider';
import {
  EMOTION_KEYS,
  EMOTION_LABELS,
  type EmotionAnswer,
  type EmotionKey,
  MAX_INTENSITY,
  maxItemsOf,
  MIN_INTENSITY,
} from '@trp/exercises';
import { ExerciseFieldBase } from '../field-base';
import { FieldShell } from '../field-shell/field-shell';

/** Intensity given to an emotion when it is first chosen. */
export const DEFAULT_INTENSITY = 5;

export function formatIntensity(intensity: number): string {
  return `${intensity} of ${MAX_INTENSITY}`;
}

/**
 * `emotions`: checkboxes over the emotion vocabulary (at most `maxItems`), then an intensity
 * slider 0–10 for each chosen emotion with the number shown as text.
 */
@Component({
  selector: 'trp-emotions-field',
  imports: [FieldShell, MatCheckboxModule, MatSliderModule],
  templateUrl: './emotions-field.html',
  styleUrl: './emotions-field.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmotionsField extends ExerciseFieldBase<readonly EmotionAnswer[]> {
  /** Heading level of the label in read-only mode (4 inside the feelings table). */
  readonly headingLevel = input(3);
  /** Read-only text when nothing was chosen. */
  readonly emptyText = input('Skipped');

  protected readonly emotionKeys = EMOTION_KEYS;
  protected readonly emotionLabels = EMOTION_LABELS;
  protected readonly minIntensity = MIN_INTENSITY;
  protected readonly maxIntensity = MAX_INTENSITY;
  protected readonly formatIntensity = formatIntensity;

  protected readonly chosen = computed(() => this.value() ?? []);
  protected readonly chosenKeys = computed(() => new Set(this.chosen().map((item) => item.emotion)));
  /** The limit, or `null` when it does not restrict the vocabulary. */
  protected readonly maxItems = computed(() => {
    const max = maxItemsOf(this.field());
    return max < EMOTION_KEYS.length ? max : null;
  });
  protected readonly atLimit = computed(() => {
    const max = this.maxItems();
    return max !== null && this.chosen().length >= max;
  });

  protected checkboxId(key: EmotionKey): string {
    return `${this.controlId()}-${key}`;
  }

  protected sliderId(key: EmotionKey): string {
    return `${this.controlId()}-${key}-intensity`;
  }

  protected toggle(key: EmotionKey, checked: boolean): void {
    const chosen = this.chosen();
    if (checked) {
      if (this.chosenKeys().has(key) || this.atLimit()) return;
      this.emit([...chosen, { emotion: key, intensity: DEFAULT_INTENSITY }]);
    } else {
      this.emit(chosen.filter((item) => item.emotion !== key));
    }
  }

  protected setIntensity(key: EmotionKey, intensity: number): void {
    const clamped = Math.min(this.maxIntensity, Math.max(this.minIntensity, Math.round(intensity)));
    const current = this.chosen().find((item) => item.emotion === key);
    if (!current || !Number.isFinite(clamped) || current.intensity === clamped) return;
    this.emit(
      this.chosen().map((item) => (item.emotion === key ? { emotion: key, intensity: clamped } : item)),
    );
  }

  private emit(items: readonly EmotionAnswer[]): void {
    this.value.set(items.length ? items : undefined);
  }
}
