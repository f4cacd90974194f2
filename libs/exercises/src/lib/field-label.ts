import type { Field, Perspective } from './model';

/** The wording of a field for a partner's perspective; the neutral `label` when there is no override. */
export function fieldLabel(field: Field, perspective: Perspective): string {
  if (perspective === 'unspecified') {
    return field.label;
  }
  return field.perspectiveLabels?.[perspective] ?? field.label;
}
