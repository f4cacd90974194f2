import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import type { Answers, ExerciseDefinition, Perspective } from '@trp/exercises';
import { ExerciseForm } from '@trp/web-ui';

export interface ConflictDialogData {
  readonly definition: ExerciseDefinition;
  readonly perspective: Perspective;
  /** What this device has. */
  readonly mine: Answers;
  /** What the server has (saved from another device). */
  readonly theirs: Answers;
}

export type ConflictChoice = 'mine' | 'theirs';

/**
 * Another device saved answers to the same exercise: both versions side by side (read-only), and the partner
 * keeps one. It cannot be dismissed without choosing — nothing is ever overwritten silently.
 */
@Component({
  selector: 'app-conflict-dialog',
  imports: [ExerciseForm, MatButtonModule, MatDialogModule],
  template: `
    <h2 mat-dialog-title i18n="@@portal.conflict.title">Which answers do you want to keep?</h2>
    <mat-dialog-content>
      <p class="conflict-intro" i18n="@@portal.conflict.intro">
        Your answers were also changed on another phone or computer. Choose the version to keep. The other one will be
        replaced.
      </p>
      <div class="conflict-columns">
        <section class="conflict-version" aria-labelledby="conflict-mine">
          <h3 id="conflict-mine" i18n="@@portal.conflict.mine">On this device</h3>
          <trp-exercise-form [definition]="data.definition" [perspective]="data.perspective" [answers]="data.mine" mode="readonly" />
        </section>
        <section class="conflict-version" aria-labelledby="conflict-theirs">
          <h3 id="conflict-theirs" i18n="@@portal.conflict.theirs">Saved from another device</h3>
          <trp-exercise-form [definition]="data.definition" [perspective]="data.perspective" [answers]="data.theirs" mode="readonly" />
        </section>
      </div>
    </mat-dialog-content>
    <mat-dialog-actions>
      <button mat-stroked-button type="button" [mat-dialog-close]="'theirs'" i18n="@@portal.conflict.keep-theirs">Keep the other version</button>
      <button mat-flat-button type="button" [mat-dialog-close]="'mine'" i18n="@@portal.conflict.keep-mine">Keep this device's version</button>
    </mat-dialog-actions>
  `,
  styles: `
    .conflict-intro {
      margin: 0 0 16px;
    }
    .conflict-columns {
      display: grid;
      gap: 16px;
    }
    @media (min-width: 900px) {
      .conflict-columns {
        grid-template-columns: 1fr 1fr;
      }
    }
    .conflict-version {
      padding: 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
    }
    .conflict-version h3 {
      margin: 0 0 8px;
      font: var(--mat-sys-title-medium);
    }
    mat-dialog-actions {
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConflictDialog {
  protected readonly data = inject<ConflictDialogData>(MAT_DIALOG_DATA);
}
