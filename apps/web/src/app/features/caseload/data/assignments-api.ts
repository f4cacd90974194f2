import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  type AssignmentView,
  CASELOAD_ROUTES as API,
  type CreateAssignmentBody,
  type Page,
  type ReopenAssignmentBody,
  type SafetyReviewBody,
} from '@trp/contracts';
import type { Observable } from 'rxjs';

/** Assignments of a couple and the counselor's actions on one (`/api/couples/:id/assignments`, `/api/assignments/:id…`). */
@Injectable({ providedIn: 'root' })
export class AssignmentsApi {
  private readonly http = inject(HttpClient);

  listForCouple(coupleId: string): Observable<Page<AssignmentView>> {
    return this.http.get<Page<AssignmentView>>(API.coupleAssignments(coupleId), { params: { limit: 100 } });
  }

  create(coupleId: string, body: CreateAssignmentBody): Observable<AssignmentView> {
    return this.http.post<AssignmentView>(API.coupleAssignments(coupleId), body);
  }

  /** With each partner's submitted answers (never drafts). */
  get(id: string): Observable<AssignmentView> {
    return this.http.get<AssignmentView>(API.assignment(id));
  }

  markReviewed(id: string): Observable<AssignmentView> {
    return this.http.post<AssignmentView>(API.reviewAssignment(id), {});
  }

  /** Back to draft for edits: one partner's submission, or both when no partner is given. */
  reopen(id: string, partnerId?: string): Observable<AssignmentView> {
    const body: ReopenAssignmentBody = partnerId ? { partnerId } : {};
    return this.http.post<AssignmentView>(API.reopenAssignment(id), body);
  }

  /** Reveals a sealed (`in_session`) assignment to both partners. */
  /** No further occurrence of the repeating assignment opens (any occurrence names the series). */
  stopRepeating(id: string): Observable<AssignmentView> {
    return this.http.post<AssignmentView>(API.stopRepeating(id), {});
  }

  unlock(id: string): Observable<AssignmentView> {
    return this.http.post<AssignmentView>(API.unlockAssignment(id), {});
  }

  /** Acknowledges the safety flag with a note (counselor only); answers the assignment without answers. */
  safetyReview(id: string, note: string): Observable<AssignmentView> {
    const body: SafetyReviewBody = { note };
    return this.http.post<AssignmentView>(API.safetyReview(id), body);
  }

  cancel(id: string): Observable<unknown> {
    return this.http.delete<unknown>(API.assignment(id));
  }
}
