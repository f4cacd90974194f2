import { HttpBackend, HttpClient, HttpHeaders, HttpXsrfTokenExtractor } from '@angular/common/http';
import { DOCUMENT, inject, Injectable } from '@angular/core';
import { Observable, timeout } from 'rxjs';

/** How long a portal request may take on a bad connection before it counts as offline (and is retried). */
export const PORTAL_REQUEST_TIMEOUT_MS = 20_000;

/**
 * The portal's own HTTP client. It goes straight to the backend, past the app's interceptors: those belong to
 * the staff app (a 401 there means "staff session ended → staff sign-in", and offline shows a global notice),
 * while the portal shows its own save status and its own "open your link again" page. It therefore adds
 * Angular's CSRF header itself (XSRF-TOKEN cookie → X-XSRF-TOKEN) on state-changing requests.
 */
@Injectable({ providedIn: 'root' })
export class PortalHttp {
  private readonly http = new HttpClient(inject(HttpBackend));
  private readonly xsrf = inject(HttpXsrfTokenExtractor);
  private readonly document = inject(DOCUMENT);

  get<T>(url: string, options: { params?: Record<string, string> } = {}): Observable<T> {
    return this.http.get<T>(url, { withCredentials: true, params: options.params }).pipe(timeout(PORTAL_REQUEST_TIMEOUT_MS));
  }

  post<T>(url: string, body: unknown): Observable<T> {
    return this.http.post<T>(url, body, { headers: this.headers(), withCredentials: true }).pipe(timeout(PORTAL_REQUEST_TIMEOUT_MS));
  }

  patch<T>(url: string, body: unknown): Observable<T> {
    return this.http.patch<T>(url, body, { headers: this.headers(), withCredentials: true }).pipe(timeout(PORTAL_REQUEST_TIMEOUT_MS));
  }

  put<T>(url: string, body: unknown): Observable<T> {
    return this.http.put<T>(url, body, { headers: this.headers(), withCredentials: true }).pipe(timeout(PORTAL_REQUEST_TIMEOUT_MS));
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

  private headers(): HttpHeaders {
    const token = this.xsrf.getToken();
    return token ? new HttpHeaders({ 'X-XSRF-TOKEN': token }) : new HttpHeaders();
  }
}
