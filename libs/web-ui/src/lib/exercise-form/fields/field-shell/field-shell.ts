import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import type { Field } from '@trp/exercises';
import { fieldIds } from '../field-ids';

/**
 * How the label is tied to the control:
 * - `control`: one native control, labelled by `<label for>` (texts);
 * - `group`: several controls in a `<fieldset>` with a `<legend>`;
 * - `labelled`: a composite widget (radiogroup) that points at the label with aria-labelledby.
 */
export type FieldShellKind = 'control' | 'group' | 'labelled';

/**
 * The frame around one field: label with a "Required" marker, the counselor-only note, the
 * help text and the error messages, each with the id the control's aria-describedby uses.
 * In read-only mode: the label as a heading and the projected answer.
 */
@Component({
  selector: 'trp-field-shell',
  imports: [NgTemplateOutlet, MatIconModule],
  templateUrl: './field-shell.html',
  styleUrl: './field-shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FieldShell {
  readonly field = input.required<Field>();
  readonly label = input.required<string>();
  readonly controlId = input.required<string>();
  readonly kind = input<FieldShellKind>('control');
  readonly readonly = input(false);
  readonly errorMessages = input<readonly string[]>([]);
  /** aria-describedby of the fieldset (`group` kind only). */
  readonly describedBy = input<string | null>(null);
  /** Heading level of the label in read-only mode (4 for a field nested in another). */
  readonly headingLevel = input(3);

  protected readonly ids = computed(() => fieldIds(this.controlId()));
  protected readonly groupInvalid = computed(() => (this.errorMessages().length ? true : null));
}
