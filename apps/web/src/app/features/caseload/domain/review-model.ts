import type { AssignmentPartnerView, AssignmentView, PartnerView } from '@trp/contracts';
import {
  type Answers,
  type ExerciseDefinition,
  getField,
  PRIVATE_NOTE_FIELD_ID,
  SAFETY_CHECK_FIELD_ID,
  safetyFlags,
} from '@trp/exercises';

/** One partner of an assignment, joined with who they are. */
export interface ReviewPartner {
  readonly id: string;
  readonly name: string;
  readonly perspective: PartnerView['perspective'];
  readonly progress: AssignmentPartnerView;
  /** Submitted answers; null until submitted (drafts are never sent). */
  readonly answers: Answers | null;
}

/** What a partner told the counselor only: the safety check and the private note. */
export interface CounselorOnlyAnswers {
  readonly partnerId: string;
  readonly name: string;
  readonly submitted: boolean;
  /** The chosen option's words; null when not answered. */
  readonly safety: string | null;
  readonly flagged: boolean;
  readonly note: string | null;
}

/** Pairs each assignment partner with the couple's partner (order of the assignment). */
export function reviewPartners(assignment: AssignmentView, partners: readonly PartnerView[]): ReviewPartner[] {
  return assignment.partners.map((progress, index) => {
    const partner = partners.find((p) => p.id === progress.partnerId);
    return {
      id: progress.partnerId,
      name: partner?.displayName ?? $localize`:@@caseload.common.partner-n:Partner ${index + 1}:number:`,
      perspective: partner?.perspective ?? 'unspecified',
      progress,
      answers: progress.status === 'submitted' && progress.answers ? progress.answers : null,
    };
  });
}

export function counselorOnlyAnswers(definition: ExerciseDefinition, partner: ReviewPartner): CounselorOnlyAnswers {
  const answers = partner.answers ?? {};
  const safetyField = getField(definition, SAFETY_CHECK_FIELD_ID);
  const safetyValue = answers[SAFETY_CHECK_FIELD_ID];
  const safety =
    typeof safetyValue === 'string' ? (safetyField?.options?.find((o) => o.value === safetyValue)?.label ?? safetyValue) : null;
  const note = answers[PRIVATE_NOTE_FIELD_ID];
  return {
    partnerId: partner.id,
    name: partner.name,
    submitted: partner.answers !== null,
    safety,
    flagged: partner.progress.safetyFlagged === true || safetyFlags(definition, answers).some((f) => f.fieldId === SAFETY_CHECK_FIELD_ID),
    note: typeof note === 'string' && note.trim() ? note : null,
  };
}
