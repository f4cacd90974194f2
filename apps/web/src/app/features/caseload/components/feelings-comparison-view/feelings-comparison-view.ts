import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { EMOTION_LABELS, isEmotionKey } from '@trp/exercises';
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
    return isEmotionKey(emotion) ? EMOTION_LABELS[emotion] : emotion;
  }

  /** One side's cell: the intensity, "named, no intensity" when it was left unset, or a dash. */
  protected cellText(named: boolean, intensity: number | undefined): string {
    if (intensity !== undefined) return String(intensity);
    return named ? 'named, no intensity' : '—';
  }

  protected differenceText(row: FeelingsComparisonRow, direction: Direction): string {
    if (intensityNotCompared(row)) return 'Both named it';
    switch (row.difference) {
      case 'missed':
        return `${direction.guesser} missed this`;
      case 'not_reported':
        return `${direction.reporter} did not report this`;
      case 'intensity':
        return `Off by ${row.gap}`;
      default:
        return 'Close';
    }
  }
}
