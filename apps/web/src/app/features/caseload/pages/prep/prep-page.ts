import { ChangeDetectionStrategy, Component, computed, inject, input, signal, ViewEncapsulation } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { provideNativeDateAdapter } from '@angular/material/core';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { AppDatePipe } from '@trp/web-ui';
import { forkJoin, map, of, switchMap } from 'rxjs';
import { ErrorState } from '../../../../core/ui/error-state';
import { CASELOAD_PATHS } from '../../caseload-paths';
import { LoadingState } from '../../components/loading-state';
import { AssignmentsApi } from '../../data/assignments.api';
import { CouplesApi } from '../../data/couples.api';
import { daysAgo, DEFAULT_PREP_DAYS, prepSummary } from '../../domain/prep-summary';

/**
 * A printable one-page summary before a session: per assignment, what is new since a chosen date,
 * the largest differences between the partners, and safety flags.
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

  protected readonly paths = CASELOAD_PATHS;
  protected readonly defaultDays = DEFAULT_PREP_DAYS;
  protected readonly since = signal<Date>(daysAgo(DEFAULT_PREP_DAYS));
  protected readonly today = new Date();

  /** The couple and every assignment with its submitted answers. */
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
      }).pipe(map(({ couple, details }) => ({ couple, details }))),
  });

  protected readonly summary = computed(() => {
    if (!this.source.hasValue()) return null;
    const { couple, details } = this.source.value();
    const items = prepSummary(details, couple.partners, this.since());
    return {
      couple,
      items,
      flagged: items.filter((item) => item.safetyFlags.length > 0),
    };
  });

  protected setSince(date: Date | null): void {
    if (date && !Number.isNaN(date.getTime())) this.since.set(date);
  }

  protected print(): void {
    window.print();
  }
}
