import type { AbstractControl } from '@angular/forms';

const ids = new WeakMap<AbstractControl, number>();
let next = 0;

/** A stable id for a control (for element ids and labels), whatever its position after moves. */
export function uidOf(control: AbstractControl): string {
  let id = ids.get(control);
  if (id === undefined) {
    next += 1;
    id = next;
    ids.set(control, id);
  }
  return `b${id}`;
}
