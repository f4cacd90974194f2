import { ChangeDetectionStrategy, Component, computed, inject, input, LOCALE_ID, output, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule, NgForm } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { type Session, SESSION_DURATION } from '@trp/contracts';
import { filter } from 'rxjs';
import { confirm } from '../../../../core/dialog/confirm-dialog';
import { errorMessage } from '../../../../core/http/api-error';
import { SessionStore } from '../../../../core/session/session.store';
import { ErrorState } from '../../../../core/ui/error-state';
import { SessionsApi } from '../../data/sessions-api';
import { formatInZone, fromZonedInput } from '../../domain/practice-time';
import { LoadingState } from '../loading-state';

/** How many past sessions the panel lists (the newest). */
const PAST_SHOWN = 5;

/**
 * A couple's sessions: the coming ones, the latest past ones, and a form to add one. Times are entered and shown in
 * the practice's time zone (`CurrentUser.timezone`), whatever the browser's.
 */
@Component({
  selector: 'app-sessions-panel',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, ErrorState, LoadingState],
  template: `
    <form class="add" (submit)="$event.preventDefault(); add()">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label i18n="@@caseload.sessions.when">Date and time</mat-label>
        <input matInput type="datetime-local" name="startsAt" [ngModel]="startsAt()" (ngModelChange)="startsAt.set($event ?? '')" required />
        <mat-hint i18n="@@caseload.sessions.zone">In the practice’s time zone ({{ zone() // i18n(ph="zone") }})</mat-hint>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic" class="duration">
        <mat-label i18n="@@caseload.sessions.length">Length</mat-label>
        <mat-select name="duration" [ngModel]="duration()" (ngModelChange)="duration.set($event)">
          @for (minutes of durations; track minutes) {
            <mat-option [value]="minutes" i18n="@@caseload.sessions.minutes">{{ minutes // i18n(ph="minutes") }} minutes</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <div class="add-actions">
        <button mat-flat-button type="submit" [disabled]="saving() || !startsAt()">
          @if (saving()) {
            &ngsp;<ng-container i18n="@@caseload.review.saving">Saving…</ng-container>
          } @else {
            &ngsp;<ng-container i18n="@@caseload.sessions.add">Add session</ng-container>
          }
        </button>
        @if (saveError(); as saveError) {
          <span class="error" role="alert">{{ saveError }}</span>
        }
      </div>
    </form>
    @if (lists(); as lists) {
      @if (lists.upcoming.length === 0 && lists.past.length === 0) {
        <p class="quiet" i18n="@@caseload.sessions.empty">No sessions yet. Add the next one so the prep sheet and “This week” know when it is.</p>
      } @else {
        <h3 class="list-title" i18n="@@caseload.sessions.coming">Coming up</h3>
        @if (lists.upcoming.length === 0) {
          <p class="quiet" i18n="@@caseload.sessions.none-planned">Nothing planned yet.</p>
        } @else {
          <ul class="sessions">
            @for (session of lists.upcoming; track session.id) {
              <li class="session">
                <span i18n="@@caseload.sessions.item">{{ when(session) // i18n(ph="when") }} · {{ session.durationMinutes // i18n(ph="minutes") }} min</span>
                <button mat-button type="button" [disabled]="deleting() === session.id" (click)="remove(session)" [attr.aria-label]="deleteLabel(session)" i18n="@@caseload.notes.delete">Delete</button>
              </li>
            }
          </ul>
        }
        @if (lists.past.length > 0) {
          <h3 class="list-title" i18n="@@caseload.sessions.earlier">Earlier</h3>
          <ul class="sessions past">
            @for (session of lists.past; track session.id) {
              <li class="session">
                <span i18n="@@caseload.sessions.item">{{ when(session) // i18n(ph="when") }} · {{ session.durationMinutes // i18n(ph="minutes") }} min</span>
                <button mat-button type="button" [disabled]="deleting() === session.id" (click)="remove(session)" [attr.aria-label]="deleteLabel(session)" i18n="@@caseload.notes.delete">Delete</button>
              </li>
            }
          </ul>
        }
      }
    } @else if (sessions.error()) {
      <app-error-state i18n-message="@@caseload.sessions.load-error" message="We could not load the sessions." (retry)="sessions.reload()" />
    } @else {
      <app-loading-state i18n-label="@@caseload.sessions.loading" label="Loading sessions…" />
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    .add {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 12px;
    }
    .add mat-form-field {
      flex: 1 1 220px;
    }
    .add .duration {
      flex: 0 1 160px;
    }
    .add-actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px;
      padding-top: 8px;
    }
    .quiet {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .error {
      color: var(--mat-sys-error);
    }
    .list-title {
      margin: 8px 0 0;
      font: var(--mat-sys-title-small);
    }
    .sessions {
      display: flex;
      flex-direction: column;
      gap: 4px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .session {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 4px;
      padding: 4px 4px 4px 16px;
      border-left: 4px solid var(--mat-sys-primary);
      background: var(--mat-sys-surface-container-low);
    }
    .past .session {
      border-left-color: var(--mat-sys-outline-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionsPanel {
  readonly coupleId = input.required<string>();
  /** A session was added or deleted: the couple's next/last session may have changed. */
  readonly changed = output<void>();

  private readonly api = inject(SessionsApi);
  private readonly dialog = inject(MatDialog);
  private readonly locale = inject(LOCALE_ID);
  private readonly user = inject(SessionStore).user;
  private readonly form = viewChild.required(NgForm);

  protected readonly zone = computed(() => this.user()?.timezone ?? 'UTC');
  protected readonly durations = [30, 45, SESSION_DURATION.default, 60, 75, 90, 120].sort((a, b) => a - b);
  protected readonly sessions = rxResource({ params: () => this.coupleId(), stream: ({ params }) => this.api.list(params) });
  /** Coming up (earliest first) and the latest past ones (newest first), by this browser's clock. */
  protected readonly lists = computed(() => {
    if (!this.sessions.hasValue()) return null;
    const now = Date.now();
    const all = this.sessions.value();
    return {
      upcoming: all.filter((s) => Date.parse(s.startsAt) > now),
      past: all.filter((s) => Date.parse(s.startsAt) <= now).reverse().slice(0, PAST_SHOWN),
    };
  });
  protected readonly startsAt = signal('');
  protected readonly duration = signal<number>(SESSION_DURATION.default);
  protected readonly saving = signal(false);
  protected readonly saveError = signal<string | null>(null);
  protected readonly deleting = signal<string | null>(null);

  protected when(session: Session): string {
    return formatInZone(session.startsAt, this.zone(), this.locale, new Date(session.startsAt).getFullYear() !== new Date().getFullYear());
  }

  protected add(): void {
    if (this.saving()) return;
    const instant = fromZonedInput(this.startsAt(), this.zone());
    if (!instant) {
      this.saveError.set($localize`:@@caseload.sessions.choose:Choose a date and a time.`);
      return;
    }
    this.saving.set(true);
    this.saveError.set(null);
    this.api.add(this.coupleId(), { startsAt: instant.toISOString(), durationMinutes: this.duration() }).subscribe({
      next: (session) => {
        this.saving.set(false);
        this.startsAt.set('');
        // Emptied for the next one, without the required field turning red as if something were wrong.
        this.form().resetForm({ startsAt: '', duration: this.duration() });
        this.sessions.update((list) => (list ? [...list, session].sort((a, b) => a.startsAt.localeCompare(b.startsAt)) : list));
        this.changed.emit();
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.saveError.set(errorMessage(error, $localize`:@@caseload.sessions.save-error:We could not save the session. Please try again.`));
      },
    });
  }

  protected deleteLabel(session: Session): string {
    return $localize`:@@caseload.sessions.delete-label:Delete the session on ${this.when(session)}:when:`;
  }

  protected remove(session: Session): void {
    confirm(this.dialog, {
      title: $localize`:@@caseload.sessions.delete-title:Delete this session?`,
      message: $localize`:@@caseload.sessions.delete-body:The session on ${this.when(session)}:when: is removed from the couple’s schedule.`,
      confirmLabel: $localize`:@@caseload.sessions.delete-session:Delete session`,
      destructive: true,
    })
      .pipe(filter((yes) => yes))
      .subscribe(() => {
        this.deleting.set(session.id);
        this.api.remove(this.coupleId(), session.id).subscribe({
          next: () => {
            this.deleting.set(null);
            this.sessions.update((list) => (list ? list.filter((s) => s.id !== session.id) : list));
            this.changed.emit();
          },
          error: (error: unknown) => {
            this.deleting.set(null);
            this.saveError.set(errorMessage(error, $localize`:@@caseload.sessions.delete-error:We could not delete the session. Please try again.`));
          },
        });
      });
  }
}
