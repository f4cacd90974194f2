import type { AuditActionCode, AuditOutcome } from '@trp/contracts';
import type { AuthContext } from '../auth/auth-context';

/** Who did it. Partners and the system have no roles; anonymous callers have no id. */
export type AuditActor =
  | { readonly kind: 'staff'; readonly id: string }
  | { readonly kind: 'partner'; readonly id: string }
  | { readonly kind: 'system' }
  | { readonly kind: 'anonymous' };

export interface AuditRecord {
  readonly practiceId: string | null;
  readonly actor: AuditActor;
  /** One of `AUDIT_ACTIONS` (libs/contracts): a new action is added there, with its label in the web app. */
  readonly action: AuditActionCode;
  readonly target?: { readonly type: string; readonly id: string };
  /** Default: success. */
  readonly outcome?: AuditOutcome;
  /** Facts about the event. Never passwords, tokens, codes or clinical content. */
  readonly details?: Record<string, unknown>;
}

export function actorOf(auth: AuthContext): AuditActor {
  return auth.kind === 'staff' ? { kind: 'staff', id: auth.userId } : { kind: 'partner', id: auth.partnerId };
}

const SECRET_KEY = /pass(word)?|token|secret|code|totp|hash/i;

/** A last line of defence: drops any detail whose key looks like a secret. */
export function scrubDetails(details: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!details) return {};
  return Object.fromEntries(Object.entries(details).filter(([key]) => !SECRET_KEY.test(key)));
}
