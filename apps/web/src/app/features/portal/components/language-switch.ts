import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import type { Locale } from '@trp/contracts';
import { PortalApi } from '../data/portal-api';
import { portalFailure } from '../data/portal-errors';
import { PortalSessionStore } from '../data/portal-session.store';
import { pageLocale } from '../domain/locale-reload';

/** Each language in its own words (and marked with its own `lang`, so a screen reader says it right). */
const LANGUAGES: readonly { readonly locale: Locale; readonly name: string }[] = [
  { locale: 'en', name: 'English' },
  { locale: 'es', name: 'Español' },
];

/**
 * The partner's language: `PATCH /api/portal/me {locale}` (the API sets the language cookie), then a reload, which
 * the API answers with the copy in that language.
 */
@Component({
  selector: 'app-language-switch',
  template: `
    <div class="language" role="group" aria-labelledby="language-label">
      <span id="language-label" class="language__label" i18n="@@portal.language.label">Language</span>
      @for (option of languages; track option.locale) {
        <button
          type="button"
          class="language__option"
          [attr.lang]="option.locale"
          [attr.aria-pressed]="option.locale === current()"
          [disabled]="saving()"
          (click)="choose(option.locale)"
        >
          {{ option.name }}
        </button>
      }
    </div>
    @if (error(); as error) {
      <p class="language__error" role="alert">{{ error }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .language {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: flex-end;
      gap: 4px 8px;
    }
    .language__label {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .language__option {
      min-width: 44px;
      min-height: 36px;
      padding: 4px 12px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 18px;
      background: transparent;
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-label-large);
      cursor: pointer;
    }
    .language__option[aria-pressed='true'] {
      border-color: var(--mat-sys-primary);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .language__option:focus-visible {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    .language__error {
      margin: 8px 0 0;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-medium);
      text-align: end;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LanguageSwitch {
  private readonly api = inject(PortalApi);
  private readonly session = inject(PortalSessionStore);
  private readonly document = inject(DOCUMENT);

  protected readonly languages = LANGUAGES;
  /** The copy on screen says which language is in use (the partner's saved one may not have loaded yet). */
  protected readonly current = computed(() => pageLocale(this.document) ?? this.session.me()?.partner.locale ?? 'en');
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  protected choose(locale: Locale): void {
    if (locale === this.current() || this.saving()) return;
    this.saving.set(true);
    this.error.set(null);
    this.api.updateMe({ locale }).subscribe({
      next: () => this.document.defaultView?.location.reload(),
      error: (failure: unknown) => {
        this.saving.set(false);
        if (portalFailure(failure).kind === 'ended') {
          this.session.ended();
          return;
        }
        this.error.set($localize`:@@portal.language.failed:The language was not changed. Check your connection, then try again.`);
      },
    });
  }
}
