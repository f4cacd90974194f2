import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { CASELOAD_ROUTES as API, type Page } from '@trp/contracts';
import type { Observable } from 'rxjs';

/** A counselor's private note about a couple (never shown to partners). */
export interface CounselorNoteView {
  readonly id: string;
  readonly body: string;
  readonly assignmentId?: string;
  readonly createdAt: string;
  readonly updatedAt?: string;
}

export interface CreateNoteBody {
  readonly body: string;
  readonly assignmentId?: string;
}

export const NOTE_MAX_LENGTH = 10_000;

/** The counselor's private notes about a couple (`/api/couples/:id/notes`). */
@Injectable({ providedIn: 'root' })
export class NotesApi {
  private readonly http = inject(HttpClient);

  list(coupleId: string): Observable<Page<CounselorNoteView>> {
    return this.http.get<Page<CounselorNoteView>>(API.coupleNotes(coupleId), { params: { limit: 100 } });
  }

  add(coupleId: string, body: CreateNoteBody): Observable<CounselorNoteView> {
    return this.http.post<CounselorNoteView>(API.coupleNotes(coupleId), body);
  }
}
