import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_ROUTES, CurrentUser } from '@trp/contracts';
import { Observable } from 'rxjs';

/** The session's own calls: who am I, and sign out. */
@Injectable({ providedIn: 'root' })
export class SessionApi {
  private readonly http = inject(HttpClient);

  me(): Observable<CurrentUser> {
    return this.http.get<CurrentUser>(API_ROUTES.auth.me);
  }

  logout(): Observable<void> {
    return this.http.post<void>(API_ROUTES.auth.logout, {});
  }
}
