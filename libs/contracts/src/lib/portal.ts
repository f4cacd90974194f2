import type { Answers, ExerciseDefinition, Perspective } from '@trp/exercises';
import type { PartnerProgress, Visibility } from './assignments';
import type { Locale } from './locale';

/** `GET /api/portal/me`. Never the couple's label: that is the counselor's private note. */
export interface PortalMe {
  /** The practice's crisis resources, shown under the safety question and in the portal. */
  readonly crisisResources: string;
  /** `locale`: the language this partner reads the portal and their mails in. */
  readonly partner: { readonly id: string; readonly displayName: string; readonly perspective: Perspective; readonly locale: Locale };
  readonly counselor: { readonly displayName: string };
  /** Whether reminder emails are sent to this partner (they can turn them off here or from any reminder). */
  readonly remindersEnabled: boolean;
  /** Whether the counselor has an email address for this partner (reminders need one; the address itself is not shown). */
  readonly hasEmail: boolean;
}

/**
 * PATCH /api/portal/me. `timezone`: the browser's IANA zone, recorded for quiet hours. `locale`: the partner switches
 * their language (the answer also sets the `trp_locale` cookie; the web app then reloads).
 */
export interface UpdatePortalMeRequest {
  readonly remindersEnabled?: boolean;
  readonly timezone?: string;
  readonly locale?: Locale;
}

/** An item of `GET /api/portal/assignments`. */
export interface PortalAssignmentSummary {
  readonly id: string;
  readonly exerciseKey: string;
  readonly title: string;
  readonly summary: string;
  readonly instructions?: string;
  readonly dueAt?: string;
  readonly status: PartnerProgress;
  readonly submittedAt?: string;
  readonly createdAt: string;
}

/** `GET /api/portal/assignments/:id` */
export interface PortalAssignment {
  readonly id: string;
  readonly exercise: ExerciseDefinition;
  readonly perspective: Perspective;
  readonly instructions?: string;
  readonly dueAt?: string;
  readonly visibility: Visibility;
  /** The other partner's display name (to say who may read these answers); null when the couple has one partner. */
  readonly partnerDisplayName: string | null;
  readonly mine: {
    readonly status: PartnerProgress;
    readonly version: number;
    readonly answers: Answers;
    readonly submittedAt?: string;
  };
  /** Only once released by the visibility rule; never counselor-only fields. */
  readonly partner: { readonly displayName: string; readonly answers: Answers } | null;
}

/** `PUT /api/portal/assignments/:id/draft` */
export interface SaveDraftBody {
  readonly answers: Answers;
  /** The version last read; 0 when there is no draft yet. */
  readonly version: number;
}

export interface SavedDraft {
  readonly version: number;
  readonly savedAt: string;
}

/** The 409 answer to a stale draft save. */
export interface DraftConflict {
  readonly statusCode: 409;
  readonly message: string;
  readonly error: string;
  readonly current: { readonly version: number; readonly answers: Answers };
}

/** `POST /api/portal/assignments/:id/submit` */
export interface SubmitBody {
  readonly answers: Answers;
}
