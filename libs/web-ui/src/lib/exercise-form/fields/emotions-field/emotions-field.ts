import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatSliderModule, type MatSliderThumb } from '@angular/material/slider';
import {
  EMOTION_KEYS,
  type EmotionAnswer,
  type EmotionKey,
  MAX_INTENSITY,
  maxItemsOf,
  MIN_INTENSITY,
} from '@trp/exercises';
import { EMOTION_TEXT } from '../../emotion-labels';
import { ExerciseFieldBase } from '../field-base';
import { FieldShell } from '../field-shell/field-shell';

/**
 * Where the thumb of a slider not yet set rests (hidden): the middle, so the first arrow press
 * lands near it and Home / End reach the ends. It is never sent: an untouched intensity is no answer.
 */
export const RESTING_INTENSITY = 5;

/** What an emotion without a strength reads as, in the form and in read-only answers. */
export const INTENSITY_NOT_SET = $localize`:@@web-ui.emotions.intensity-not-set:not set`;

export function formatIntensity(intensity: number | undefined): string {
  return intensity === undefined
    ? INTENSITY_NOT_SET
    : $localize`:@@web-ui.emotions.intensity:${intensity}:value: of ${MAX_INTENSITY}:max:`;
}

/** Keys that move a range input (and Enter / Space, which set the strength where the thumb rests). */
const SETTING_KEYS = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Enter',
  ' ',
]);
const CLEARING_KEYS = new Set(['Delete', 'Backspace']);

/**
 * `emotions`: checkboxes over the emotion vocabulary (at most `maxItems`), then an intensity
 * slider 0–10 for each chosen emotion with the number shown as text. A chosen emotion starts
 * with no intensity ("not set", the thumb hidden) until the partner moves its slider, by pointer
 * or keyboard (arrows, Home / End, Enter or Space where it rests); "Clear" or Delete unsets it.
 */
@Component({
  selector: 'trp-emotions-field',
  imports: [FieldShell, MatButtonModule, MatCheckboxModule, MatSliderModule],
  templateUrl: './emotions-field.html',
  styleUrl: './emotions-field.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmotionsField extends ExerciseFieldBase<readonly EmotionAnswer[]> {
  private readonly host: ElementRef<HTMLElement> = inject(ElementRef);

  /** Heading level of the label in read-only mode (4 inside the feelings table). */
  readonly headingLevel = input(3);
  /** Read-only text when nothing was chosen. */
  readonly emptyText = input($localize`:@@web-ui.field.skipped:Skipped`);

  protected readonly emotionKeys = EMOTION_KEYS;
  protected readonly emotionLabels = EMOTION_TEXT;
  protected readonly minIntensity = MIN_INTENSITY;
  protected readonly maxIntensity = MAX_INTENSITY;
  protected readonly formatIntensity = formatIntensity;
  protected readonly restingIntensity = RESTING_INTENSITY;

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

  /** Read-only: "Anger — 7 of 10", or "Shame — strength not given". */
  protected answerText(item: EmotionAnswer): string {
    const strength =
      item.intensity === undefined
        ? $localize`:@@web-ui.emotions.strength-not-given:strength not given`
        : formatIntensity(item.intensity);
    return `${this.emotionLabels[item.emotion]} — ${strength}`;
  }

  protected clearLabel(key: EmotionKey): string {
    return $localize`:@@web-ui.emotions.clear-label:Clear the strength of ${this.emotionLabels[key]}:emotion:`;
  }

  protected checkboxId(key: EmotionKey): string {
    return `${this.controlId()}-${key}`;
  }

  protected sliderId(key: EmotionKey): string {
    return `${this.controlId()}-${key}-intensity`;
  }

  /**
   * The slider's text for screen readers. Read live, not per render: Material asks for it on the
   * input event, and the keydown / pointerdown before it has already marked the strength as set.
   */
  private readonly valueTexts = new Map<EmotionKey, (value: number) => string>();
  protected valueTextFor(key: EmotionKey): (value: number) => string {
    let text = this.valueTexts.get(key);
    if (!text) {
      text = (value) => (this.intensityOf(key) === undefined ? INTENSITY_NOT_SET : formatIntensity(value));
      this.valueTexts.set(key, text);
    }
    return text;
  }

  protected toggle(key: EmotionKey, checked: boolean): void {
    const chosen = this.chosen();
    if (checked) {
      if (this.chosenKeys().has(key) || this.atLimit()) return;
      this.emit([...chosen, { emotion: key }]);
    } else {
      this.emit(chosen.filter((item) => item.emotion !== key));
    }
  }

  /** A key that moves the slider, or Enter / Space, sets the strength; Delete / Backspace clears it. */
  protected onSliderKeydown(key: EmotionKey, event: KeyboardEvent, thumb: MatSliderThumb): void {
    if (CLEARING_KEYS.has(event.key)) {
      event.preventDefault();
      this.clearIntensity(key);
      this.refresh(thumb);
      return;
    }
    if (!SETTING_KEYS.has(event.key) || this.intensityOf(key) !== undefined) return;
    if (event.key === 'Enter' || event.key === ' ') event.preventDefault();
    this.setIntensity(key, thumb.value);
    this.refresh(thumb);
  }

  /** Touching the slider sets it, even on the spot where the hidden thumb rests. */
  protected onSliderPointerdown(key: EmotionKey, thumb: MatSliderThumb): void {
    if (this.intensityOf(key) === undefined) this.setIntensity(key, thumb.value);
  }

  protected setIntensity(key: EmotionKey, intensity: number): void {
    const clamped = Math.min(this.maxIntensity, Math.max(this.minIntensity, Math.round(intensity)));
    const current = this.chosen().find((item) => item.emotion === key);
    if (!current || !Number.isFinite(clamped) || current.intensity === clamped) return;
    this.emit(
      this.chosen().map((item) => (item.emotion === key ? { emotion: key, intensity: clamped } : item)),
    );
  }

  /** Back to "not set"; focus goes back to the slider (the Clear button disappears). */
  protected clearAndFocus(key: EmotionKey): void {
    this.clearIntensity(key);
    const slider = this.host.nativeElement.querySelector<HTMLInputElement>(`[id="${this.sliderId(key)}"]`);
    slider?.focus();
  }

  private clearIntensity(key: EmotionKey): void {
    if (this.intensityOf(key) === undefined) return;
    this.emit(this.chosen().map((item) => (item.emotion === key ? { emotion: key } : item)));
  }

  private intensityOf(key: EmotionKey): number | undefined {
    return this.chosen().find((item) => item.emotion === key)?.intensity;
  }

  /** Re-applies the thumb's value so Material recomputes its aria-valuetext. */
  private refresh(thumb: MatSliderThumb): void {
    const value = thumb.value;
    thumb.value = value;
  }

  private emit(items: readonly EmotionAnswer[]): void {
    this.value.set(items.length ? items : undefined);
  }
}
