import { inject, Injectable } from '@angular/core';
import {
  type Page,
  PORTAL_ROUTES as API,
  type PortalAssignment,
  type PortalAssignmentSummary,
  type PortalMe,
  type UpdatePortalMeRequest,
  type SaveDraftBody,
  type SavedDraft,
  type SubmitBody,
} from '@trp/contracts';
import type { Observable } from 'rxjs';
import { PortalHttp } from './portal-http';

export type SubmittedResponse = PortalAssignment['mine'];

/** The partner portal API (`/api/portal/*`), typed. */
@Injectable({ providedIn: 'root' })
export class PortalApi {
  private readonly http = inject(PortalHttp);

  /** Exchanges an invite-link token for the partner session cookie. */
  openLink(token: string): Observable<PortalMe> {
    return this.http.post<PortalMe>(API.session, { token });
  }

  me(): Observable<PortalMe> {
    return this.http.get<PortalMe>(API.me);
  }

  /** The partner's reminder switch, and the browser's time zone (quiet hours are kept in it). */
  updateMe(body: UpdatePortalMeRequest): Observable<PortalMe> {
    return this.http.patch<PortalMe>(API.me, body);
  }

  logout(): Observable<unknown> {
    return this.http.post<unknown>(API.logout, {});
  }

  /** A page of the couple's assignments: what waits for the partner first, then the rest, newest first. */
  assignments(page: { limit: number; cursor?: string | null }): Observable<Page<PortalAssignmentSummary>> {
    const params: Record<string, string> = { limit: String(page.limit) };
    if (page.cursor) params['cursor'] = page.cursor;
    return this.http.get<Page<PortalAssignmentSummary>>(API.assignments, { params });
  }

  assignment(id: string): Observable<PortalAssignment> {
    return this.http.get<PortalAssignment>(API.assignment(id));
  }

  saveDraft(id: string, body: SaveDraftBody): Observable<SavedDraft> {
    return this.http.put<SavedDraft>(API.draft(id), body);
  }

  /** The last save as the page goes away (keepalive; no answer). */
  saveDraftOnExit(id: string, body: SaveDraftBody): void {
    this.http.putOnExit(API.draft(id), body);
  }

  /** Whether the partner has set a PIN for the portal. */
  pinState(): Observable<{ set: boolean }> {
    return this.http.get<{ set: boolean }>(API.pin);
  }

  /** Sets, changes or (`pin: null`) removes the PIN; `currentPin` when one is set. */
  setPin(pin: string | null, currentPin?: string): Observable<unknown> {
    return this.http.put<unknown>(API.pin, currentPin ? { pin, currentPin } : { pin });
  }

  /** 204 when right; 403 `{remaining}` when wrong; 401 after the fifth wrong try (the session ended). */
  checkPin(pin: string): Observable<unknown> {
    return this.http.post<unknown>(API.checkPin, { pin });
  }

  /** Idempotent on the server: repeating it (a retry after a timeout) answers the same submission. */
  submit(id: string, body: SubmitBody): Observable<SubmittedResponse> {
    return this.http.post<SubmittedResponse>(API.submit(id), body);
  }
}
