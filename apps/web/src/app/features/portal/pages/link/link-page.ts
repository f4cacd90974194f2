import { DOCUMENT, Location } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { PortalApi } from '../../data/portal-api';
import { portalFailure } from '../../data/portal-errors';
import { PortalSessionStore } from '../../data/portal-session.store';
import { needsLocaleReload, tabStorage } from '../../domain/locale-reload';

type LinkState = 'opening' | 'unknown' | 'gone' | 'offline' | 'error';

/** Where the URL goes while the link is exchanged, so the token never stays in the address bar or the history. */
export const LINK_PATH_WITHOUT_TOKEN = '/i';

/**
 * `/i/:token`: drops the token from the address bar at once (the history entry is replaced), exchanges it for
 * the partner session, then replaces the entry again with `/portal`. A link that does not work gets a kind
 * page: unknown (401), expired or replaced (410), or no connection (with a retry — the token is kept in memory only).
 */
@Component({
  selector: 'app-link-page',
  imports: [MatButtonModule, MatIconModule, MatProgressSpinnerModule],
  template: `
    <main class="link-page">
      <p class="link-brand">
        <mat-icon fontSet="material-symbols-outlined" aria-hidden="true">volunteer_activism</mat-icon>
        <ng-container i18n="@@portal.link.brand">Trust Repair Practice</ng-container>
      </p>
      @switch (state()) {
        @case ('opening') {
          <h1 i18n="@@portal.link.opening">Opening your page…</h1>
          <div role="status" class="link-status">
            <mat-progress-spinner mode="indeterminate" diameter="40" aria-label="Opening your page" i18n-aria-label="@@portal.link.opening-label" />
          </div>
        }
        @case ('unknown') {
          <mat-icon class="link-icon link-icon--error" fontSet="material-symbols-outlined" aria-hidden="true">link_off</mat-icon>
          <h1 i18n="@@portal.link.unknown-title">This link doesn't work</h1>
          <p i18n="@@portal.link.unknown-text">
            Please check that you opened the whole link from your counselor's message. If it still doesn't work, ask your
            counselor to send you a new one.
          </p>
        }
        @case ('gone') {
          <mat-icon class="link-icon" fontSet="material-symbols-outlined" aria-hidden="true">schedule</mat-icon>
          <h1 i18n="@@portal.link.gone-title">This link has expired</h1>
          <p i18n="@@portal.link.gone-text">Links stop working after a while, or when your counselor sends a new one. Please ask your counselor for a new link.</p>
          <p i18n="@@portal.link.gone-safe">Anything you already submitted is safe.</p>
        }
        @case ('offline') {
          <mat-icon class="link-icon link-icon--error" fontSet="material-symbols-outlined" aria-hidden="true">wifi_off</mat-icon>
          <h1 i18n="@@portal.link.offline-title">No connection</h1>
          <p i18n="@@portal.link.offline-text">We couldn't reach the server. Check your connection, then try again.</p>
          <button mat-flat-button type="button" (click)="open()" i18n="@@portal.link.retry">Try again</button>
        }
        @case ('error') {
          <mat-icon class="link-icon link-icon--error" fontSet="material-symbols-outlined" aria-hidden="true">error</mat-icon>
          <h1 i18n="@@portal.link.error-title">Something went wrong</h1>
          <p i18n="@@portal.link.error-text">Please try again in a moment.</p>
          <button mat-flat-button type="button" (click)="open()" i18n="@@portal.link.retry">Try again</button>
        }
      }
    </main>
  `,
  styles: `
    .link-page {
      box-sizing: border-box;
      max-width: 560px;
      margin: 0 auto;
      padding: 32px 16px;
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 12px;
      text-align: center;
    }
    .link-brand {
      display: inline-flex;
      align-items: center;
      gap: 8px;
      margin: 0 0 16px;
      color: var(--mat-sys-primary);
      font: var(--mat-sys-title-small);
    }
    h1 {
      margin: 0;
      font: var(--mat-sys-headline-small);
    }
    p {
      margin: 0;
      max-width: 44ch;
      color: var(--mat-sys-on-surface-variant);
    }
    .link-icon {
      width: 40px;
      height: 40px;
      font-size: 40px;
      color: var(--mat-sys-primary);
    }
    .link-icon--error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LinkPage implements OnInit {
  /** From the route (`/i/:token`); absent on `/i`. */
  readonly token = input<string>();

  private readonly api = inject(PortalApi);
  private readonly session = inject(PortalSessionStore);
  private readonly router = inject(Router);
  private readonly location = inject(Location);
  private readonly document = inject(DOCUMENT);
  protected readonly state = signal<LinkState>('opening');
  private secret = '';

  ngOnInit(): void {
    this.secret = this.token() ?? '';
    // The token must not stay in the address bar, the history, or a screenshot of the page.
    this.location.replaceState(LINK_PATH_WITHOUT_TOKEN);
    if (!this.secret) {
      this.state.set('unknown');
      return;
    }
    void this.open();
  }

  /**
   * The browser's time zone, recorded as the portal opens: reminders keep quiet hours in the partner's own zone
   * (DESIGN). Fire and forget: a failure only leaves the practice's zone in use.
   */
  private recordTimeZone(): Promise<void> {
    const zone = browserTimeZone();
    if (!zone) return Promise.resolve();
    return firstValueFrom(this.api.updateMe({ timezone: zone })).then(
      () => undefined,
      () => undefined,
    );
  }

  protected async open(): Promise<void> {
    this.state.set('opening');
    try {
      const me = await firstValueFrom(this.api.openLink(this.secret));
      this.session.set(me);
      this.secret = '';
      const zoneRecorded = this.recordTimeZone();
      // The partner reads another language than this copy's: load /portal again, in theirs (the exchange set the cookie).
      if (needsLocaleReload(this.document, me.partner.locale, tabStorage(this.document))) {
        await zoneRecorded;
        this.document.defaultView?.location.replace('/portal');
        return;
      }
      await this.router.navigateByUrl('/portal', { replaceUrl: true });
    } catch (error) {
      const failure = portalFailure(error);
      if (failure.kind === 'ended' || failure.kind === 'invalid' || failure.kind === 'notFound') this.state.set('unknown');
      else if (failure.kind === 'gone') this.state.set('gone');
      else if (failure.kind === 'offline') this.state.set('offline');
      else this.state.set('error');
    }
  }
}

/** The browser's IANA zone (e.g. `Europe/Madrid`), or null when it does not say. */
export function browserTimeZone(): string | null {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return zone && zone.length <= 64 ? zone : null;
  } catch {
    return null;
  }
}
