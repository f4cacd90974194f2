let nextId = 0;

/** A document-unique id prefix for one field (two forms may sit side by side). */
export function nextFieldId(): string {
  nextId += 1;
  return `trp-field-${nextId}`;
}

/** Ids of the parts around a field's control, derived from its control id. */
export interface FieldIds {
  readonly control: string;
  readonly label: string;
  readonly note: string;
  readonly help: string;
  readonly errors: string;
}

export function fieldIds(controlId: string): FieldIds {
  return {
    control: controlId,
    label: `${controlId}-label`,
    note: `${controlId}-note`,
    help: `${controlId}-help`,
    errors: `${controlId}-errors`,
  };
}
