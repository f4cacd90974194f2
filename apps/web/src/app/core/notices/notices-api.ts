import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_ROUTES, StaffNotice } from '@trp/contracts';
import { Observable } from 'rxjs';

/** The signed-in staff member's own notices (GET /api/notices) and their dismissal. */
@Injectable({ providedIn: 'root' })
export class NoticesApi {
  private readonly http = inject(HttpClient);

  list(): Observable<StaffNotice[]> {
    return this.http.get<StaffNotice[]>(API_ROUTES.notices.list);
  }

  dismiss(id: string): Observable<unknown> {
    return this.http.post(API_ROUTES.notices.dismiss(id), {});
  }
}
