import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { type CoupleTrends, TRENDS_ROUTES } from '@trp/contracts';
import type { Observable } from 'rxjs';

/** A couple's change over time (`/api/couples/:id/trends`). */
@Injectable({ providedIn: 'root' })
export class TrendsApi {
  private readonly http = inject(HttpClient);

  get(coupleId: string): Observable<CoupleTrends> {
    return this.http.get<CoupleTrends>(TRENDS_ROUTES.coupleTrends(coupleId));
  }
}
