import { CurrentUser, DEFAULT_PRACTICE_SETTINGS } from '@trp/contracts';

/** The warning shows this long before the session would end. */
export const IDLE_WARNING_MS = 60_000;
/**
 * The server moves a session's last-seen time at most once a minute, so it may be up to this much older
 * than our last request: end (and warn) this much earlier than a naive count would, never later.
 */
export const SERVER_TOUCH_RESOLUTION_MS = 60_000;
/** While someone is busy on the page without requests, tell the server at most this often. */
export const KEEP_ALIVE_INTERVAL_MS = 60_000;

/** The practice's idle timeout in minutes, from `GET /api/auth/me`; the default (30) if it is missing. */
export function idleTimeoutMinutes(user: CurrentUser): number {
  const value = user.sessionPolicy?.idleTimeoutMinutes;
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : DEFAULT_PRACTICE_SETTINGS.idleTimeoutMinutes;
}

/** When, after a request at `lastRequestAt`, to warn and to sign out. */
export function idleDeadlines(lastRequestAt: number, timeoutMinutes: number): { warnAt: number; signOutAt: number } {
  const signOutAt = lastRequestAt + timeoutMinutes * 60_000 - SERVER_TOUCH_RESOLUTION_MS;
  return { warnAt: signOutAt - IDLE_WARNING_MS, signOutAt };
}
