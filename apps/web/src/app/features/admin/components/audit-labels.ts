import { AuditActionCode, AuditEvent, isAuditActionCode } from '@trp/contracts';
import { formatDate } from '@trp/web-ui/date';

/**
 * Plain words for every audit action (`AUDIT_ACTIONS` in libs/contracts). The type makes a missing label a
 * compile error and `audit-labels.spec.ts` a failing test: a new action is added there and here.
 */
export const AUDIT_ACTION_LABELS: Readonly<Record<AuditActionCode, string>> = {
  'auth.sign_in': 'Signed in',
  'auth.sign_in_failed': 'Sign-in failed',
  'auth.locked_out': 'Locked out after failed sign-ins',
  'auth.sign_out': 'Signed out',
  'auth.password_changed': 'Changed their password',
  'auth.password_change_failed': 'Password change refused: wrong current password',
  'auth.password_reset_requested': 'Asked for a password reset link',
  'auth.password_reset': 'Reset their password with a link',
  'invitation.issued': 'Invited a staff member',
  'invitation.accepted': 'Accepted an invitation',
  'invitation.revoked': 'Withdrew an invitation',
  'user.roles_changed': 'Changed a staff member’s roles',
  'user.status_changed': 'Activated or deactivated an account',
  'mfa.enabled': 'Turned on two-step sign-in',
  'mfa.disabled': 'Turned off two-step sign-in',
  'mfa.disable_failed': 'Turning off two-step sign-in refused: wrong code',
  'mfa.reset': 'Reset someone’s two-step sign-in',
  'mfa.recovery_code_used': 'Signed in with a recovery code',
  'practice.created': 'Created the practice',
  'practice.settings_changed': 'Changed the practice settings',
  'access.denied': 'Tried a page their roles do not open',
  'audit.viewed': 'Read the audit log',
  'invite_link.unknown': 'Someone tried an unknown partner link',
  'couple.created': 'Added a couple',
  'couple.updated': 'Edited a couple',
  'couple.archived': 'Archived a couple',
  'couple.restored': 'Restored an archived couple',
  'couple.reassigned': 'Gave a couple to another counselor',
  'invite_link.issued': 'Created a partner’s link',
  'invite_link.emailed': 'Emailed a partner’s link',
  'invite_link.revoked': 'Turned off a partner’s link',
  'invite_link.used': 'A partner opened their link',
  'assignment.created': 'Assigned an exercise',
  'assignment.reviewed': 'Marked an exercise as reviewed',
  'assignment.reopened': 'Reopened an exercise for edits',
  'assignment.unlocked': 'Shared an exercise’s answers with both partners',
  'assignment.cancelled': 'Cancelled an exercise',
  'response.submitted': 'A partner submitted their answers',
  'response.viewed': 'Viewed a couple’s answers',
  'note.created': 'Wrote a private note',
  'note.deleted': 'Deleted a private note',
  'assignment.safety_reviewed': 'Acknowledged a safety concern',
  'assignment.repeat_stopped': 'Stopped a repeating exercise',
  'notes.viewed': 'Read notes another counselor wrote',
  'trends.viewed': 'Viewed a couple’s change over time',
  'agreement.shared': 'Shared an agreement with both partners',
  'library.exercise_created': 'Added an exercise to the practice library',
  'library.exercise_updated': 'Saved a new version of a library exercise',
  'library.exercise_archived': 'Archived a library exercise',
  'session.created': 'Scheduled a session',
  'session.deleted': 'Deleted a session',
  'partner.exported': 'Exported a partner’s records',
  'partner.exported_own': 'A partner downloaded their own answers',
  'partner.erased': 'Erased a partner’s data',
  'couple.erased': 'Erased an archived couple',
  'partner.pin_set': 'A partner set or changed their PIN',
  'partner.pin_removed': 'A partner removed their PIN',
  'partner.pin_locked_out': 'A partner’s page closed after 5 wrong PINs',
};

/** The label of an action; an action from an older version of the product shows as its code. */
export function actionLabel(action: string): string {
  return isAuditActionCode(action) ? AUDIT_ACTION_LABELS[action] : action;
}

export function actorText(event: AuditEvent): string {
  if (event.actor.displayName) return event.actor.displayName;
  switch (event.actor.kind) {
    case 'system':
      return 'System';
    case 'partner':
      return 'A partner';
    case 'anonymous':
      return 'Not signed in';
    default:
      return 'A staff member';
  }
}

/** What a couple-scoped target is, in words. */
const COUPLE_THINGS: Readonly<Record<string, string>> = {
  couple: '',
  assignment: 'An exercise of ',
  response: 'Answers of ',
  counselor_note: 'A note on ',
  invite_link: 'A link of ',
  session: 'A session of ',
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
    const couple = `couple ${shortId(target.couple.id)}${target.couple.counselorName ? ` (${target.couple.counselorName}’s caseload)` : ''}`;
    const thing = COUPLE_THINGS[target.type] ?? '';
    return thing ? `${thing}${couple}` : capitalize(couple);
  }
  switch (target.type) {
    case 'practice':
      return 'The practice';
    case 'user':
      return 'A staff member';
    case 'invitation':
      return 'An invitation';
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
  from: 'from',
  to: 'to',
  changed: 'changed',
  changes: 'changed',
  roles: 'roles',
  reason: 'reason',
  remaining: 'recovery codes left',
  sessionsEnded: 'sessions ended',
  otherSessionsEnded: 'other sessions ended',
  expiresAt: 'works until',
  until: 'until',
  scope: 'locked',
  useCount: 'times opened',
  revokedLinks: 'links turned off',
  exerciseKey: 'exercise',
  exerciseVersion: 'version',
  visibility: 'visibility',
  wasEnabled: 'was on',
};

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function valueText(value: unknown, locale: string): string {
  if (typeof value === 'string')
    return ISO_DATE_TIME.test(value)
      ? formatDate(value, 'dateTime', locale)
      : value.replace(/_/g, ' ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
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
