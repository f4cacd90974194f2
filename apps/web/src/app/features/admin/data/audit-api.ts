import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_ROUTES, AuditEvent, AuditQuery, Page } from '@trp/contracts';
import { Observable } from 'rxjs';
import { paramsOf } from './http-params';

/** The practice's audit log, newest first (admins). */
@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  events(query: AuditQuery): Observable<Page<AuditEvent>> {
    return this.http.get<Page<AuditEvent>>(API_ROUTES.admin.audit, { params: paramsOf(query) });
  }
}
