import { pageLocale } from '../../../i18n/page-locale';
import { LiveAnnouncer } from '@angular/cdk/a11y';
import { TextFieldModule } from '@angular/cdk/text-field';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  linkedSignal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import {
  type BlamingPhrase,
  findBlamingPhrases,
  type IStatementAnswer,
  maxItemsOf,
  maxLengthOf,
} from '@trp/exercises';
import { I_STATEMENT_PARTS, type IStatementPart } from '../../i-statement-parts';
import { ExerciseFieldBase } from '../field-base';
import { FieldShell } from '../field-shell/field-shell';
import { InputErrorState } from '../input-error-state';
import { sameJson } from '../reorderable-rows';

const EMPTY_STATEMENT: IStatementAnswer = { feel: '', when: '', because: '', need: '' };

const isBlank = (statement: IStatementAnswer) =>
  I_STATEMENT_PARTS.every((part) => statement[part.key].trim() === '');

/** "I feel hurt when … because … and I need …" (the parts that were written). */
export function iStatementSentence(statement: IStatementAnswer): string {
  return I_STATEMENT_PARTS.filter((part) => statement[part.key].trim() !== '')
    .map((part) => `${part.label} ${statement[part.key].trim()}`)
    .join(' ');
}

/**
 * `iStatement`: up to `maxItems` statements of four parts (I feel … / when … / because … /
 * and I need …). Phrasing that may sound like blame is pointed out gently under the part,
 * quoting the phrase with a suggestion (a hint, never an error).
 */
@Component({
  selector: 'trp-i-statement-field',
  imports: [
    FieldShell,
    InputErrorState,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TextFieldModule,
  ],
  templateUrl: './i-statement-field.html',
  styleUrl: './i-statement-field.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IStatementField extends ExerciseFieldBase<readonly IStatementAnswer[]> {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly announcer = inject(LiveAnnouncer);

  protected readonly parts = I_STATEMENT_PARTS;
  protected readonly sentence = iStatementSentence;
  protected readonly maxItems = computed(() => maxItemsOf(this.field()));
  protected readonly maxLength = computed(() => maxLengthOf(this.field()));

  /** The statements on screen: the value, plus a blank one being started. */
  protected readonly rows = linkedSignal<
    readonly IStatementAnswer[] | undefined,
    readonly IStatementAnswer[]
  >({
    source: this.value,
    computation: (incoming, previous) => {
      const statements = incoming ?? [];
      if (previous && sameJson(previous.value.filter((s) => !isBlank(s)), statements)) {
        return previous.value;
      }
      return statements.length ? statements : [EMPTY_STATEMENT];
    },
  });

  /** Blaming phrases per statement and part. */
  protected readonly hints = computed(() =>
    this.rows().map(
      (row) =>
        Object.fromEntries(
          I_STATEMENT_PARTS.map((part) => [part.key, findBlamingPhrases(row[part.key], pageLocale())]),
        ) as Record<IStatementPart, readonly BlamingPhrase[]>,
    ),
  );

  protected readonly atLimit = computed(() => this.rows().length >= this.maxItems());
  protected readonly answered = computed(() => (this.value() ?? []).filter((s) => !isBlank(s)));

  protected partId(index: number, part: IStatementPart): string {
    return `${this.controlId()}-${index}-${part}`;
  }

  protected partDescribedBy(index: number, part: IStatementPart): string {
    const ids: string[] = [];
    if (this.hints()[index]?.[part].length) ids.push(`${this.partId(index, part)}-hint`);
    if (this.hasErrorAt(`[${index}].${part}`)) ids.push(this.ids().errors);
    return ids.join(' ');
  }

  protected setPart(index: number, part: IStatementPart, event: Event): void {
    const text = (event.target as HTMLTextAreaElement).value;
    this.update(this.rows().map((row, i) => (i === index ? { ...row, [part]: text } : row)));
  }

  protected add(): void {
    if (this.atLimit()) return;
    const index = this.rows().length;
    this.update([...this.rows(), EMPTY_STATEMENT]);
    this.focusLater(`#${this.partId(index, 'feel')}`);
  }

  protected removeLabel(index: number): string {
    return $localize`:@@web-ui.i-statement.remove-label:Remove statement ${index + 1}:number:`;
  }

  protected remove(index: number): void {
    const rows = this.rows().filter((_, i) => i !== index);
    this.update(rows);
    this.focusLater(
      rows.length
        ? `#${this.partId(Math.min(index, rows.length - 1), 'feel')}`
        : '[data-focus="add"]',
    );
    void this.announcer.announce($localize`:@@web-ui.i-statement.removed:Statement ${index + 1}:number: removed.`);
  }

  private update(rows: readonly IStatementAnswer[]): void {
    this.rows.set(rows);
    const statements = rows.filter((row) => !isBlank(row));
    if (!sameJson(statements, this.value() ?? [])) {
      this.value.set(statements.length ? statements : undefined);
    }
  }

  private focusLater(selector: string): void {
    afterNextRender(
      () => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(),
      { injector: this.injector },
    );
  }
}
