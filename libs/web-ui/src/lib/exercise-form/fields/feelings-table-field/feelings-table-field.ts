import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import type { AnswerError, EmotionAnswer, FeelingsTableAnswer, Field } from '@trp/exercises';
import { pathIsWithin } from '../../error-paths';
import { FEELINGS_TABLE_COLUMNS } from '../../i-statement-parts';
import { EmotionsField } from '../emotions-field/emotions-field';
import { ExerciseFieldBase } from '../field-base';
import { FieldShell } from '../field-shell/field-shell';

type Column = keyof FeelingsTableAnswer;

/**
 * `feelingsTable`: two emotion pickers, "What I feel" and "What I believe my partner feels",
 * side by side when the field is at least 600px wide and stacked below that.
 */
@Component({
  selector: 'trp-feelings-table-field',
  imports: [FieldShell, EmotionsField],
  templateUrl: './feelings-table-field.html',
  styleUrl: './feelings-table-field.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FeelingsTableField extends ExerciseFieldBase<FeelingsTableAnswer> {
  protected readonly columns = computed(() =>
    (['mine', 'partner'] as const).map((key) => ({
      key,
      field: this.columnField(key),
      value: this.value()?.[key]?.length ? this.value()?.[key] : undefined,
      errors: this.columnErrors(key),
    })),
  );

  protected readonly isEmpty = computed(
    () => !this.value()?.mine?.length && !this.value()?.partner?.length,
  );

  /** Errors inside a column are shown by that column's picker, with paths relative to it. */
  protected override ownErrors(errors: readonly AnswerError[]): readonly AnswerError[] {
    return errors.filter((e) => !pathIsWithin(e.path, '.mine') && !pathIsWithin(e.path, '.partner'));
  }

  protected setColumn(key: Column, items: readonly EmotionAnswer[] | undefined): void {
    const current = this.value();
    const next: FeelingsTableAnswer = {
      mine: current?.mine ?? [],
      partner: current?.partner ?? [],
      [key]: items ?? [],
    };
    this.value.set(next.mine.length || next.partner.length ? next : undefined);
  }

  private columnField(key: Column): Field {
    const field = this.field();
    return {
      id: `${field.id}.${key}`,
      type: 'emotions',
      label: FEELINGS_TABLE_COLUMNS[key],
      ...(field.maxItems !== undefined ? { maxItems: field.maxItems } : {}),
    };
  }

  private columnErrors(key: Column): AnswerError[] {
    const prefix = `.${key}`;
    return this.errors()
      .filter((e) => pathIsWithin(e.path, prefix))
      .map((e) => ({ path: e.path.slice(prefix.length), message: e.message }));
  }
}
