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
] as const;
/** Actions other features add are plain strings of the form `<area>.<verb>`; these are the accounts ones. */
export type AuditAction = (typeof AUDIT_ACTIONS)[number] | (string & {});

export const AUDIT_ACTOR_KINDS = ['staff', 'partner', 'system', 'anonymous'] as const;
export type AuditActorKind = (typeof AUDIT_ACTOR_KINDS)[number];

export const AUDIT_OUTCOMES = ['success', 'failure', 'denied'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** One entry of GET /api/admin/audit, newest first. `details` never holds passwords, tokens or codes. */
export interface AuditEvent {
  readonly id: string;
  readonly occurredAt: string;
  readonly actor: { readonly kind: AuditActorKind; readonly id: string | null; readonly displayName: string | null };
  readonly action: AuditAction;
  readonly target: { readonly type: string; readonly id: string } | null;
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
  readonly from?: string;
  readonly to?: string;
  readonly limit?: number;
  readonly cursor?: string;
}
