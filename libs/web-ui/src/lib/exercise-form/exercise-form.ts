import {
  booleanAttribute,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  model,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import {
  type AnswerError,
  type Answers,
  type AnswerValue,
  type ExerciseDefinition,
  fieldLabel,
  type Perspective,
} from '@trp/exercises';
import {
  asEmotions,
  asFeelingsTable,
  asInteger,
  asIStatements,
  asStringList,
  asText,
  isEmptyAnswer,
} from './answer-values';
import { describeError, errorsForField, splitErrorPath } from './error-paths';
import type { ExerciseFormMode } from './exercise-form.types';
import { ChoiceField } from './fields/choice-field/choice-field';
import { EmotionsField } from './fields/emotions-field/emotions-field';
import { FeelingsTableField } from './fields/feelings-table-field/feelings-table-field';
import { nextFieldId } from './fields/field-ids';
import { IStatementField } from './fields/i-statement-field/i-statement-field';
import { ListField } from './fields/list-field/list-field';
import { LongTextField } from './fields/long-text-field/long-text-field';
import { ScaleField } from './fields/scale-field/scale-field';
import { ShortTextField } from './fields/short-text-field/short-text-field';

const FOCUSABLE = 'input:not([disabled]), textarea:not([disabled]), button:not([disabled])';

/**
 * Renders an exercise definition as a form (or, read-only, as the answers in words): sections
 * with their titles and intros, one field component per field, labels in the partner's
 * perspective, errors at their fields and listed at the top. Emits the whole answers object on
 * every edit (`answersChange`, so `[(answers)]` works); an emptied answer is omitted (skipped).
 */
@Component({
  selector: 'trp-exercise-form',
  imports: [
    ChoiceField,
    EmotionsField,
    FeelingsTableField,
    IStatementField,
    ListField,
    LongTextField,
    MatButtonModule,
    MatIconModule,
    ScaleField,
    ShortTextField,
  ],
  templateUrl: './exercise-form.html',
  styleUrl: './exercise-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExerciseForm {
  readonly definition = input.required<ExerciseDefinition>();
  readonly perspective = input<Perspective>('unspecified');
  readonly answers = model<Answers>({});
  readonly mode = input<ExerciseFormMode>('edit');
  /** As `validateAnswers` returns them; paths start with the field id. */
  readonly errors = input<readonly AnswerError[]>([]);
  /** Leaves out counselor-only fields (one partner reading the other's answers). */
  readonly hideCounselorOnly = input(false, { transform: booleanAttribute });
  /** The practice's crisis resources, shown below the safety question (the choice field with `flagWhen`) while editing. */
  readonly crisisResources = input<string | null>(null);

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly idPrefix = nextFieldId();

  protected readonly asText = asText;
  protected readonly asInteger = asInteger;
  protected readonly asEmotions = asEmotions;
  protected readonly asStringList = asStringList;
  protected readonly asIStatements = asIStatements;
  protected readonly asFeelingsTable = asFeelingsTable;

  protected readonly readonly = computed(() => this.mode() === 'readonly');

  /** Sections and fields as shown: labels resolved, errors routed, hidden fields left out. */
  protected readonly sections = computed(() => {
    const perspective = this.perspective();
    const errors = this.errors();
    const hide = this.hideCounselorOnly();
    return this.definition()
      .sections.map((section) => ({
        id: section.id,
        title: section.title,
        intro: section.intro,
        titleId: `${this.idPrefix}-section-${section.id}`,
        fields: section.fields
          .filter((field) => !(hide && field.counselorOnly))
          .map((field) => ({
            field,
            label: fieldLabel(field, perspective),
            controlId: `${this.idPrefix}-${field.id}`,
            errors: errorsForField(errors, field.id),
          })),
      }))
      .filter((section) => section.fields.length > 0);
  });

  /** Every error in words, with the field it belongs to (when that field is on screen). */
  protected readonly errorSummary = computed(() => {
    const shown = new Map(this.sections().flatMap((s) => s.fields).map((f) => [f.field.id, f]));
    return this.errors().map((error) => {
      const { fieldId, rest } = splitErrorPath(error.path);
      const item = shown.get(fieldId);
      if (!item) return { controlId: null, label: null, message: error.message };
      return {
        controlId: item.controlId,
        label: item.label,
        message: describeError(item.field, this.answers()[fieldId], { path: rest, message: error.message }),
      };
    });
  });

  protected readonly summaryId = `${this.idPrefix}-summary`;

  protected onChange(fieldId: string, value: AnswerValue | undefined): void {
    const next: Record<string, AnswerValue> = { ...this.answers() };
    if (value === undefined || isEmptyAnswer(value)) {
      delete next[fieldId];
    } else {
      next[fieldId] = value;
    }
    this.answers.set(next);
  }

  /** From the error summary to the first control of the field. */
  protected goToField(controlId: string): void {
    const wrapper = this.host.nativeElement.querySelector<HTMLElement>(`[data-field="${controlId}"]`);
    const target = wrapper?.querySelector<HTMLElement>(FOCUSABLE);
    wrapper?.scrollIntoView?.({ block: 'center' });
    target?.focus();
  }
}
