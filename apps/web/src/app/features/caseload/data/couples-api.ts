import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  CASELOAD_ROUTES as API,
  type CoupleListQuery,
  type CoupleView,
  type CreateCoupleBody,
  type EmailedInviteLink,
  type IssuedInviteLink,
  type Page,
  type UpdateCoupleBody,
} from '@trp/contracts';
import type { Observable } from 'rxjs';

/** The counselor's couples and their partners' invite links (`/api/couples…`). */
@Injectable({ providedIn: 'root' })
export class CouplesApi {
  private readonly http = inject(HttpClient);

  list(query: CoupleListQuery = {}): Observable<Page<CoupleView>> {
    let params = new HttpParams();
    const search = query.search?.trim();
    if (search) params = params.set('search', search);
    if (query.status) params = params.set('status', query.status);
    if (query.limit !== undefined) params = params.set('limit', query.limit);
    if (query.cursor) params = params.set('cursor', query.cursor);
    return this.http.get<Page<CoupleView>>(API.couples, { params });
  }

  get(id: string): Observable<CoupleView> {
    return this.http.get<CoupleView>(API.couple(id));
  }

  create(body: CreateCoupleBody): Observable<CoupleView> {
    return this.http.post<CoupleView>(API.couples, body);
  }

  update(id: string, body: UpdateCoupleBody): Observable<CoupleView> {
    return this.http.patch<CoupleView>(API.couple(id), body);
  }

  archive(id: string): Observable<CoupleView> {
    return this.http.post<CoupleView>(API.archiveCouple(id), {});
  }

  /** Back to the active caseload. */
  restore(id: string): Observable<CoupleView> {
    return this.update(id, { status: 'active' });
  }

  /** A new link for one partner; the previous one stops working at once. The only time the URL is visible. */
  issueInviteLink(coupleId: string, partnerId: string): Observable<IssuedInviteLink> {
    return this.http.post<IssuedInviteLink>(API.inviteLink(coupleId, partnerId), {});
  }

  /** Mails the partner a fresh link (the previous one stops working). */
  emailInviteLink(coupleId: string, partnerId: string): Observable<EmailedInviteLink> {
    return this.http.post<EmailedInviteLink>(API.emailInviteLink(coupleId, partnerId), {});
  }

  /** Where one partner's records download (JSON) or open as a printable page (HTML); a plain GET with the session cookie. */
  exportUrl(coupleId: string, partnerId: string, format: 'json' | 'html'): string {
    return API.partnerExport(coupleId, partnerId, format);
  }

  /** Erases one partner's data for good; `confirm` is their name as typed. Answers the updated couple. */
  erasePartner(coupleId: string, partnerId: string, confirm: string): Observable<CoupleView> {
    return this.http.post<CoupleView>(API.erasePartner(coupleId, partnerId), { confirm });
  }

  revokeInviteLink(coupleId: string, partnerId: string): Observable<unknown> {
    return this.http.delete<unknown>(API.inviteLink(coupleId, partnerId));
  }
}
