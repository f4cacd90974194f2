/**
 * Every action the API writes to the audit log. Adding an action: add its code here (the API's `AuditRecord`
 * accepts only these) and its plain-words label in the web app's `audit-labels.ts` (a unit test fails without).
 */
export const AUDIT_ACTIONS = [
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.locked_out',
  'auth.sign_out',
  'auth.password_changed',
  'auth.password_change_failed',
  'auth.password_reset_requested',
  'auth.password_reset',
  'invitation.issued',
  'invitation.accepted',
  'invitation.revoked',
  'user.roles_changed',
  'user.status_changed',
  'mfa.enabled',
  'mfa.disabled',
  'mfa.disable_failed',
  'mfa.reset',
  'mfa.recovery_code_used',
  'practice.created',
  'practice.settings_changed',
  'access.denied',
  'audit.viewed',
  'invite_link.unknown',
  'couple.created',
  'couple.updated',
  'couple.archived',
  'couple.restored',
  'couple.reassigned',
  'invite_link.issued',
  'invite_link.emailed',
  'invite_link.revoked',
  'invite_link.used',
  'assignment.created',
  'assignment.reviewed',
  'assignment.reopened',
  'assignment.unlocked',
  'assignment.cancelled',
  'assignment.safety_reviewed',
  'assignment.repeat_stopped',
  'response.submitted',
  'response.viewed',
  'note.created',
  'note.deleted',
  'notes.viewed',
  'trends.viewed',
  'agreement.shared',
  'session.created',
  'session.deleted',
  'partner.exported',
  'partner.exported_own',
  'partner.erased',
  'couple.erased',
  'partner.pin_set',
  'partner.pin_removed',
  'partner.pin_locked_out',
  'library.exercise_created',
  'library.exercise_updated',
  'library.exercise_archived',
] as const;
/** A code the API writes today. */
export type AuditActionCode = (typeof AUDIT_ACTIONS)[number];
/** What an event read back may carry: today's codes, or one from an older version of the product. */
export type AuditAction = AuditActionCode | (string & {});

export function isAuditActionCode(action: string): action is AuditActionCode {
  return (AUDIT_ACTIONS as readonly string[]).includes(action);
}

export const AUDIT_ACTOR_KINDS = ['staff', 'partner', 'system', 'anonymous'] as const;
export type AuditActorKind = (typeof AUDIT_ACTOR_KINDS)[number];

export const AUDIT_OUTCOMES = ['success', 'failure', 'denied'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/**
 * What an event was about, with names instead of ids where an admin may read them: `name` is a staff
 * member's display name (or an invited address) for `user` and `invitation` targets. Couple-scoped targets
 * (couple, assignment, response, note, invite link) carry `couple`: its id and its counselor's name, never
 * the couple's label or a partner's name (an admin sees no clinical content).
 */
export interface AuditTarget {
  readonly type: string;
  readonly id: string;
  readonly name: string | null;
  readonly couple: { readonly id: string; readonly counselorName: string | null } | null;
}

/** One entry of GET /api/admin/audit, newest first. `details` never holds passwords, tokens or codes. */
export interface AuditEvent {
  readonly id: string;
  readonly occurredAt: string;
  readonly actor: { readonly kind: AuditActorKind; readonly id: string | null; readonly displayName: string | null };
  readonly action: AuditAction;
  readonly target: AuditTarget | null;
  readonly outcome: AuditOutcome;
  readonly requestId: string | null;
  readonly ip: string | null;
  readonly details: Record<string, unknown>;
}

/** GET /api/admin/audit query: `from`/`to` are ISO dates or date-times (`to` inclusive of that day when a date). */
export interface AuditQuery {
  readonly action?: string;
  /** A staff user id. */
  readonly actorId?: string;
  /** Events about this couple (its target, its partners, its assignments): an accounting of disclosures. */
  readonly coupleId?: string;
  readonly from?: string;
  readonly to?: string;
  readonly limit?: number;
  readonly cursor?: string;
}
