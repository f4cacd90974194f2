import { AppDatePipe } from '@trp/web-ui/date';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import type { ExerciseDefinition } from '@trp/exercises';
import { alignAnswers } from '../../domain/answer-display';
import type { ReviewPartner } from '../../domain/review-model';

/** A partner of the review, with the words the header shows. */
export interface AlignedPartner extends ReviewPartner {
  readonly perspectiveLabel: string;
  readonly progressLabel: string;
  readonly progressIcon: string;
}

/**
 * Both partners' answers aligned question by question: each row is one question (its prompt), then
 * partner A's answer and partner B's answer, side by side on a wide screen and stacked, each with
 * the partner's name, on a phone. Counselor-only questions are not here (the page shows them apart).
 */
@Component({
  selector: 'app-aligned-answers',
  imports: [AppDatePipe, MatButtonModule, MatIconModule],
  templateUrl: './aligned-answers.html',
  styleUrl: './aligned-answers.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AlignedAnswers {
  readonly definition = input.required<ExerciseDefinition>();
  readonly partners = input.required<readonly AlignedPartner[]>();
  /** Whether each partner's submission may be reopened from here. */
  readonly canReopen = input(false);
  /** An action is under way: the reopen buttons wait. */
  readonly busy = input(false);
  readonly reopen = output<AlignedPartner>();

  protected readonly sections = computed(() => alignAnswers(this.definition(), this.partners()));
}
