import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleChange, MatSlideToggleModule } from '@angular/material/slide-toggle';
import type { StaffPreferences } from '@trp/contracts';
import { errorMessage } from '../../../core/http/api-error';
import { SessionStore } from '../../../core/session/session.store';
import { ErrorState } from '../../../core/ui/error-state';
import { AuthApi } from '../auth-api';

/** The two mails a staff member chooses (the language is chosen elsewhere). */
export type MailPreference = Extract<keyof StaffPreferences, 'safetyAlerts' | 'dailySummary'>;

const SAVED: Record<MailPreference, (on: boolean) => string> = {
  safetyAlerts: (on) => (on ? 'Safety alerts are on.' : 'Safety alerts are off.'),
  dailySummary: (on) => (on ? 'The morning summary is on.' : 'The morning summary is off.'),
};

/**
 * `/account/preferences`: which emails the signed-in person gets — a safety alert when a client's check raises a
 * concern (on by default) and the morning summary of counts (opt-in). Each switch saves at once
 * (`PATCH /api/auth/me/preferences` with that one field) and goes back if the save fails.
 */
@Component({
  selector: 'app-preferences-page',
  imports: [MatProgressBarModule, MatSlideToggleModule, ErrorState],
  templateUrl: './preferences-page.html',
  styleUrls: ['../auth-page.scss', './preferences-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PreferencesPage {
  private readonly api = inject(AuthApi);
  private readonly user = inject(SessionStore).user;

  protected readonly preferences = signal<StaffPreferences | null>(null);
  protected readonly loadError = signal<string | null>(null);
  /** The switch being saved. */
  protected readonly saving = signal<MailPreference | null>(null);
  protected readonly status = signal('');
  protected readonly saveError = signal<string | null>(null);

  /** The practice's zone, where 07:00 is. */
  protected readonly zone = computed(() => this.user()?.timezone ?? 'UTC');
  /** Alerts and summaries are about the couples one counsels. */
  protected readonly counsels = computed(() => this.user()?.roles.includes('counselor') ?? true);

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loadError.set(null);
    this.preferences.set(null);
    this.api.preferences().subscribe({
      next: (preferences) => this.preferences.set(preferences),
      error: (failure: unknown) => this.loadError.set(errorMessage(failure, 'We could not load your preferences. Please try again.')),
    });
  }

  protected change(field: MailPreference, event: MatSlideToggleChange): void {
    const before = this.preferences();
    if (!before) return;
    this.saving.set(field);
    this.status.set('');
    this.saveError.set(null);
    this.api.updatePreferences({ [field]: event.checked }).subscribe({
      next: (preferences) => {
        this.saving.set(null);
        this.preferences.set(preferences);
        this.status.set(SAVED[field](preferences[field]));
      },
      error: (failure: unknown) => {
        this.saving.set(null);
        event.source.checked = before[field];
        this.saveError.set(errorMessage(failure, 'We could not save your choice just now. Please try again.'));
      },
    });
  }
}
