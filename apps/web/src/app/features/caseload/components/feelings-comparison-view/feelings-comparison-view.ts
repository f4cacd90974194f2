import { EMOTION_TEXT } from '@trp/web-ui/i18n';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { isEmotionKey } from '@trp/exercises';
import {
  type FeelingsComparison,
  type FeelingsComparisonRow,
  type FeelingsTableComparison,
  intensityNotCompared,
} from '../../domain/feelings-comparison';

interface Direction {
  readonly key: string;
  readonly guesser: string;
  readonly reporter: string;
  readonly comparison: FeelingsComparison | null;
}

/**
 * The feelings table, compared both ways: what each partner believes the other feels against what
 * the other reported. Differences are marked with an icon and words, not only a colour.
 */
@Component({
  selector: 'app-feelings-comparison-view',
  imports: [MatIconModule],
  templateUrl: './feelings-comparison-view.html',
  styleUrl: './feelings-comparison-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FeelingsComparisonView {
  readonly comparison = input.required<FeelingsTableComparison>();
  readonly nameA = input.required<string>();
  readonly nameB = input.required<string>();

  protected readonly directions = computed<Direction[]>(() => [
    { key: 'a', guesser: this.nameA(), reporter: this.nameB(), comparison: this.comparison().aAboutB },
    { key: 'b', guesser: this.nameB(), reporter: this.nameA(), comparison: this.comparison().bAboutA },
  ]);

  protected emotionLabel(emotion: string): string {
    return isEmotionKey(emotion) ? EMOTION_TEXT[emotion] : emotion;
  }

  /** The column names that label each cell on a phone (where the table stacks). */
  protected feltLabel(direction: Direction): string {
    return $localize`:@@caseload.feelings.felt-label:${direction.reporter}:reporter: felt`;
  }

  protected guessedLabel(direction: Direction): string {
    return $localize`:@@caseload.feelings.guessed-label:${direction.guesser}:guesser: guessed`;
  }

  /** One side's cell: the intensity, "named, no intensity" when it was left unset, or a dash. */
  protected cellText(named: boolean, intensity: number | undefined): string {
    if (intensity !== undefined) return String(intensity);
    return named ? $localize`:@@caseload.feelings.named:named, no intensity` : '—';
  }

  protected differenceText(row: FeelingsComparisonRow, direction: Direction): string {
    if (intensityNotCompared(row)) return $localize`:@@caseload.feelings.both-named:Both named it`;
    switch (row.difference) {
      case 'missed':
        return $localize`:@@caseload.feelings.missed:${direction.guesser}:guesser: missed this`;
      case 'not_reported':
        return $localize`:@@caseload.feelings.not-reported:${direction.reporter}:reporter: did not report this`;
      case 'intensity':
        return $localize`:@@caseload.feelings.off-by:Off by ${row.gap}:gap:`;
      default:
        return $localize`:@@caseload.feelings.close-short:Close`;
    }
  }
}
