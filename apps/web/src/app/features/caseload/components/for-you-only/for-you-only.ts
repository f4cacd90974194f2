import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import type { CounselorOnlyAnswers } from '../../domain/review-model';

/**
 * The answers partners give the counselor only (the safety check and the private note), shown
 * together at the top of the review page and nowhere else. A flagged safety check stands out.
 */
@Component({
  selector: 'app-for-you-only',
  imports: [MatIconModule],
  template: `
    <section class="panel" aria-labelledby="for-you-only-title">
      <h2 id="for-you-only-title">
        <mat-icon fontSet="material-symbols-outlined" aria-hidden="true">lock</mat-icon>
        &ngsp;<ng-container i18n="@@caseload.for-you.title">For you only</ng-container>
      </h2>
      <p class="intro" i18n="@@caseload.for-you.intro">The partners answered these for you alone. Neither partner ever sees the other’s, whatever the visibility.</p>
      <div class="partners">
        @for (entry of entries(); track entry.partnerId) {
          <div class="partner" [class.flagged]="entry.flagged" [attr.data-partner]="entry.partnerId">
            <h3>{{ entry.name }}</h3>
            @if (!entry.submitted) {
              <p class="quiet" i18n="@@caseload.for-you.not-submitted">Not submitted yet.</p>
            } @else {
              @if (entry.flagged) {
                <p class="safety flag" role="note">
                  <mat-icon fontSet="material-symbols-outlined" aria-hidden="true">warning</mat-icon>
                  <span i18n="@@caseload.for-you.flagged"><strong>Safety concern.</strong> Feels safe with their partner: “{{ entry.safety // i18n(ph="answer") }}”</span>
                </p>
              } @else {
                <p class="safety">
                  <mat-icon fontSet="material-symbols-outlined" aria-hidden="true">verified_user</mat-icon>
                  <span i18n="@@caseload.for-you.safe">Feels safe with their partner: “{{ entry.safety ?? notAnswered // i18n(ph="answer") }}”</span>
                </p>
              }
              <div class="note">
                <span class="note-label" i18n="@@caseload.for-you.note">Private note</span>
                @if (entry.note) {
                  <p class="note-body">{{ entry.note }}</p>
                } @else {
                  <p class="quiet" i18n="@@caseload.for-you.no-note">No note.</p>
                }
              </div>
            }
          </div>
        }
      </div>
    </section>
  `,
  styles: `
    .panel {
      padding: 16px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-surface-container);
    }
    h2 {
      display: flex;
      align-items: center;
      gap: 8px;
      margin: 0;
      font: var(--mat-sys-title-large);
    }
    h3 {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .intro,
    .quiet {
      margin: 4px 0 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .partners {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 320px), 1fr));
      gap: 12px;
      margin-top: 12px;
    }
    .partner {
      display: flex;
      flex-direction: column;
      gap: 8px;
      min-width: 0;
      padding: 12px;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface);
      overflow-wrap: anywhere;
    }
    .partner.flagged {
      border: 2px solid var(--mat-sys-error);
    }
    .safety {
      display: flex;
      gap: 8px;
      margin: 0;
      mat-icon {
        flex: none;
      }
    }
    .safety.flag {
      padding: 8px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .note-label {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .note-body {
      margin: 4px 0 0;
      white-space: pre-wrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForYouOnly {
  readonly entries = input.required<readonly CounselorOnlyAnswers[]>();
  protected readonly notAnswered = $localize`:@@caseload.prep.not-answered:not answered`;
}
