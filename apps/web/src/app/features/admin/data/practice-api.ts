import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_ROUTES, Practice, UpdatePracticeRequest } from '@trp/contracts';
import { Observable } from 'rxjs';

/** The practice's name and policies (admins). */
@Injectable({ providedIn: 'root' })
export class PracticeApi {
  private readonly http = inject(HttpClient);

  get(): Observable<Practice> {
    return this.http.get<Practice>(API_ROUTES.admin.practice);
  }

  update(body: UpdatePracticeRequest): Observable<Practice> {
    return this.http.patch<Practice>(API_ROUTES.admin.practice, body);
  }
}
