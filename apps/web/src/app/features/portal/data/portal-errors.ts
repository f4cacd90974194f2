import { HttpErrorResponse } from '@angular/common/http';
import { TimeoutError } from 'rxjs';
import type { AnswerError, Answers } from '@trp/exercises';

/** What a failed portal request means for the partner. */
export type PortalFailure =
  | { readonly kind: 'offline' }
  | { readonly kind: 'ended' }
  | { readonly kind: 'gone' }
  | { readonly kind: 'notFound' }
  | { readonly kind: 'conflict'; readonly current: { readonly version: number; readonly answers: Answers } }
  | { readonly kind: 'submitted' }
  | { readonly kind: 'closed' }
  | { readonly kind: 'invalid'; readonly errors: readonly AnswerError[] }
  | { readonly kind: 'server' };

interface ErrorBody {
  readonly code?: string;
  readonly current?: { version: number; answers: Answers };
  readonly errors?: readonly { field: string; message: string }[];
}

export function portalFailure(error: unknown): PortalFailure {
  if (error instanceof TimeoutError) return { kind: 'offline' };
  if (!(error instanceof HttpErrorResponse)) return { kind: 'server' };
  const body = (error.error && typeof error.error === 'object' ? error.error : {}) as ErrorBody;
  switch (error.status) {
    case 0:
      return { kind: 'offline' };
    case 401:
      return { kind: 'ended' };
    case 404:
      return { kind: 'notFound' };
    case 410:
      return { kind: 'gone' };
    case 403:
      // The PIN lock (PortalHttp raises it, the lock screen takes over): like offline, the page tries again later.
      return body.code === 'portal.pinRequired' ? { kind: 'offline' } : { kind: 'server' };
    case 409:
      if (body.code === 'portal.alreadySubmitted') return { kind: 'submitted' };
      if (body.code === 'portal.assignmentClosed') return { kind: 'closed' };
      if (body.current) return { kind: 'conflict', current: body.current };
      return { kind: 'server' };
    case 422:
    case 400:
      return {
        kind: 'invalid',
        errors: (body.errors ?? []).map((e) => ({ path: e.field.replace(/^answers\.?/, ''), message: e.message })),
      };
    default:
      // 502/503/504 from a proxy on a bad connection behave like offline: try again later.
      return error.status >= 502 && error.status <= 504 ? { kind: 'offline' } : { kind: 'server' };
  }
}
