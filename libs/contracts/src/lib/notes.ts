/** A counselor's private note about a couple (never shown to partners or to admins). */
export interface CounselorNoteView {
  readonly id: string;
  readonly body: string;
  readonly assignmentId?: string;
  /** The staff member who wrote it (only the author may delete it); absent when that account is gone. */
  readonly authorId?: string;
  readonly authorName?: string;
  readonly createdAt: string;
  readonly updatedAt?: string;
}

/** `POST /api/couples/:id/notes` */
export interface CreateNoteBody {
  readonly body: string;
  readonly assignmentId?: string;
}

export const NOTE_MAX_LENGTH = 10_000;
