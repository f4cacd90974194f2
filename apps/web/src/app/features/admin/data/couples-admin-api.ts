import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_ROUTES, CoupleAssignment, CoupleCount, OrphanedCouples, Page, ReassignedCouples, User } from '@trp/contracts';
import { Observable, map } from 'rxjs';
import { paramsOf } from './http-params';

/** Who holds which couple, for admins: no clinical content, only labels, names and counts. */
@Injectable({ providedIn: 'root' })
export class CouplesAdminApi {
  private readonly http = inject(HttpClient);

  orphaned(): Observable<OrphanedCouples> {
    return this.http.get<OrphanedCouples>(API_ROUTES.admin.orphanedCouples);
  }

  /** The practice's active counselors (the people a couple can be given to), by name. */
  activeCounselors(): Observable<readonly User[]> {
    return this.http
      .get<Page<User>>(API_ROUTES.admin.users, { params: paramsOf({ role: 'counselor', status: 'active', sort: 'displayName', limit: 100 }) })
      .pipe(map((page) => page.items));
  }

  reassign(coupleId: string, counselorId: string): Observable<CoupleAssignment> {
    return this.http.patch<CoupleAssignment>(API_ROUTES.admin.reassignCouple(coupleId), { counselorId });
  }

  reassignAll(fromCounselorId: string, toCounselorId: string): Observable<ReassignedCouples> {
    return this.http.post<ReassignedCouples>(API_ROUTES.admin.reassignAllCouples, { fromCounselorId, toCounselorId });
  }

  coupleCount(userId: string): Observable<CoupleCount> {
    return this.http.get<CoupleCount>(API_ROUTES.admin.coupleCount(userId));
  }
}
