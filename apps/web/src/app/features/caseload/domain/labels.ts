import type { AssignmentStatus, AssignmentView, InviteLinkState, Locale, PartnerProgress, Visibility } from '@trp/contracts';
import type { ExerciseDefinition, Perspective } from '@trp/exercises';
import type { IconName } from '@trp/web-ui';
import { builtInDefinition, type DefinitionLookup, fallbackTitle } from './definition-lookup';

export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
  /** One line that explains the choice. */
  readonly hint: string;
}

export const PERSPECTIVE_CHOICES: readonly Choice<Perspective>[] = [
  { value: 'unspecified', label: $localize`:@@caseload.perspective.unspecified:Not set`, hint: $localize`:@@caseload.perspective.unspecified-hint:Neutral wording.` },
  { value: 'hurt', label: $localize`:@@caseload.perspective.hurt:Hurt partner`, hint: $localize`:@@caseload.perspective.hurt-hint:The questions ask about the impact on them.` },
  { value: 'involved', label: $localize`:@@caseload.perspective.involved:Broke the trust`, hint: $localize`:@@caseload.perspective.involved-hint:The questions ask what they take responsibility for.` },
];

/** One sentence for the forms where a perspective is chosen. */
export const PERSPECTIVE_EXPLANATION = $localize`:@@caseload.perspective.explanation:Perspective words the questions for the partner who was hurt or the one who broke the trust; leave it "Not set" for neutral wording.`;

export const VISIBILITY_CHOICES: readonly Choice<Visibility>[] = [
  { value: 'counselor_only', label: $localize`:@@caseload.visibility.counselor-only:Counselor only`, hint: $localize`:@@caseload.visibility.counselor-only-hint:Only you read the answers. The partners never see each other’s.` },
  { value: 'after_both_submit', label: $localize`:@@caseload.visibility.after-both:Reveal after both submit`, hint: $localize`:@@caseload.visibility.after-both-hint:Each partner can read the other’s answers once both have submitted.` },
  { value: 'in_session', label: $localize`:@@caseload.visibility.in-session:Reveal in session`, hint: $localize`:@@caseload.visibility.in-session-hint:Sealed until you unlock it, for example together in the session.` },
];

/** Each language by its own name (a reader finds "Español" whatever the page's language). */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', es: 'Español' };

export function localeName(locale: Locale): string {
  return LOCALE_NAMES[locale] ?? locale;
}

export function perspectiveLabel(perspective: Perspective): string {
  return PERSPECTIVE_CHOICES.find((c) => c.value === perspective)?.label ?? PERSPECTIVE_CHOICES[0].label;
}

export function visibilityLabel(visibility: Visibility): string {
  return VISIBILITY_CHOICES.find((c) => c.value === visibility)?.label ?? visibility;
}

const PROGRESS_LABELS: Readonly<Record<PartnerProgress, string>> = {
  not_started: $localize`:@@caseload.progress.not-started:Not started`,
  in_progress: $localize`:@@caseload.progress.in-progress:In progress`,
  submitted: $localize`:@@caseload.progress.submitted:Submitted`,
};

export function progressLabel(progress: PartnerProgress): string {
  return PROGRESS_LABELS[progress] ?? progress;
}

/** A Material Symbols icon name per progress, so the state never rests on colour alone. */
export function progressIcon(progress: PartnerProgress): IconName {
  return progress === 'submitted' ? 'check_circle' : progress === 'in_progress' ? 'pending' : 'radio_button_unchecked';
}

const STATUS_LABELS: Readonly<Record<AssignmentStatus, string>> = {
  open: $localize`:@@caseload.status.open:Open`,
  reviewed: $localize`:@@caseload.status.reviewed:Reviewed`,
  cancelled: $localize`:@@caseload.status.cancelled:Cancelled`,
};

export function assignmentStatusLabel(status: AssignmentStatus): string {
  return STATUS_LABELS[status] ?? status;
}

export function linkStateLabel(state: InviteLinkState): string {
  switch (state) {
    case 'none':
      return $localize`:@@caseload.link-state.none:No link yet`;
    case 'never_opened':
      return $localize`:@@caseload.link-state.never-opened:Never opened`;
    case 'opened':
      return $localize`:@@caseload.link-state.opened:Opened`;
    case 'expired':
      return $localize`:@@caseload.link-state.expired:Expired`;
    case 'revoked':
      return $localize`:@@caseload.link-state.revoked:Revoked`;
    default:
      return state;
  }
}

/** The definition an assignment was made with (`lookup`: the views pass `ExerciseDefinitions.get`, which knows the practice's own). */
export function definitionOf(
  assignment: Pick<AssignmentView, 'exerciseKey' | 'exerciseVersion'>,
  lookup: DefinitionLookup = builtInDefinition,
): ExerciseDefinition | undefined {
  return lookup(assignment.exerciseKey, assignment.exerciseVersion);
}

export function exerciseTitle(assignment: Pick<AssignmentView, 'exerciseKey' | 'exerciseVersion'>, lookup: DefinitionLookup = builtInDefinition): string {
  return definitionOf(assignment, lookup)?.title ?? fallbackTitle(assignment.exerciseKey);
}

/** Open, with a due date in the past, and not yet submitted by both partners. */
export function isOverdue(assignment: AssignmentView, now: Date = new Date()): boolean {
  return (
    assignment.status === 'open' &&
    !!assignment.dueAt &&
    new Date(assignment.dueAt).getTime() < now.getTime() &&
    assignment.partners.some((p) => p.status !== 'submitted')
  );
}

/** Sealed for the partners until the counselor unlocks it. */
export function awaitsRelease(assignment: AssignmentView): boolean {
  return assignment.status !== 'cancelled' && (assignment.release.state === 'sealed' || assignment.release.state === 'held');
}
