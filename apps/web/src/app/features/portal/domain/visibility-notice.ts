import type { Visibility } from '@trp/contracts';

/** What a partner is told about who reads their answers, and when. */
export interface VisibilityNotice {
  /** Who reads the answers, and when, for this assignment's visibility. */
  readonly readers: string;
  /** What never leaves the counselor, whatever the visibility. */
  readonly counselorOnly: string;
}

/**
 * The truth about visibility, in one place (the answer page and the submit confirmation say it). It never
 * mentions a hold for safety: "unless your counselor keeps them for your next session" covers it without
 * revealing the other partner's safety answer. `partnerName` is the other partner's display name — never the
 * couple's label.
 */
export function visibilityNotice(visibility: Visibility, partnerName: string | null | undefined): VisibilityNotice {
  const name = partnerName?.trim() || $localize`:@@portal.visibility.your-partner:your partner`;
  const counselorOnly = $localize`:@@portal.visibility.counselor-only:Your private note and your answer to the safety question stay with your counselor.`;
  switch (visibility) {
    case 'counselor_only':
      return { readers: $localize`:@@portal.visibility.counselor:Only your counselor reads your answers.`, counselorOnly };
    case 'after_both_submit':
      return {
        readers: $localize`:@@portal.visibility.after-both:Your counselor reads your answers. Once you have both submitted, ${name}:name: can read them too — unless your counselor keeps them for your next session.`,
        counselorOnly,
      };
    case 'in_session':
      return { readers: $localize`:@@portal.visibility.in-session:Your counselor reads your answers and may share them with ${name}:name: during a session.`, counselorOnly };
  }
}
