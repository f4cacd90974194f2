import { fieldsOf } from './fields';
import type { Answers, ExerciseDefinition } from './model';
import { normalizeText } from './normalize-text';

/** One item of a draft agreement: a list item one or both partners wrote, with who wrote it. */
export interface MergedAgreementItem {
  readonly fieldId: string;
  /** The wording of the first partner who wrote it (trimmed). */
  readonly text: string;
  /** Partner ids, in the order given. */
  readonly from: readonly string[];
}

/** The comparison key of an item: trimmed, case folded, runs of whitespace as one space. */
export function agreementItemKey(text: string): string {
  return normalizeText(text)
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .replace(/\s+/g, ' ');
}

/**
 * Merges both partners' list items into one draft agreement: field by field in the definition's order, each
 * partner's items in turn, the same text from both (compared by `agreementItemKey`) one item with both ids.
 * Only `list` fields that are not counselor-only; empty items are left out.
 */
export function mergeAgreementItems(
  definition: ExerciseDefinition,
  submissions: readonly {
    readonly partnerId: string;
    readonly answers: Answers;
  }[],
): MergedAgreementItem[] {
  const merged: {
    fieldId: string;
    text: string;
    from: string[];
    key: string;
  }[] = [];
  for (const field of fieldsOf(definition)) {
    if (field.type !== 'list' || field.counselorOnly) continue;
    for (const { partnerId, answers } of submissions) {
      const value = Object.prototype.hasOwnProperty.call(answers, field.id)
        ? answers[field.id]
        : undefined;
      if (!Array.isArray(value)) continue;
      for (const item of value) {
        if (typeof item !== 'string') continue;
        const text = normalizeText(item).replace(/\s+/g, ' ');
        if (text === '') continue;
        const key = agreementItemKey(text);
        const known = merged.find(
          (entry) => entry.fieldId === field.id && entry.key === key,
        );
        if (!known)
          merged.push({ fieldId: field.id, text, from: [partnerId], key });
        else if (!known.from.includes(partnerId)) known.from.push(partnerId);
      }
    }
  }
  return merged.map(({ fieldId, text, from }) => ({ fieldId, text, from }));
}
