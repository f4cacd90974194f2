import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { AssignmentView, PartnerView } from '@trp/contracts';
import { isExerciseKey, scoreRange } from '@trp/exercises';
import { ExerciseDefinitions } from '../../data/exercise-definitions';

/** Each partner's score on a scored check-in, with its band (counselor views only: partners never see scores). */
@Component({
  selector: 'app-score-summary',
  template: `
    @if (rows(); as rows) {
      <section class="scores" aria-labelledby="scores-title">
        <h2 id="scores-title" i18n="@@caseload.scores.title">Scores</h2>
        <ul>
          @for (row of rows.partners; track row.name) {
            <li>
              <strong>{{ row.name }}:</strong> {{ row.text }}
            </li>
          }
        </ul>
        @if (rows.ownCheckIn) {
          <p class="quiet" i18n="@@caseload.scores.note">
            The lowest possible score is {{ rows.min // i18n(ph="min") }}, the highest {{ rows.max // i18n(ph="max") }}. A short check-in written for this app, not a
            validated questionnaire: use it to follow change for this couple, not to diagnose.
          </p>
        }
      </section>
    }
  `,
  styles: `
    .scores h2 {
      font: var(--mat-sys-title-medium);
      margin: 0 0 8px;
    }
    ul {
      margin: 0 0 8px;
      padding-left: 20px;
    }
    .quiet {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScoreSummary {
  readonly assignment = input.required<AssignmentView>();
  readonly partners = input.required<readonly Pick<PartnerView, 'id' | 'displayName'>[]>();
  private readonly definitions = inject(ExerciseDefinitions);

  protected readonly rows = computed(() => {
    const assignment = this.assignment();
    const definition = this.definitions.get(assignment.exerciseKey, assignment.exerciseVersion);
    const range = definition ? scoreRange(definition) : undefined;
    if (!range) return null;
    return {
      ...range,
      ownCheckIn: isExerciseKey(assignment.exerciseKey),
      partners: assignment.partners.map((progress, index) => ({
        name: this.partners().find((p) => p.id === progress.partnerId)?.displayName ?? $localize`:@@caseload.common.partner-n:Partner ${index + 1}:number:`,
        text: progress.score
          ? $localize`:@@caseload.answer.scale:${progress.score.value}:value: of ${range.max}:max:` + (progress.score.band ? ` · ${progress.score.band}` : '')
          : progress.status === 'submitted'
            ? $localize`:@@caseload.scores.skipped:no score (a question was skipped)`
            : $localize`:@@caseload.scores.not-submitted:not submitted yet`,
      })),
    };
  });
}
