import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { DEFAULT_LIMITS, type FieldType } from '@trp/exercises';
import { uidOf } from '../../domain/control-ids';
import { addOption, changeType, type DefinitionForm, FIELD_TYPES, type FieldForm, LIMITS_OF, moveOption, removeOption } from '../../domain/definition-form';
import { MAX_ITEMS_OF, MAX_LENGTH_OF, TEXT_LIMITS } from '../../domain/definition-file';
import { messageOf } from '../../domain/path-errors';

/** Everything about one question: its kind, wording (neutral and per perspective), help, limits, options, and who reads it. */
@Component({
  selector: 'app-field-editor',
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule],
  templateUrl: './field-editor.html',
  styleUrl: './field-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FieldEditor {
  readonly form = input.required<DefinitionForm>();
  readonly field = input.required<FieldForm>();
  /** The form's revision: a new number on every change, so this view shows the latest errors. */
  readonly revision = input(0);

  protected readonly types = FIELD_TYPES;
  protected readonly textLimits = TEXT_LIMITS;
  protected readonly messageOf = messageOf;
  protected readonly uid = computed(() => uidOf(this.field()));
  protected readonly type = computed(() => {
    this.revision();
    return this.field().controls.type.value;
  });
  protected readonly limits = computed(() => LIMITS_OF[this.type()]);
  protected readonly maxItemsLimit = computed(() => MAX_ITEMS_OF[this.type()] ?? null);
  protected readonly maxLengthLimit = computed(() => MAX_LENGTH_OF[this.type()] ?? null);
  /** What applies when a limit is left empty (the shared defaults of `@trp/exercises`). */
  protected readonly defaultMaxLength = computed(() =>
    this.type() === 'longText' ? DEFAULT_LIMITS.longTextMaxLength : this.type() === 'shortText' ? DEFAULT_LIMITS.shortTextMaxLength : DEFAULT_LIMITS.itemMaxLength,
  );
  protected readonly defaultMaxItems = computed(() =>
    this.type() === 'list' ? DEFAULT_LIMITS.listMaxItems : this.type() === 'iStatement' ? DEFAULT_LIMITS.iStatementMaxItems : DEFAULT_LIMITS.emotionsMaxItems,
  );

  /** An error that belongs to the question as a whole (or to a member without a control, such as its id). */
  protected readonly groupError = computed(() => {
    this.revision();
    return messageOf(this.field());
  });

  protected setType(type: FieldType): void {
    changeType(this.form(), this.field(), type);
  }

  protected moveUpLabel(index: number): string {
    return $localize`:@@library.field.move-up:Move option ${index + 1}:number: up`;
  }

  protected moveDownLabel(index: number): string {
    return $localize`:@@library.field.move-down:Move option ${index + 1}:number: down`;
  }

  protected removeLabel(index: number): string {
    return $localize`:@@library.field.remove:Remove option ${index + 1}:number:`;
  }

  protected addOption(): void {
    addOption(this.form(), this.field());
  }

  protected removeOption(index: number): void {
    removeOption(this.form(), this.field(), index);
  }

  protected moveOption(index: number, step: -1 | 1): void {
    moveOption(this.form(), this.field(), index, index + step);
  }
}
