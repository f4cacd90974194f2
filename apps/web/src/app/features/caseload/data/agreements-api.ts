import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { AGREEMENT_ROUTES as API, type AgreementView, type UpdateAgreementItemBody } from '@trp/contracts';
import type { Observable } from 'rxjs';

/** The boundaries agreement of one assignment (`/api/assignments/:id/agreement`). */
@Injectable({ providedIn: 'root' })
export class AgreementsApi {
  private readonly http = inject(HttpClient);

  get(assignmentId: string): Observable<AgreementView> {
    return this.http.get<AgreementView>(API.agreement(assignmentId));
  }

  update(assignmentId: string, itemId: string, body: UpdateAgreementItemBody): Observable<AgreementView> {
    return this.http.patch<AgreementView>(API.item(assignmentId, itemId), body);
  }

  share(assignmentId: string): Observable<AgreementView> {
    return this.http.post<AgreementView>(API.share(assignmentId), {});
  }
}
