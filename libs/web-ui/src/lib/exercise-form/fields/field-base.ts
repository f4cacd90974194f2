import { booleanAttribute, computed, Directive, input, model } from '@angular/core';
import type { AnswerError, AnswerValue, Field } from '@trp/exercises';
import { describeError, pathIsWithin } from '../error-paths';
import { fieldIds, nextFieldId } from './field-ids';

/**
 * What every field component shares: the field, its resolved label, its value (two-way:
 * `[(value)]`, or `[value]` + `(valueChange)`; `undefined` is "no answer"), read-only mode,
 * and the errors reported for it with paths relative to the field (`''`, `[0].feel`, …).
 */
@Directive()
export abstract class ExerciseFieldBase<T extends AnswerValue> {
  readonly field = input.required<Field>();
  /** The label in the partner's perspective (`fieldLabel(field, perspective)`). */
  readonly label = input.required<string>();
  readonly value = model<T | undefined>(undefined);
  readonly readonly = input(false, { transform: booleanAttribute });
  readonly errors = input<readonly AnswerError[]>([]);
  /** Id of the main control; the label, help and error ids derive from it. */
  readonly controlId = input<string>(nextFieldId());

  protected readonly ids = computed(() => fieldIds(this.controlId()));

  /** The errors this component shows itself (a composite may route some to its children). */
  protected readonly shownErrors = computed(() => this.ownErrors(this.errors()));

  protected readonly errorMessages = computed(() =>
    this.shownErrors().map((error) => describeError(this.field(), this.value(), error)),
  );

  protected readonly invalid = computed(() => this.errors().length > 0);

  /** The ids that describe the control: the privacy note, the help text, the errors. */
  protected readonly describedBy = computed(() => {
    const field = this.field();
    const ids = this.ids();
    const parts: string[] = [];
    if (field.counselorOnly && !this.readonly()) parts.push(ids.note);
    if (field.help && !this.readonly()) parts.push(ids.help);
    if (this.errorMessages().length) parts.push(ids.errors);
    return parts.length ? parts.join(' ') : null;
  });

  /** `true` for aria-invalid when an error lies at or inside `path` (relative to the field). */
  protected invalidAt(path: string): true | null {
    return this.errors().some((error) => pathIsWithin(error.path, path)) ? true : null;
  }

  protected hasErrorAt(path: string): boolean {
    return this.invalidAt(path) === true;
  }

  protected ownErrors(errors: readonly AnswerError[]): readonly AnswerError[] {
    return errors;
  }
}
