import type { Locale } from './locale';
import { Role } from './roles';

export const USER_STATUSES = ['invited', 'active', 'deactivated'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export interface PracticeRef {
  readonly id: string;
  readonly name: string;
}

/** A staff account as the API answers it. `displayName` is '' while the person has not accepted their invitation. */
export interface User {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly roles: Role[];
  readonly status: UserStatus;
  readonly practice: PracticeRef;
  readonly mfaEnabled: boolean;
  readonly createdAt: string;
  readonly lastSignInAt: string | null;
}

/** GET /api/auth/me: the signed-in user. */
export interface CurrentUser extends User {
  /** The practice requires MFA and this user has not enrolled: only their own account pages work until they do. */
  readonly mfaEnrollmentRequired: boolean;
  /** The practice's session policy, so the web app can warn before an idle sign-out. */
  readonly sessionPolicy: { readonly idleTimeoutMinutes: number; readonly absoluteTimeoutHours: number };
  /** The practice's IANA time zone: sessions and schedules are shown and entered in it. */
  readonly timezone: string;
  /** The practice sends partners reminder emails (its `remindersEnabled` setting): the assign dialog offers them per assignment. */
  readonly partnerReminders: boolean;
}

export const USER_SORTS = ['displayName', 'email', 'createdAt'] as const;
export type UserSort = (typeof USER_SORTS)[number];

/** GET /api/admin/users query. `displayName` and `email` sort ascending, `createdAt` newest first. */
export interface UserListQuery {
  /** Part of the name or email, case-insensitive. */
  readonly search?: string;
  readonly role?: Role;
  readonly status?: UserStatus;
  readonly sort?: UserSort;
  readonly limit?: number;
  readonly cursor?: string;
}

/** PATCH /api/admin/users/:id. Removing the last active admin's admin role, or deactivating them, is a 409. */
export interface UpdateUserRequest {
  readonly roles?: Role[];
  readonly status?: Extract<UserStatus, 'active' | 'deactivated'>;
}

export const DISPLAY_NAME_MAX_LENGTH = 100;
export const EMAIL_MAX_LENGTH = 254;

/** GET/PATCH /api/auth/me/preferences (PATCH: any subset). */
export interface StaffPreferences {
  /** A mail within a minute when a client's safety check raises a flag (no names, no answers). */
  readonly safetyAlerts: boolean;
  /** A morning summary (counts only) at 07:00 practice time. */
  readonly dailySummary: boolean;
  readonly locale: Locale;
}
