import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_ROUTES, MailLogItem, MailLogQuery, Page } from '@trp/contracts';
import { Observable } from 'rxjs';
import { paramsOf } from './http-params';

/** The practice's mail log, newest first, and "send again" for a failed mail (admins). */
@Injectable({ providedIn: 'root' })
export class MailApi {
  private readonly http = inject(HttpClient);

  mails(query: MailLogQuery): Observable<Page<MailLogItem>> {
    return this.http.get<Page<MailLogItem>>(API_ROUTES.admin.mail, { params: paramsOf(query) });
  }

  retry(id: string): Observable<MailLogItem> {
    return this.http.post<MailLogItem>(API_ROUTES.admin.retryMail(id), {});
  }
}
