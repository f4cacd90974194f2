import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, LOCALE_ID, ViewEncapsulation } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { provideNativeDateAdapter } from '@angular/material/core';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { AppDatePipe, formatDate } from '@trp/web-ui/date';
import { forkJoin, map, of, switchMap } from 'rxjs';
import { SessionStore } from '../../../../core/session/session.store';
import { ErrorState } from '../../../../core/ui/error-state';
import { CASELOAD_PATHS } from '../../caseload-paths';
import { LoadingState } from '../../components/loading-state';
import { AssignmentsApi } from '../../data/assignments-api';
import { CouplesApi } from '../../data/couples-api';
import { ExerciseDefinitions } from '../../data/exercise-definitions';
import { NotesApi } from '../../data/notes-api';
import { lastSessionStart, myNotesSince, prepScoreChanges, prepSummary, type ReadinessChange, readinessChanges } from '../../domain/prep-summary';
import { scoreChangeText } from '../../domain/score-change-text';
import type { ScoreChange } from '@trp/exercises';
import type { AssignmentStatus } from '@trp/contracts';
import { namesList } from '../../domain/common-text';
import { assignmentStatusLabel } from '../../domain/labels';

/**
 * A printable one-page summary before a session: the counselor's own notes since the last session,
 * each partner's readiness change, each partner's score change on the scored check-ins, and per assignment what is new since a chosen date, the largest
 * differences between the partners, the safety flags and what each partner told the counselor
 * only (private note, safety answer). Staff only: the portal never reaches this page.
 */
@Component({
  selector: 'app-prep-page',
  imports: [AppDatePipe, FormsModule, RouterLink, MatButtonModule, MatDatepickerModule, MatFormFieldModule, MatIconModule, MatInputModule, ErrorState, LoadingState],
  providers: [provideNativeDateAdapter()],
  templateUrl: './prep-page.html',
  styleUrl: './prep-page.scss',
  // The print rules hide the app's toolbar, which lives outside this component.
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrepPage {
  /** From the route (`couples/:coupleId/prep`). */
  readonly coupleId = input.required<string>();

  private readonly couples = inject(CouplesApi);
  private readonly assignments = inject(AssignmentsApi);
  private readonly notes = inject(NotesApi);
  private readonly definitions = inject(ExerciseDefinitions);
  private readonly session = inject(SessionStore);
  private readonly locale = inject(LOCALE_ID);

  protected readonly paths = CASELOAD_PATHS;
  protected readonly today = new Date();

  /** The couple, every assignment with its submitted answers, and the couple's notes. */
  protected readonly source = rxResource({
    params: () => this.coupleId(),
    stream: ({ params }) =>
      forkJoin({
        couple: this.couples.get(params),
        details: this.assignments.listForCouple(params).pipe(
          switchMap((page) => {
            const open = page.items.filter((a) => a.status !== 'cancelled');
            return open.length ? forkJoin(open.map((a) => this.assignments.get(a.id))) : of([]);
          }),
        ),
        notes: this.notes.list(params).pipe(map((page) => page.items)),
      }).pipe(map(({ couple, details, notes }) => ({ couple, details, notes }))),
  });

  /** "Since the last session" until the counselor picks another date: the couple's latest begun session, else its creation. */
  protected readonly since = linkedSignal<Date>(() => (this.source.hasValue() ? lastSessionStart(this.source.value().couple) : this.today));

  protected readonly summary = computed(() => {
    if (!this.source.hasValue()) return null;
    const { couple, details, notes } = this.source.value();
    const items = prepSummary(details, couple.partners, this.since(), this.definitions.get);
    return {
      couple,
      items,
      flagged: items.filter((item) => item.safetyFlags.length > 0),
      myNotes: myNotesSince(notes, this.session.user()?.id ?? null, this.since()),
      readiness: readinessChanges(details, couple.partners),
      scores: groupByExercise(prepScoreChanges(details, couple.partners, this.since(), this.definitions.get)),
      forCounselor: items.filter((item) => item.forCounselor.length > 0),
    };
  });

  protected setSince(date: Date | null): void {
    if (date && !Number.isNaN(date.getTime())) this.since.set(date);
  }

  /** "7/10 on 20 Nov, up 3 from 4/10 on 1 Nov". */
  protected readinessText(person: ReadinessChange): string {
    const { latest, previous, change } = person;
    if (!latest) return $localize`:@@caseload.prep.readiness-none:not answered yet`;
    const now = $localize`:@@caseload.prep.readiness-now:${latest.value}:value:/10 on ${this.day(latest.submittedAt)}:date:`;
    if (!previous || change === undefined) return $localize`:@@caseload.prep.readiness-first:${now}:now: (the first answer, nothing to compare yet)`;
    const moved =
      change === 0
        ? $localize`:@@caseload.score-change.same:no change`
        : change > 0
          ? $localize`:@@caseload.score-change.up:up ${change}:points:`
          : $localize`:@@caseload.score-change.down:down ${-change}:points:`;
    return $localize`:@@caseload.prep.readiness-moved:${now}:now:, ${moved}:moved: from ${previous.value}:before:/10 on ${this.day(previous.submittedAt)}:date:`;
  }

  /** "18 · A steadier week on 22 Nov, up 5 from 13 on 8 Nov". */
  protected scoreText(change: ScoreChange): string {
    return scoreChangeText(change, (iso) => this.day(iso));
  }

  private day(iso: string): string {
    return formatDate(iso, 'date', this.locale);
  }

  protected readonly notAnswered = $localize`:@@caseload.prep.not-answered:not answered`;
  protected readonly noNote = $localize`:@@caseload.prep.no-note:none`;

  protected names(names: readonly string[]): string {
    return namesList(names, this.locale);
  }

  protected statusLabel(status: AssignmentStatus): string {
    return assignmentStatusLabel(status);
  }

  protected print(): void {
    window.print();
  }
}

/** Score changes grouped by exercise, in first-seen order, for one list per exercise. */
function groupByExercise<T extends { exerciseKey: string; title: string }>(changes: readonly T[]): { exerciseKey: string; title: string; changes: T[] }[] {
  const groups = new Map<string, { exerciseKey: string; title: string; changes: T[] }>();
  for (const change of changes) {
    const group = groups.get(change.exerciseKey) ?? { exerciseKey: change.exerciseKey, title: change.title, changes: [] };
    group.changes.push(change);
    groups.set(change.exerciseKey, group);
  }
  return [...groups.values()];
}
