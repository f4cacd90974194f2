import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioGroup, MatRadioModule } from '@angular/material/radio';
import { MatSlideToggleChange, MatSlideToggleModule } from '@angular/material/slide-toggle';
import { isLocale, type StaffPreferences } from '@trp/contracts';
import { LANGUAGES } from '../../../core/i18n/languages';
import { PageNavigation } from '../../../core/i18n/page-navigation';
import { errorMessage } from '../../../core/http/api-error';
import { pageLocale } from '../../../core/session/page-locale';
import { SessionStore } from '../../../core/session/session.store';
import { ErrorState } from '../../../core/ui/error-state';
import { AuthApi } from '../auth-api';

/** The two mails a staff member chooses. */
export type MailPreference = Extract<keyof StaffPreferences, 'safetyAlerts' | 'dailySummary'>;

const SAVED: Record<MailPreference, (on: boolean) => string> = {
  safetyAlerts: (on) =>
    on ? $localize`:@@auth.preferences.alertsOn:Safety alerts are on.` : $localize`:@@auth.preferences.alertsOff:Safety alerts are off.`,
  dailySummary: (on) =>
    on ? $localize`:@@auth.preferences.summaryOn:The morning summary is on.` : $localize`:@@auth.preferences.summaryOff:The morning summary is off.`,
};


/**
 * `/account/preferences`: which emails the signed-in person gets — a safety alert when a client's check raises a
 * concern (on by default) and the morning summary of counts (opt-in) — and their language. Each choice saves at
 * once (`PATCH /api/auth/me/preferences` with that one field) and goes back if the save fails; a new language
 * reloads the page (the API sets the language cookie, and the other copy of the app loads).
 */
@Component({
  selector: 'app-preferences-page',
  imports: [MatProgressBarModule, MatSlideToggleModule, MatRadioModule, ErrorState],
  templateUrl: './preferences-page.html',
  styleUrls: ['../auth-page.scss', './preferences-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PreferencesPage {
  private readonly api = inject(AuthApi);
  private readonly user = inject(SessionStore).user;
  private readonly document = inject(DOCUMENT);
  private readonly page = inject(PageNavigation);

  protected readonly languages = LANGUAGES;
  protected readonly preferences = signal<StaffPreferences | null>(null);
  protected readonly loadError = signal<string | null>(null);
  /** The choice being saved. */
  protected readonly saving = signal<keyof StaffPreferences | null>(null);
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
      error: (failure: unknown) =>
        this.loadError.set(errorMessage(failure, $localize`:@@auth.preferences.loadFailed:We could not load your preferences. Please try again.`)),
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
        this.saveError.set(errorMessage(failure, saveFailed()));
      },
    });
  }

  protected changeLocale(value: unknown, group: MatRadioGroup): void {
    const before = this.preferences();
    if (!before || !isLocale(value) || value === before.locale) return;
    this.saving.set('locale');
    this.status.set('');
    this.saveError.set(null);
    this.api.updatePreferences({ locale: value }).subscribe({
      next: (preferences) => {
        this.preferences.set(preferences);
        if (preferences.locale !== pageLocale(this.document)) {
          // The page in the new language: the API has set the language cookie with this answer.
          this.page.reload();
          return;
        }
        this.saving.set(null);
        this.status.set($localize`:@@auth.preferences.languageSaved:Language saved.`);
      },
      error: (failure: unknown) => {
        this.saving.set(null);
        group.value = before.locale;
        this.saveError.set(errorMessage(failure, saveFailed()));
      },
    });
  }
}

function saveFailed(): string {
  return $localize`:@@auth.preferences.saveFailed:We could not save your choice just now. Please try again.`;
}
