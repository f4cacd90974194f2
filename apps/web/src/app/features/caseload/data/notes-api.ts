import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { CASELOAD_ROUTES as API, type CounselorNoteView, type CreateNoteBody, type Page } from '@trp/contracts';
import type { Observable } from 'rxjs';

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

  /** Only the note's author may delete it. */
  remove(coupleId: string, noteId: string): Observable<unknown> {
    return this.http.delete<unknown>(API.coupleNote(coupleId, noteId));
  }
}
