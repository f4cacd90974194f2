import { ChangeDetectionStrategy, Component, computed, inject, Injector, LOCALE_ID } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { AppDatePipe } from '@trp/web-ui/date';
import type { DashboardAssignmentItem, DashboardCouple } from '@trp/contracts';
import { StaffNotices } from '../../../../core/notices/staff-notices';
import { EmptyState } from '../../../../core/ui/empty-state';
import { ErrorState } from '../../../../core/ui/error-state';
import { CASELOAD_PATHS } from '../../caseload-paths';
import { openAddCoupleDialog } from '../../components/add-couple-dialog/open-add-couple-dialog';
import { LoadingState } from '../../components/loading-state';
import { openSafetyReviewDialog } from '../../components/safety-review/open-safety-review-dialog';
import { DashboardApi } from '../../data/dashboard-api';
import { formatInZone, formatTimeInZone, sameDayInZone } from '../../domain/practice-time';
import { todayFirst } from '../../domain/session-order';
import { SessionStore } from '../../../../core/session/session.store';
import { OK_LABEL } from '../../domain/common-text';

/**
 * The counselor's home: safety flags first, then what is ready to review, what is overdue, and
 * the caseload with each couple's progress.
 */
@Component({
  selector: 'app-dashboard-page',
  imports: [AppDatePipe, RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, EmptyState, ErrorState, LoadingState, StaffNotices],
  templateUrl: './dashboard-page.html',
  styleUrl: './dashboard-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardPage {
  private readonly api = inject(DashboardApi);
  private readonly injector = inject(Injector);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly paths = CASELOAD_PATHS;
  protected readonly dashboard = rxResource({ stream: () => this.api.get() });
  protected readonly data = computed(() => (this.dashboard.hasValue() ? this.dashboard.value() : null));
  private readonly locale = inject(LOCALE_ID);
  private readonly user = inject(SessionStore).user;
  private readonly zone = computed(() => this.user()?.timezone ?? 'UTC');
  /** Couples with a session today first (by time), then the rest by label. */
  protected readonly caseload = computed(() => todayFirst(this.data()?.caseload ?? [], new Date(), this.zone()));

  /** "Session today at 16:00" / "Next session Thu 10 Dec, 16:00" in the practice's time zone. */
  protected sessionText(couple: DashboardCouple): string | null {
    if (!couple.nextSessionAt) return null;
    if (sameDayInZone(couple.nextSessionAt, new Date(), this.zone())) {
      return $localize`:@@caseload.dashboard.session-today:Session today at ${formatTimeInZone(couple.nextSessionAt, this.zone(), this.locale)}:time:`;
    }
    return $localize`:@@caseload.dashboard.next-session:Next session ${formatInZone(couple.nextSessionAt, this.zone(), this.locale)}:when:`;
  }

  protected progressText(couple: DashboardCouple): string {
    if (couple.assigned === 0) return $localize`:@@caseload.dashboard.nothing-assigned:Nothing assigned yet`;
    return couple.assigned === 1
      ? $localize`:@@caseload.dashboard.progress-one:${couple.completed}:completed: of 1 exercise completed by both`
      : $localize`:@@caseload.dashboard.progress-many:${couple.completed}:completed: of ${couple.assigned}:assigned: exercises completed by both`;
  }

  protected progressLabel(couple: DashboardCouple): string {
    return $localize`:@@caseload.dashboard.progress-label:Progress of ${couple.label}:couple:`;
  }

  protected acknowledgeLabel(item: DashboardAssignmentItem): string {
    return $localize`:@@caseload.dashboard.acknowledge-label:Acknowledge the safety concern of ${item.coupleLabel}:couple:: ${item.exerciseTitle}:exercise:`;
  }

  protected progressPercent(couple: DashboardCouple): number {
    return couple.assigned === 0 ? 0 : Math.round((couple.completed / couple.assigned) * 100);
  }

  protected submittedText(item: DashboardAssignmentItem): string {
    return item.submittedCount >= 2
      ? $localize`:@@caseload.dashboard.submitted-both:Both partners submitted`
      : item.submittedCount === 1
        ? $localize`:@@caseload.dashboard.submitted-one:One partner submitted`
        : $localize`:@@caseload.dashboard.submitted-none:Nobody has submitted yet`;
  }

  /** Acknowledge a safety concern with a note; it then leaves the panel (the dashboard is read again). */
  protected acknowledge(item: DashboardAssignmentItem): void {
    openSafetyReviewDialog(this.injector, { assignmentId: item.assignmentId, title: `${item.coupleLabel}: ${item.exerciseTitle}` }).subscribe((reviewed) => {
      if (!reviewed) return;
      this.dashboard.reload();
      this.snackBar.open($localize`:@@caseload.dashboard.acknowledged:Acknowledged: ${item.coupleLabel}:couple:’s safety concern has left the list.`, OK_LABEL, { duration: 6000 });
    });
  }

  protected addCouple(): void {
    openAddCoupleDialog(this.injector).subscribe((couple) => {
      if (couple) void this.router.navigateByUrl(CASELOAD_PATHS.couple(couple.id));
    });
  }
}
