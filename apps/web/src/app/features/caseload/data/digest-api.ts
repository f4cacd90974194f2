import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { CASELOAD_ROUTES as API, type Digest } from '@trp/contracts';
import type { Observable } from 'rxjs';

/** The pre-session digest (`GET /api/digest`): the coming week's sessions, each with what is new for its couple. */
@Injectable({ providedIn: 'root' })
export class DigestApi {
  private readonly http = inject(HttpClient);

  get(): Observable<Digest> {
    return this.http.get<Digest>(API.digest);
  }
}
