import { AuditActionCode, AuditEvent, isAuditActionCode } from '@trp/contracts';
import { formatDate } from '@trp/web-ui/date';

/**
 * Plain words for every audit action (`AUDIT_ACTIONS` in libs/contracts). The type makes a missing label a
 * compile error and `audit-labels.spec.ts` a failing test: a new action is added there and here.
 */
export const AUDIT_ACTION_LABELS: Readonly<Record<AuditActionCode, string>> = {
  'auth.sign_in': $localize`:@@admin.audit.action.signedIn:Signed in`,
  'auth.sign_in_failed': $localize`:@@admin.audit.action.signInFailed:Sign-in failed`,
  'auth.locked_out': $localize`:@@admin.audit.action.lockedOutAfterFailed:Locked out after failed sign-ins`,
  'auth.sign_out': $localize`:@@admin.audit.action.signedOut:Signed out`,
  'auth.password_changed': $localize`:@@admin.audit.action.changedTheirPassword:Changed their password`,
  'auth.password_change_failed': $localize`:@@admin.audit.action.passwordChangeRefusedWrong:Password change refused: wrong current password`,
  'auth.password_reset_requested': $localize`:@@admin.audit.action.askedForAPassword:Asked for a password reset link`,
  'auth.password_reset': $localize`:@@admin.audit.action.resetTheirPasswordWith:Reset their password with a link`,
  'invitation.issued': $localize`:@@admin.audit.action.invitedAStaffMember:Invited a staff member`,
  'invitation.accepted': $localize`:@@admin.audit.action.acceptedAnInvitation:Accepted an invitation`,
  'invitation.revoked': $localize`:@@admin.audit.action.withdrewAnInvitation:Withdrew an invitation`,
  'user.roles_changed': $localize`:@@admin.audit.action.changedAStaffMember:Changed a staff member’s roles`,
  'user.status_changed': $localize`:@@admin.audit.action.activatedOrDeactivatedAn:Activated or deactivated an account`,
  'mfa.enabled': $localize`:@@admin.audit.action.turnedOnTwoStep:Turned on two-step sign-in`,
  'mfa.disabled': $localize`:@@admin.audit.action.turnedOffTwoStep:Turned off two-step sign-in`,
  'mfa.disable_failed': $localize`:@@admin.audit.action.turningOffTwoStep:Turning off two-step sign-in refused: wrong code`,
  'mfa.reset': $localize`:@@admin.audit.action.resetSomeoneSTwo:Reset someone’s two-step sign-in`,
  'mfa.recovery_code_used': $localize`:@@admin.audit.action.signedInWithA:Signed in with a recovery code`,
  'practice.created': $localize`:@@admin.audit.action.createdThePractice:Created the practice`,
  'practice.settings_changed': $localize`:@@admin.audit.action.changedThePracticeSettings:Changed the practice settings`,
  'access.denied': $localize`:@@admin.audit.action.triedAPageTheir:Tried a page their roles do not open`,
  'audit.viewed': $localize`:@@admin.audit.action.readTheAuditLog:Read the audit log`,
  'invite_link.unknown': $localize`:@@admin.audit.action.someoneTriedAnUnknown:Someone tried an unknown partner link`,
  'couple.created': $localize`:@@admin.audit.action.addedACouple:Added a couple`,
  'couple.updated': $localize`:@@admin.audit.action.editedACouple:Edited a couple`,
  'couple.archived': $localize`:@@admin.audit.action.archivedACouple:Archived a couple`,
  'couple.restored': $localize`:@@admin.audit.action.restoredAnArchivedCouple:Restored an archived couple`,
  'couple.reassigned': $localize`:@@admin.audit.action.gaveACoupleTo:Gave a couple to another counselor`,
  'invite_link.issued': $localize`:@@admin.audit.action.createdAPartnerS:Created a partner’s link`,
  'invite_link.emailed': $localize`:@@admin.audit.action.emailedAPartnerS:Emailed a partner’s link`,
  'invite_link.revoked': $localize`:@@admin.audit.action.turnedOffAPartner:Turned off a partner’s link`,
  'invite_link.used': $localize`:@@admin.audit.action.aPartnerOpenedTheir:A partner opened their link`,
  'assignment.created': $localize`:@@admin.audit.action.assignedAnExercise:Assigned an exercise`,
  'assignment.reviewed': $localize`:@@admin.audit.action.markedAnExerciseAs:Marked an exercise as reviewed`,
  'assignment.reopened': $localize`:@@admin.audit.action.reopenedAnExerciseFor:Reopened an exercise for edits`,
  'assignment.unlocked': $localize`:@@admin.audit.action.sharedAnExerciseS:Shared an exercise’s answers with both partners`,
  'assignment.cancelled': $localize`:@@admin.audit.action.cancelledAnExercise:Cancelled an exercise`,
  'response.submitted': $localize`:@@admin.audit.action.aPartnerSubmittedTheir:A partner submitted their answers`,
  'response.viewed': $localize`:@@admin.audit.action.viewedACoupleS:Viewed a couple’s answers`,
  'note.created': $localize`:@@admin.audit.action.wroteAPrivateNote:Wrote a private note`,
  'note.deleted': $localize`:@@admin.audit.action.deletedAPrivateNote:Deleted a private note`,
  'assignment.safety_reviewed': $localize`:@@admin.audit.action.acknowledgedASafetyConcern:Acknowledged a safety concern`,
  'assignment.repeat_stopped': $localize`:@@admin.audit.action.stoppedARepeatingExercise:Stopped a repeating exercise`,
  'notes.viewed': $localize`:@@admin.audit.action.readNotesAnotherCounselor:Read notes another counselor wrote`,
  'trends.viewed': $localize`:@@admin.audit.action.viewedACoupleS2:Viewed a couple’s change over time`,
  'agreement.shared': $localize`:@@admin.audit.action.sharedAnAgreementWith:Shared an agreement with both partners`,
  'library.exercise_created': $localize`:@@admin.audit.action.addedAnExerciseTo:Added an exercise to the practice library`,
  'library.exercise_updated': $localize`:@@admin.audit.action.savedANewVersion:Saved a new version of a library exercise`,
  'library.exercise_archived': $localize`:@@admin.audit.action.archivedALibraryExercise:Archived a library exercise`,
  'session.created': $localize`:@@admin.audit.action.scheduledASession:Scheduled a session`,
  'session.deleted': $localize`:@@admin.audit.action.deletedASession:Deleted a session`,
  'partner.exported': $localize`:@@admin.audit.action.exportedAPartnerS:Exported a partner’s records`,
  'partner.exported_own': $localize`:@@admin.audit.action.aPartnerDownloadedTheir:A partner downloaded their own answers`,
  'partner.erased': $localize`:@@admin.audit.action.erasedAPartnerS:Erased a partner’s data`,
  'couple.erased': $localize`:@@admin.audit.action.erasedAnArchivedCouple:Erased an archived couple`,
  'partner.pin_set': $localize`:@@admin.audit.action.aPartnerSetOr:A partner set or changed their PIN`,
  'partner.pin_removed': $localize`:@@admin.audit.action.aPartnerRemovedTheir:A partner removed their PIN`,
  'partner.pin_locked_out': $localize`:@@admin.audit.action.aPartnerSPage:A partner’s page closed after 5 wrong PINs`,
};

/** The label of an action; an action from an older version of the product shows as its code. */
export function actionLabel(action: string): string {
  return isAuditActionCode(action) ? AUDIT_ACTION_LABELS[action] : action;
}

export function actorText(event: AuditEvent): string {
  if (event.actor.displayName) return event.actor.displayName;
  switch (event.actor.kind) {
    case 'system':
      return $localize`:@@admin.audit.actorSystem:System`;
    case 'partner':
      return $localize`:@@admin.audit.actorPartner:A partner`;
    case 'anonymous':
      return $localize`:@@admin.audit.actorAnonymous:Not signed in`;
    default:
      return $localize`:@@admin.audit.actorStaff:A staff member`;
  }
}

/** What a couple-scoped target is, in words, given the couple's words ("couple 1b9d6bcd"). */
const COUPLE_THINGS: Readonly<Record<string, (couple: string) => string>> = {
  assignment: (couple) => $localize`:@@admin.audit.targetAssignment:An exercise of ${couple}:couple:`,
  response: (couple) => $localize`:@@admin.audit.targetResponse:Answers of ${couple}:couple:`,
  counselor_note: (couple) => $localize`:@@admin.audit.targetNote:A note on ${couple}:couple:`,
  invite_link: (couple) => $localize`:@@admin.audit.targetLink:A link of ${couple}:couple:`,
  session: (couple) => $localize`:@@admin.audit.targetSession:A session of ${couple}:couple:`,
};

/**
 * What the event was about, with names instead of ids: a staff member's name; for a couple only a short
 * reference and its counselor (never the couple's label or a partner's name: an admin sees no clinical content).
 */
export function targetText(event: AuditEvent): string {
  const target = event.target;
  if (!target) return '—';
  if (target.name) return target.name;
  if (target.couple) {
    const ref = shortId(target.couple.id);
    const counselor = target.couple.counselorName;
    const couple = counselor
      ? $localize`:@@admin.audit.coupleOfCaseload:couple ${ref}:ref: (${counselor}:counselor:’s caseload)`
      : $localize`:@@admin.audit.couple:couple ${ref}:ref:`;
    const thing = COUPLE_THINGS[target.type];
    return thing ? thing(couple) : capitalize(couple);
  }
  switch (target.type) {
    case 'practice':
      return $localize`:@@admin.audit.targetPractice:The practice`;
    case 'user':
      return $localize`:@@admin.audit.actorStaff:A staff member`;
    case 'invitation':
      return $localize`:@@admin.audit.targetInvitation:An invitation`;
    default:
      return capitalize(target.type.replace(/_/g, ' '));
  }
}

/** A short, stable reference for an id (its first 8 characters). */
export function shortId(id: string): string {
  return id.slice(0, 8);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Detail keys shown with a friendlier name; keys naming ids are left out (the target column names the thing). */
const DETAIL_NAMES: Readonly<Record<string, string>> = {
  from: $localize`:@@admin.audit.detailFrom:from`,
  to: $localize`:@@admin.audit.detailTo:to`,
  changed: $localize`:@@admin.audit.detailChanged:changed`,
  changes: $localize`:@@admin.audit.detailChanged:changed`,
  roles: $localize`:@@admin.audit.detailRoles:roles`,
  reason: $localize`:@@admin.audit.detailReason:reason`,
  remaining: $localize`:@@admin.audit.detailRemaining:recovery codes left`,
  sessionsEnded: $localize`:@@admin.audit.detailSessionsEnded:sessions ended`,
  otherSessionsEnded: $localize`:@@admin.audit.detailOtherSessionsEnded:other sessions ended`,
  expiresAt: $localize`:@@admin.audit.detailExpiresAt:works until`,
  until: $localize`:@@admin.audit.detailUntil:until`,
  scope: $localize`:@@admin.audit.detailScope:locked`,
  useCount: $localize`:@@admin.audit.detailUseCount:times opened`,
  revokedLinks: $localize`:@@admin.audit.detailRevokedLinks:links turned off`,
  exerciseKey: $localize`:@@admin.audit.detailExercise:exercise`,
  exerciseVersion: $localize`:@@admin.audit.detailVersion:version`,
  visibility: $localize`:@@admin.audit.detailVisibility:visibility`,
  wasEnabled: $localize`:@@admin.audit.detailWasEnabled:was on`,
  selfChange: $localize`:@@admin.audit.detailSelfChange:own account`,
  via: $localize`:@@admin.audit.detailVia:by`,
};

/** Code values the API writes into details, in words (any other value shows with its underscores as spaces). */
const VALUE_WORDS: Readonly<Record<string, string>> = {
  admin: $localize`:@@admin.audit.valueAdmin:admin`,
  counselor: $localize`:@@admin.audit.valueCounselor:counselor`,
  self: $localize`:@@admin.audit.valueSelf:self`,
  wrong_password: $localize`:@@admin.audit.valueWrongPassword:wrong password`,
  wrong_current_password: $localize`:@@admin.audit.valueWrongCurrentPassword:wrong current password`,
  wrong_code: $localize`:@@admin.audit.valueWrongCode:wrong code`,
  locked_out: $localize`:@@admin.audit.valueLockedOut:locked out`,
  too_many_requests: $localize`:@@admin.audit.valueTooManyRequests:too many requests`,
  account_deactivated: $localize`:@@admin.audit.valueAccountDeactivated:account deactivated`,
  account_invited: $localize`:@@admin.audit.valueAccountInvited:account invited`,
  after_both_submit: $localize`:@@admin.audit.valueAfterBoth:after both submit`,
  in_session: $localize`:@@admin.audit.valueInSession:in session`,
  counselor_only: $localize`:@@admin.audit.valueCounselorOnly:counselor only`,
  everyone: $localize`:@@admin.audit.valueEveryone:everyone`,
};

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function valueText(value: unknown, locale: string): string {
  if (typeof value === 'string')
    return ISO_DATE_TIME.test(value)
      ? formatDate(value, 'dateTime', locale)
      : (VALUE_WORDS[value] ?? value.replace(/_/g, ' '));
  if (typeof value === 'boolean') return value ? $localize`:@@admin.audit.yes:yes` : $localize`:@@admin.audit.no:no`;
  if (Array.isArray(value))
    return value.map((item) => valueText(item, locale)).join(', ');
  if (value && typeof value === 'object') return Object.keys(value).join(', ');
  return String(value);
}

/** The details worth reading, as `name: value` pairs: ids are left out, dates in the app's format. */
export function detailsText(
  details: Record<string, unknown>,
  locale = 'en-US',
): string {
  return Object.entries(details)
    .filter(([key]) => !/Ids?$/.test(key))
    .map(
      ([key, value]) =>
        `${DETAIL_NAMES[key] ?? key}: ${valueText(value, locale)}`,
    )
    .join(' · ');
}
