import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { CASELOAD_ROUTES as API, type Dashboard } from '@trp/contracts';
import type { Observable } from 'rxjs';

/** The counselor's home: safety flags, the review queue, overdue work and the caseload (`GET /api/dashboard`). */
@Injectable({ providedIn: 'root' })
export class DashboardApi {
  private readonly http = inject(HttpClient);

  get(): Observable<Dashboard> {
    return this.http.get<Dashboard>(API.dashboard);
  }
}
