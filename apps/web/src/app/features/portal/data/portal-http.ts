import { HttpBackend, HttpClient, HttpErrorResponse, HttpHeaders, HttpXsrfTokenExtractor } from '@angular/common/http';
import { DOCUMENT, inject, Injectable, signal } from '@angular/core';
import { MonoTypeOperatorFunction, Observable, tap, timeout } from 'rxjs';

/** The API's answer on any portal route while the session waits for the partner's PIN (new session, or idle). */
export const PIN_REQUIRED_CODE = 'portal.pinRequired';

export function isPinRequired(error: unknown): boolean {
  return error instanceof HttpErrorResponse && error.status === 403 && (error.error as { code?: unknown } | null)?.code === PIN_REQUIRED_CODE;
}

/** How long a portal request may take on a bad connection before it counts as offline (and is retried). */
export const PORTAL_REQUEST_TIMEOUT_MS = 20_000;

/**
 * The portal's own HTTP client. It goes straight to the backend, past the app's interceptors: those belong to
 * the staff app (a 401 there means "staff session ended → staff sign-in", and offline shows a global notice),
 * while the portal shows its own save status and its own "open your link again" page. It therefore adds
 * Angular's CSRF header itself (XSRF-TOKEN cookie → X-XSRF-TOKEN) on state-changing requests.
 *
 * It is also the portal's one interceptor for the PIN: any answer `403 portal.pinRequired` (the API locked the session
 * after 5 minutes idle or on reopening) raises `pinRequired`, and the layout shows the lock screen (PortalLock).
 */
@Injectable({ providedIn: 'root' })
export class PortalHttp {
  private readonly http = new HttpClient(inject(HttpBackend));
  private readonly xsrf = inject(HttpXsrfTokenExtractor);
  private readonly document = inject(DOCUMENT);
  private readonly pinRequiredState = signal(false);

  /** The server asked for the PIN; cleared by `pinAccepted()` once a right one is checked. */
  readonly pinRequired = this.pinRequiredState.asReadonly();

  pinAccepted(): void {
    this.pinRequiredState.set(false);
  }

  get<T>(url: string, options: { params?: Record<string, string> } = {}): Observable<T> {
    return this.http.get<T>(url, { withCredentials: true, params: options.params }).pipe(timeout(PORTAL_REQUEST_TIMEOUT_MS), this.watchPin());
  }

  post<T>(url: string, body: unknown): Observable<T> {
    return this.http.post<T>(url, body, { headers: this.headers(), withCredentials: true }).pipe(timeout(PORTAL_REQUEST_TIMEOUT_MS), this.watchPin());
  }

  patch<T>(url: string, body: unknown): Observable<T> {
    return this.http.patch<T>(url, body, { headers: this.headers(), withCredentials: true }).pipe(timeout(PORTAL_REQUEST_TIMEOUT_MS), this.watchPin());
  }

  put<T>(url: string, body: unknown): Observable<T> {
    return this.http.put<T>(url, body, { headers: this.headers(), withCredentials: true }).pipe(timeout(PORTAL_REQUEST_TIMEOUT_MS), this.watchPin());
  }

  /**
   * A last save while the page is being hidden or closed: `fetch` with `keepalive`, which the browser finishes
   * even after the page is gone. Fire and forget (the local copy stays until a later save is confirmed).
   */
  putOnExit(url: string, body: unknown): void {
    const fetchFn = this.document.defaultView?.fetch;
    if (!fetchFn) return;
    const token = this.xsrf.getToken();
    try {
      void fetchFn(url, {
        method: 'PUT',
        keepalive: true,
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...(token && { 'X-XSRF-TOKEN': token }) },
        body: JSON.stringify(body),
      }).catch(() => undefined);
    } catch {
      // keepalive bodies are limited (64 kB): the local copy is still there for next time.
    }
  }

  private watchPin<T>(): MonoTypeOperatorFunction<T> {
    return tap({ error: (error: unknown) => isPinRequired(error) && this.pinRequiredState.set(true) });
  }

  private headers(): HttpHeaders {
    const token = this.xsrf.getToken();
    return token ? new HttpHeaders({ 'X-XSRF-TOKEN': token }) : new HttpHeaders();
  }
}
