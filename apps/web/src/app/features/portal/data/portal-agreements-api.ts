import { inject, Injectable } from '@angular/core';
import { AGREEMENT_ROUTES, type Page, type PortalAgreement } from '@trp/contracts';
import type { Observable } from 'rxjs';
import { PortalHttp } from './portal-http';

/** What the partners agreed, as their counselor shared it (`GET /api/portal/agreements`). */
@Injectable({ providedIn: 'root' })
export class PortalAgreementsApi {
  private readonly http = inject(PortalHttp);

  list(): Observable<Page<PortalAgreement>> {
    return this.http.get<Page<PortalAgreement>>(AGREEMENT_ROUTES.portalAgreements);
  }
}
