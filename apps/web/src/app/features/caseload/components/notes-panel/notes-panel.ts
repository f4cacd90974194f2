import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { errorMessage } from '../../../../core/http/api-error';
import { ErrorState } from '../../../../core/ui/error-state';
import { NOTE_MAX_LENGTH } from '@trp/contracts';
import { NotesApi } from '../../data/notes.api';
import { LoadingState } from '../loading-state';

/** The counselor's private notes about one couple: newest first, and a box to add one. */
@Component({
  selector: 'app-notes-panel',
  imports: [DatePipe, ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, ErrorState, LoadingState],
  template: `
    <p class="hint">
      <mat-icon fontSet="material-symbols-outlined" aria-hidden="true">lock</mat-icon>
      Only you see these notes. Partners never do.
    </p>
    <form class="add" (ngSubmit)="add()">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>New note</mat-label>
        <textarea matInput [formControl]="draft" rows="3" [maxlength]="maxLength"></textarea>
      </mat-form-field>
      <div class="add-actions">
        <button mat-flat-button type="submit" [disabled]="saving() || !draft.value.trim()">{{ saving() ? 'Saving…' : 'Add note' }}</button>
        @if (saveError(); as saveError) {
          <span class="error" role="alert">{{ saveError }}</span>
        }
      </div>
    </form>
    @if (items(); as items) {
      @if (items.length === 0) {
        <p class="quiet">No notes yet. Jot down what to follow up on next session.</p>
      } @else {
        <ul class="notes">
          @for (note of items; track note.id) {
            <li class="note">
              <span class="date">{{ note.createdAt | date: 'd MMM y, HH:mm' }}</span>
              <p class="body">{{ note.body }}</p>
            </li>
          }
        </ul>
      }
    } @else if (notes.error()) {
      <app-error-state message="We could not load your notes." (retry)="notes.reload()" />
    } @else {
      <app-loading-state label="Loading notes…" />
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
  protected readonly maxLength = NOTE_MAX_LENGTH;
  protected readonly notes = rxResource({ params: () => this.coupleId(), stream: ({ params }) => this.api.list(params) });
  protected readonly items = computed(() => (this.notes.hasValue() ? this.notes.value().items : null));
  protected readonly draft = new FormControl('', { nonNullable: true, validators: [Validators.maxLength(NOTE_MAX_LENGTH)] });
  protected readonly saving = signal(false);
  protected readonly saveError = signal<string | null>(null);

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
        this.saveError.set(errorMessage(error, 'We could not save the note. Please try again.'));
      },
    });
  }
}
