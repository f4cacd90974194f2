import { LiveAnnouncer } from '@angular/cdk/a11y';
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
import { maxItemsOf, maxLengthOf } from '@trp/exercises';
import { ExerciseFieldBase } from '../field-base';
import { FieldShell } from '../field-shell/field-shell';
import { InputErrorState } from '../input-error-state';
import { moveItem, sameJson } from '../reorderable-rows';

const isBlank = (item: string) => item.trim() === '';

/**
 * `list`: short items the partner adds, edits, removes and reorders, at most `maxItems`
 * ("2 of 5 items"; the add button is disabled at the limit). Blank rows stay on screen while
 * the partner types but are left out of the emitted value.
 */
@Component({
  selector: 'trp-list-field',
  imports: [FieldShell, InputErrorState, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule],
  templateUrl: './list-field.html',
  styleUrl: './list-field.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ListField extends ExerciseFieldBase<readonly string[]> {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly announcer = inject(LiveAnnouncer);

  protected readonly maxItems = computed(() => maxItemsOf(this.field()));
  protected readonly maxLength = computed(() => maxLengthOf(this.field()));

  /** The rows on screen: the value, plus any blank rows being typed into. */
  protected readonly rows = linkedSignal<readonly string[] | undefined, readonly string[]>({
    source: this.value,
    computation: (incoming, previous) => {
      const items = incoming ?? [];
      if (previous && sameJson(previous.value.filter((row) => !isBlank(row)), items)) {
        return previous.value;
      }
      return items.length ? items : [''];
    },
  });

  protected readonly atLimit = computed(() => this.rows().length >= this.maxItems());
  protected readonly answered = computed(() => (this.value() ?? []).filter((item) => !isBlank(item)));

  protected itemId(index: number): string {
    return `${this.controlId()}-item-${index}`;
  }

  protected setItem(index: number, event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    this.update(this.rows().map((row, i) => (i === index ? text : row)));
  }

  protected add(after = this.rows().length - 1): void {
    if (this.atLimit()) return;
    const rows = [...this.rows()];
    rows.splice(after + 1, 0, '');
    this.update(rows);
    this.focusLater(`#${this.itemId(after + 1)}`);
  }

  /** Enter in an item starts a new item below it (instead of submitting a surrounding form). */
  protected onEnter(index: number, event: Event): void {
    event.preventDefault();
    this.add(index);
  }

  protected moveUpLabel(index: number): string {
    return $localize`:@@web-ui.list.move-up:Move item ${index + 1}:number: up`;
  }

  protected moveDownLabel(index: number): string {
    return $localize`:@@web-ui.list.move-down:Move item ${index + 1}:number: down`;
  }

  protected removeLabel(index: number): string {
    return $localize`:@@web-ui.list.remove:Remove item ${index + 1}:number:`;
  }

  protected move(index: number, offset: -1 | 1): void {
    const target = index + offset;
    const rows = this.rows();
    if (target < 0 || target >= rows.length) return;
    this.update(moveItem(rows, index, target));
    const direction = offset < 0 ? 'up' : 'down';
    this.focusLater(`[data-focus="${direction}-${target}"]`);
    void this.announcer.announce(
      offset < 0
        ? $localize`:@@web-ui.list.moved-up:Item ${index + 1}:from: moved up. It is now item ${target + 1}:to: of ${rows.length}:count:.`
        : $localize`:@@web-ui.list.moved-down:Item ${index + 1}:from: moved down. It is now item ${target + 1}:to: of ${rows.length}:count:.`,
    );
  }

  protected remove(index: number): void {
    const rows = this.rows().filter((_, i) => i !== index);
    this.update(rows);
    this.focusLater(
      rows.length ? `#${this.itemId(Math.min(index, rows.length - 1))}` : '[data-focus="add"]',
    );
    void this.announcer.announce($localize`:@@web-ui.list.removed:Item ${index + 1}:number: removed.`);
  }

  private update(rows: readonly string[]): void {
    this.rows.set(rows);
    const items = rows.filter((row) => !isBlank(row));
    if (!sameJson(items, this.value() ?? [])) this.value.set(items.length ? items : undefined);
  }

  private focusLater(selector: string): void {
    afterNextRender(
      () => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(),
      { injector: this.injector },
    );
  }
}
