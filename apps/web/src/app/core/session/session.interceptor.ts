import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { API_ROUTES, ApiError } from '@trp/contracts';
import { catchError, throwError } from 'rxjs';
import { MFA_PATH, SESSION_ENDED_NOTICE, SIGN_IN_PATH } from './session-routes';
import { SessionStore } from './session.store';

/**
 * Reacts to the server ending the session: any 401 from the API (idle or absolute timeout, deactivation,
 * roles changed) clears the user and sends the page to sign-in, with a way back. A 403 asking for MFA
 * enrolment sends the user to the enrolment page. The error still reaches the caller.
 */
export const sessionInterceptor: HttpInterceptorFn = (request, next) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && isApi(request.url)) {
        if (error.status === 401 && !isExempt(request.url, session.signedIn())) {
          const wasSignedIn = session.signedIn();
          session.clear(wasSignedIn ? SESSION_ENDED_NOTICE : null);
          const current = router.url;
          if (!current.startsWith(SIGN_IN_PATH)) {
            void router.navigate([SIGN_IN_PATH], { queryParams: current && current !== '/' ? { returnUrl: current } : {} });
          }
        } else if (error.status === 403 && (error.error as Partial<ApiError> | null)?.mfaEnrollmentRequired) {
          if (!router.url.startsWith(MFA_PATH)) void router.navigate([MFA_PATH]);
        }
      }
      return throwError(() => error);
    }),
  );
};

function pathOf(url: string): string {
  return url.split('?')[0];
}

/** The staff API: the partner portal's `/api/portal/*` has its own session and handles its own 401s. */
function isApi(url: string): boolean {
  const path = pathOf(url);
  return path.startsWith('/api/') && !path.startsWith('/api/portal/');
}

/**
 * Answers that are not "your session ended": a wrong password at sign-in, and "nobody is signed in" when
 * nobody was (the first `/me` of a visitor, or a stale sign-out).
 */
function isExempt(url: string, signedIn: boolean): boolean {
  const path = pathOf(url);
  if (path === API_ROUTES.auth.login) return true;
  return !signedIn && (path === API_ROUTES.auth.me || path === API_ROUTES.auth.logout);
}
