import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { catchError, throwError } from 'rxjs';

/**
 * A global notice for failures no page can act on: no connection, or a server error.
 * Client errors (4xx) are left to the page that made the request, which knows what to say.
 */
export const httpErrorInterceptor: HttpInterceptorFn = (request, next) => {
  const snackBar = inject(MatSnackBar);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse) {
        const message = noticeFor(error.status);
        if (message) snackBar.open(message, $localize`:@@core.http.dismiss:Dismiss`, { duration: 8000, politeness: 'assertive' });
      }
      return throwError(() => error);
    }),
  );
};

export function noticeFor(status: number): string | undefined {
  if (status === 0) return $localize`:@@core.http.offline:You seem to be offline. Check your connection and try again.`;
  if (status >= 500) return $localize`:@@core.http.serverError:Something went wrong on our side. Please try again in a moment.`;
  return undefined;
}
