import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { AppDatePipe } from '@trp/web-ui/date';
import type { AssignmentView, PartnerView } from '@trp/contracts';
import { CASELOAD_PATHS } from '../../caseload-paths';
import { ExerciseDefinitions } from '../../data/exercise-definitions';
import { assignmentStatusLabel, exerciseTitle, awaitsRelease, isOverdue, progressIcon, progressLabel, visibilityLabel } from '../../domain/labels';

/** One assignment of a couple: exercise, dates, visibility, each partner's progress, and the actions. */
@Component({
  selector: 'app-assignment-item',
  imports: [AppDatePipe, RouterLink, MatButtonModule, MatIconModule],
  templateUrl: './assignment-item.html',
  styleUrl: './assignment-item.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssignmentItem {
  readonly assignment = input.required<AssignmentView>();
  readonly partners = input.required<readonly PartnerView[]>();
  readonly busy = input(false);
  private readonly definitions = inject(ExerciseDefinitions);

  readonly reopen = output<void>();
  readonly unlock = output<void>();
  readonly cancelAssignment = output<void>();

  protected readonly reviewPath = computed(() => CASELOAD_PATHS.review(this.assignment().id));
  protected readonly title = computed(() => exerciseTitle(this.assignment(), this.definitions.get));
  protected readonly visibility = computed(() => visibilityLabel(this.assignment().visibility));
  protected readonly status = computed(() => assignmentStatusLabel(this.assignment().status));
  protected readonly overdue = computed(() => isOverdue(this.assignment()));
  /** Scheduled: the partners see nothing of it before `opensAt`. */
  protected readonly opensLater = computed(() => Date.parse(this.assignment().opensAt) > Date.now());
  protected readonly awaitsRelease = computed(() => awaitsRelease(this.assignment()));
  protected readonly cancelled = computed(() => this.assignment().status === 'cancelled');
  protected readonly anySubmitted = computed(() => this.assignment().partners.some((p) => p.status === 'submitted'));
  protected readonly progress = computed(() =>
    this.assignment().partners.map((entry) => ({
      partnerId: entry.partnerId,
      name: this.partners().find((p) => p.id === entry.partnerId)?.displayName ?? $localize`:@@caseload.assignment.partner:Partner`,
      status: entry.status,
      label: progressLabel(entry.status),
      icon: progressIcon(entry.status),
      flagged: entry.safetyFlagged === true,
    })),
  );
}
