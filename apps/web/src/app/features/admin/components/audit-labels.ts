import { AuditEvent } from '@trp/contracts';

/** Plain words for the accounts' audit actions; other actions show as they are. */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'auth.sign_in': 'Signed in',
  'auth.sign_in_failed': 'Sign-in failed',
  'auth.locked_out': 'Locked out after failed sign-ins',
  'auth.sign_out': 'Signed out',
  'auth.password_changed': 'Changed password',
  'auth.password_change_failed': 'Password change refused: wrong current password',
  'auth.password_reset_requested': 'Password reset link requested',
  'auth.password_reset': 'Password reset with a link',
  'invitation.issued': 'Invitation sent',
  'invitation.accepted': 'Invitation accepted',
  'invitation.revoked': 'Invitation withdrawn',
  'user.roles_changed': 'Roles changed',
  'user.status_changed': 'Account activated or deactivated',
  'mfa.enabled': 'Two-step sign-in turned on',
  'mfa.disabled': 'Two-step sign-in turned off',
  'mfa.disable_failed': 'Turning off two-step sign-in refused: wrong code',
  'mfa.reset': 'Two-step sign-in reset',
  'mfa.recovery_code_used': 'Recovery code used',
  'practice.created': 'Practice created',
  'practice.settings_changed': 'Practice settings changed',
};

export function actionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}

export function actorText(event: AuditEvent): string {
  if (event.actor.displayName) return event.actor.displayName;
  switch (event.actor.kind) {
    case 'system':
      return 'System';
    case 'partner':
      return 'A client';
    case 'anonymous':
      return 'Not signed in';
    default:
      return 'A staff member';
  }
}

/** `key: value` pairs of the details, for reading at a glance. */
export function detailsText(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' · ');
}
