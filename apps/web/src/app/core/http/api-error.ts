import { HttpErrorResponse } from '@angular/common/http';
import type { ApiError } from '@trp/contracts';

/** The API's error body, when the failure is an HTTP answer that carries one. */
export function apiErrorOf(error: unknown): ApiError | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  const body: unknown = error.error;
  if (body && typeof body === 'object' && typeof (body as { message?: unknown }).message === 'string') {
    return body as ApiError;
  }
  return null;
}

export function statusOf(error: unknown): number | null {
  return error instanceof HttpErrorResponse ? error.status : null;
}

/**
 * The sentence to show for a failed request: the server's own message for client errors (it is
 * written for people), the given fallback otherwise (network and server failures get a global notice).
 */
export function errorMessage(error: unknown, fallback: string): string {
  const status = statusOf(error);
  if (status === 0) return $localize`:@@core.http.offline:You seem to be offline. Check your connection and try again.`;
  if (status !== null && status >= 500) return fallback;
  const message = apiErrorOf(error)?.message;
  return message ? sentence(message.replace(FIELD_PREFIX, '')) : fallback;
}

/** `field: what is wrong` (the API's way of naming a field in a message). */
const FIELD_PREFIX = /^[A-Za-z][\w.]*: /;

/**
 * Field name → a sentence for under the field, from a 400 answer's `errors`, or from a message of the form
 * `field: what is wrong` when the answer has no list.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  const body = apiErrorOf(error);
  const result: Record<string, string> = {};
  for (const entry of body?.errors ?? []) {
    if (!(entry.field in result)) result[entry.field] = sentence(entry.message.replace(new RegExp(`^${escape(entry.field)}:?\\s+`), ''));
  }
  // The message names one field in a fuller sentence ("code: the code is not correct. Check the time…"): prefer it.
  const named = body?.statusCode === 400 ? /^([A-Za-z][\w.]*): (.+)$/s.exec(body.message) : null;
  const fields = new Set((body?.errors ?? []).map((entry) => entry.field));
  if (named && (fields.size === 0 || (fields.size === 1 && fields.has(named[1])))) result[named[1]] = sentence(named[2]);
  return result;
}

/** Capital first letter, full stop at the end. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return trimmed;
  const capital = trimmed[0].toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
