import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, Injector } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import type { DashboardAssignmentItem, DashboardCouple } from '@trp/contracts';
import { StaffNotices } from '../../../../core/notices/staff-notices';
import { EmptyState } from '../../../../core/ui/empty-state';
import { ErrorState } from '../../../../core/ui/error-state';
import { CASELOAD_PATHS } from '../../caseload-paths';
import { openAddCoupleDialog } from '../../components/add-couple-dialog/open-add-couple-dialog';
import { LoadingState } from '../../components/loading-state';
import { DashboardApi } from '../../data/dashboard.api';

/**
 * The counselor's home: safety flags first, then what is ready to review, what is overdue, and
 * the caseload with each couple's progress.
 */
@Component({
  selector: 'app-dashboard-page',
  imports: [DatePipe, RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, EmptyState, ErrorState, LoadingState, StaffNotices],
  templateUrl: './dashboard-page.html',
  styleUrl: './dashboard-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardPage {
  private readonly api = inject(DashboardApi);
  private readonly injector = inject(Injector);
  private readonly router = inject(Router);

  protected readonly paths = CASELOAD_PATHS;
  protected readonly dashboard = rxResource({ stream: () => this.api.get() });
  protected readonly data = computed(() => (this.dashboard.hasValue() ? this.dashboard.value() : null));

  protected progressText(couple: DashboardCouple): string {
    if (couple.assigned === 0) return 'Nothing assigned yet';
    return `${couple.completed} of ${couple.assigned} ${couple.assigned === 1 ? 'exercise' : 'exercises'} completed by both`;
  }

  protected progressPercent(couple: DashboardCouple): number {
    return couple.assigned === 0 ? 0 : Math.round((couple.completed / couple.assigned) * 100);
  }

  protected submittedText(item: DashboardAssignmentItem): string {
    return item.submittedCount >= 2 ? 'Both partners submitted' : item.submittedCount === 1 ? 'One partner submitted' : 'Nobody has submitted yet';
  }

  protected addCouple(): void {
    openAddCoupleDialog(this.injector).subscribe((couple) => {
      if (couple) void this.router.navigateByUrl(CASELOAD_PATHS.couple(couple.id));
    });
  }
}
