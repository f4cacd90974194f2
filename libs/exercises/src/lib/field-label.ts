import type { Field, Perspective } from './model';

/** The wording of a field for a partner's perspective; the neutral `label` when there is no override. */
export function fieldLabel(field: Field, perspective: Perspective): string {
  const labels = field.perspectiveLabels;
  const override =
    perspective === 'hurt'
      ? labels?.hurt
      : perspective === 'involved'
        ? labels?.involved
        : undefined;
  return override ?? field.label;
}
