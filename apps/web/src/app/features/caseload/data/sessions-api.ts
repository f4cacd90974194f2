import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { CASELOAD_ROUTES as API, type CreateSessionBody, type Session } from '@trp/contracts';
import type { Observable } from 'rxjs';

/** A couple's sessions (`/api/couples/:id/sessions`). */
@Injectable({ providedIn: 'root' })
export class SessionsApi {
  private readonly http = inject(HttpClient);

  list(coupleId: string): Observable<Session[]> {
    return this.http.get<Session[]>(API.coupleSessions(coupleId));
  }

  add(coupleId: string, body: CreateSessionBody): Observable<Session> {
    return this.http.post<Session>(API.coupleSessions(coupleId), body);
  }

  remove(coupleId: string, sessionId: string): Observable<unknown> {
    return this.http.delete<unknown>(API.coupleSession(coupleId, sessionId));
  }
}
