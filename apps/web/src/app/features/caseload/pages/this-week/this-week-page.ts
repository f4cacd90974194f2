import { ChangeDetectionStrategy, Component, computed, inject, LOCALE_ID, ViewEncapsulation } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import type { DigestEntry, DigestScoreChange } from '@trp/contracts';
import { SessionStore } from '../../../../core/session/session.store';
import { EmptyState } from '../../../../core/ui/empty-state';
import { ErrorState } from '../../../../core/ui/error-state';
import { CASELOAD_PATHS } from '../../caseload-paths';
import { LoadingState } from '../../components/loading-state';
import { DigestApi } from '../../data/digest-api';
import { formatInZone } from '../../domain/practice-time';
import { scoreChangeText } from '../../domain/score-change-text';

/**
 * "This week": every session of the counselor's couples in the next seven days, by time, each with what is new
 * since that couple's last session, the largest differences, safety flags and the work waiting. Printed, each
 * couple starts a new page. Staff only.
 */
@Component({
  selector: 'app-this-week-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, EmptyState, ErrorState, LoadingState],
  templateUrl: './this-week-page.html',
  styleUrl: './this-week-page.scss',
  // The print rules hide the app's toolbar, which lives outside this component.
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ThisWeekPage {
  private readonly api = inject(DigestApi);
  private readonly locale = inject(LOCALE_ID);
  private readonly user = inject(SessionStore).user;
  private readonly zone = computed(() => this.user()?.timezone ?? 'UTC');

  protected readonly paths = CASELOAD_PATHS;
  protected readonly digest = rxResource({ stream: () => this.api.get() });
  protected readonly data = computed(() => (this.digest.hasValue() ? this.digest.value() : null));

  protected when(iso: string): string {
    return formatInZone(iso, this.zone(), this.locale);
  }

  /** "Alex, How are things this week: 18 · A steadier week on 2 Dec, up 5 from 13 on 18 Nov". */
  protected scoreText(change: DigestScoreChange): string {
    return `${change.name}, ${change.title}: ${scoreChangeText(change, (iso) => formatInZone(iso, this.zone(), this.locale))}`;
  }

  protected counts(entry: DigestEntry): string {
    const parts = [
      entry.readyToReview === 1
        ? $localize`:@@caseload.this-week.ready-one:1 exercise ready to read`
        : $localize`:@@caseload.this-week.ready-many:${entry.readyToReview}:count: exercises ready to read`,
      entry.overdue === 1 ? $localize`:@@caseload.this-week.overdue-one:1 overdue` : $localize`:@@caseload.this-week.overdue-many:${entry.overdue}:count: overdue`,
    ];
    return parts.join(' · ');
  }

  protected print(): void {
    window.print();
  }
}
