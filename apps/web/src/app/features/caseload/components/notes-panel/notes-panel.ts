import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { errorMessage } from '../../../../core/http/api-error';
import { ErrorState } from '../../../../core/ui/error-state';
import { MatDialog } from '@angular/material/dialog';
import { AppDatePipe } from '@trp/web-ui/date';
import { type CounselorNoteView, NOTE_MAX_LENGTH } from '@trp/contracts';
import { filter } from 'rxjs';
import { confirm } from '../../../../core/dialog/confirm-dialog';
import { SessionStore } from '../../../../core/session/session.store';
import { NotesApi } from '../../data/notes-api';
import { LoadingState } from '../loading-state';

/** The counselor's private notes about one couple: newest first, and a box to add one. */
@Component({
  selector: 'app-notes-panel',
  imports: [AppDatePipe, ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, ErrorState, LoadingState],
  template: `
    <p class="hint">
      <mat-icon fontSet="material-symbols-outlined" aria-hidden="true">lock</mat-icon>
      &ngsp;<ng-container i18n="@@caseload.notes.hint">Only you see these notes. Partners never do.</ng-container>
    </p>
    <form class="add" (submit)="$event.preventDefault(); add()">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label i18n="@@caseload.notes.new">New note</mat-label>
        <textarea matInput [formControl]="draft" rows="3" [maxlength]="maxLength"></textarea>
      </mat-form-field>
      <div class="add-actions">
        <button mat-flat-button type="submit" [disabled]="saving() || !hasDraft()">
          @if (saving()) {
            &ngsp;<ng-container i18n="@@caseload.review.saving">Saving…</ng-container>
          } @else {
            &ngsp;<ng-container i18n="@@caseload.notes.add">Add note</ng-container>
          }
        </button>
        @if (saveError(); as saveError) {
          <span class="error" role="alert">{{ saveError }}</span>
        }
      </div>
    </form>
    @if (items(); as items) {
      @if (items.length === 0) {
        <p class="quiet" i18n="@@caseload.notes.empty">No notes yet. Jot down what to follow up on next session.</p>
      } @else {
        <ul class="notes">
          @for (note of items; track note.id) {
            <li class="note">
              <div class="note-head">
                <span class="date">
                  {{ note.createdAt | appDate: 'dateTime' }}
                  @if (note.authorName && note.authorId !== myId()) {
                    · {{ note.authorName }}
                  }
                </span>
                @if (note.authorId && note.authorId === myId()) {
                  <button mat-button type="button" [disabled]="deleting() === note.id" (click)="remove(note)" [attr.aria-label]="deleteLabel(note.createdAt | appDate: 'dateTime')">
                    &ngsp;<ng-container i18n="@@caseload.notes.delete">Delete</ng-container>
                  </button>
                }
              </div>
              <p class="body">{{ note.body }}</p>
            </li>
          }
        </ul>
      }
    } @else if (notes.error()) {
      <app-error-state i18n-message="@@caseload.notes.load-error" message="We could not load your notes." (retry)="notes.reload()" />
    } @else {
      <app-loading-state i18n-label="@@caseload.notes.loading" label="Loading notes…" />
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    .hint,
    .quiet {
      display: flex;
      align-items: center;
      gap: 8px;
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .add {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .add-actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px;
    }
    .error {
      color: var(--mat-sys-error);
    }
    .notes {
      display: flex;
      flex-direction: column;
      gap: 8px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .note {
      padding: 12px 16px;
      border-left: 4px solid var(--mat-sys-outline-variant);
      background: var(--mat-sys-surface-container-low);
    }
    .note-head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 4px;
    }
    .date {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .body {
      margin: 4px 0 0;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotesPanel {
  readonly coupleId = input.required<string>();

  private readonly api = inject(NotesApi);
  private readonly session = inject(SessionStore);
  private readonly dialog = inject(MatDialog);
  protected readonly maxLength = NOTE_MAX_LENGTH;
  protected readonly notes = rxResource({ params: () => this.coupleId(), stream: ({ params }) => this.api.list(params) });
  protected readonly items = computed(() => (this.notes.hasValue() ? this.notes.value().items : null));
  protected readonly draft = new FormControl('', { nonNullable: true, validators: [Validators.maxLength(NOTE_MAX_LENGTH)] });
  private readonly draftValue = toSignal(this.draft.valueChanges, { initialValue: '' });
  protected readonly hasDraft = computed(() => this.draftValue().trim() !== '');
  protected readonly saving = signal(false);
  protected readonly saveError = signal<string | null>(null);

  /** Only the author may delete a note. */
  protected readonly myId = computed(() => this.session.user()?.id ?? null);
  protected readonly deleting = signal<string | null>(null);

  protected deleteLabel(when: string): string {
    return $localize`:@@caseload.notes.delete-label:Delete the note of ${when}:when:`;
  }

  protected remove(note: CounselorNoteView): void {
    confirm(this.dialog, {
      title: $localize`:@@caseload.notes.delete-title:Delete this note?`,
      message: $localize`:@@caseload.notes.delete-body:It is gone for good.`,
      confirmLabel: $localize`:@@caseload.notes.delete-note:Delete note`,
      destructive: true,
    })
      .pipe(filter((yes) => yes))
      .subscribe(() => {
        this.deleting.set(note.id);
        this.api.remove(this.coupleId(), note.id).subscribe({
          next: () => {
            this.deleting.set(null);
            this.notes.update((page) => (page ? { ...page, items: page.items.filter((n) => n.id !== note.id) } : page));
          },
          error: (error: unknown) => {
            this.deleting.set(null);
            this.saveError.set(errorMessage(error, $localize`:@@caseload.notes.delete-error:We could not delete the note. Please try again.`));
          },
        });
      });
  }

  protected add(): void {
    const body = this.draft.value.trim();
    if (!body || this.saving()) return;
    this.saving.set(true);
    this.saveError.set(null);
    this.api.add(this.coupleId(), { body }).subscribe({
      next: (note) => {
        this.saving.set(false);
        this.draft.reset();
        this.notes.update((page) => (page ? { ...page, items: [note, ...page.items] } : page));
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.saveError.set(errorMessage(error, $localize`:@@caseload.notes.save-error:We could not save the note. Please try again.`));
      },
    });
  }
}
