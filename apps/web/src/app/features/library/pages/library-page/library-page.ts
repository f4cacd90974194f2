import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { confirm } from '../../../../core/dialog/confirm-dialog';
import { errorMessage, statusOf } from '../../../../core/http/api-error';
import { SessionStore } from '../../../../core/session/session.store';
import { EmptyState } from '../../../../core/ui/empty-state';
import { ErrorState } from '../../../../core/ui/error-state';
import { LoadingState } from '../../../caseload/components/loading-state';
import { type LibraryExercise, LibraryApi } from '../../data/library-api';
import { mayEdit } from '../../domain/may-edit';
import { LIBRARY_PATHS } from '../../library-paths';

/** The practice's own exercises: version, author, archived; make a new one, open one in the builder, archive one. */
@Component({
  selector: 'app-library-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, EmptyState, ErrorState, LoadingState],
  templateUrl: './library-page.html',
  styleUrl: './library-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LibraryPage {
  private readonly api = inject(LibraryApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly session = inject(SessionStore);

  protected readonly paths = LIBRARY_PATHS;
  protected readonly exercises = rxResource({ stream: () => this.api.list() });
  /** Archived exercises after the ones in use; each group by title. */
  protected readonly items = computed(() => {
    if (!this.exercises.hasValue()) return null;
    return [...this.exercises.value()].sort((a, b) => Number(a.archived) - Number(b.archived) || a.title.localeCompare(b.title));
  });
  protected readonly loadError = computed(() => {
    const error = this.exercises.error();
    if (!error) return null;
    return statusOf(error) === 404
      ? $localize`:@@library.list.unavailable:The exercise library is not available on this server yet.`
      : errorMessage(error, $localize`:@@library.list.load-failed:We could not load your practice’s exercises.`);
  });
  protected readonly archiving = signal<string | null>(null);

  protected canEdit(exercise: LibraryExercise): boolean {
    return mayEdit(exercise, this.session.user());
  }

  protected openLabel(exercise: LibraryExercise): string {
    return this.canEdit(exercise)
      ? $localize`:@@library.list.edit-label:Edit ${exercise.title}:title:`
      : $localize`:@@library.list.open-label:Open ${exercise.title}:title:`;
  }

  protected archiveLabel(exercise: LibraryExercise): string {
    return $localize`:@@library.list.archive-label:Archive ${exercise.title}:title:`;
  }

  protected archive(exercise: LibraryExercise): void {
    confirm(this.dialog, {
      title: $localize`:@@library.list.archive-title:Archive “${exercise.title}:title:”?`,
      message: [
        $localize`:@@library.list.archive-text1:Nobody in the practice can assign it any more, and it leaves the list of exercises to assign.`,
        $localize`:@@library.list.archive-text2:Assignments already made keep working: partners can still answer them, and you can still read their answers.`,
      ],
      confirmLabel: $localize`:@@library.list.archive:Archive`,
      destructive: true,
    }).subscribe((confirmed) => {
      if (!confirmed) return;
      this.archiving.set(exercise.key);
      this.api.archive(exercise.key).subscribe({
        next: (archived) => {
          this.archiving.set(null);
          this.exercises.update((list) => list?.map((item) => (item.key === archived.key ? { ...item, ...archived, archived: true } : item)));
          this.snackBar.open($localize`:@@library.list.archived-done:“${exercise.title}:title:” is archived.`, $localize`:@@library.dismiss:Dismiss`, { duration: 6000 });
        },
        error: (failure: unknown) => {
          this.archiving.set(null);
          this.snackBar.open(
            errorMessage(failure, $localize`:@@library.list.archive-failed:We could not archive the exercise just now. Please try again.`),
            $localize`:@@library.dismiss:Dismiss`,
            { duration: 8000 },
          );
        },
      });
    });
  }
}
