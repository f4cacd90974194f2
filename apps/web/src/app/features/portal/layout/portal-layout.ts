import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, effect, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { RouterOutlet } from '@angular/router';
import { PortalSessionStore } from '../data/portal-session.store';
import { leaveQuickly } from '../shared-phone/leave-quickly';
import { LockScreen } from '../shared-phone/lock-screen';
import { PortalLock } from '../shared-phone/portal-lock';

/**
 * The portal's own minimal layout (phone first): a small header with the product name and the partner's own name,
 * and the page. Never the couple's label: that is the counselor's private note. No staff toolbar or navigation.
 * It loads the partner once, and shows "open your link again" when the session has ended instead of any page.
 */
@Component({
  selector: 'app-portal-layout',
  imports: [LockScreen, MatButtonModule, MatIconModule, MatProgressSpinnerModule, RouterOutlet],
  template: `
    <header class="portal-header">
      <button mat-flat-button type="button" class="portal-leave" (click)="leave()" i18n="@@portal.layout.leave">Leave quickly</button>
      <span class="portal-brand" i18n="@@portal.layout.brand">My page</span>
      @if (partnerName(); as name) {
        <span class="portal-partner">{{ name }}</span>
      }
    </header>
    <main class="portal-main">
      @switch (state()) {
        @case ('loading') {
          <div class="portal-state" role="status">
            <mat-progress-spinner mode="indeterminate" diameter="40" aria-label="Loading" i18n-aria-label="@@portal.layout.loading-label" />
            <p i18n="@@portal.layout.loading">Loading your page…</p>
          </div>
        }
        @case ('ready') {
          @if (locked()) {
            <!-- Its own chunk: the first page's download stays small; the page underneath is gone meanwhile. -->
            @defer (on immediate) {
              <app-lock-screen />
            }
          } @else {
            <router-outlet />
          }
        }
        @case ('ended') {
          <div class="portal-state">
            <mat-icon class="portal-state__icon" fontSet="material-symbols-outlined" aria-hidden="true">link</mat-icon>
            <h1 i18n="@@portal.layout.ended-title">Please open your link again</h1>
            <p i18n="@@portal.layout.ended-text">
              For your privacy, this page only opens from the personal link your counselor sent you. Open that link again to
              continue. Anything you wrote on this device is kept.
            </p>
          </div>
        }
        @case ('signedOut') {
          <div class="portal-state">
            <mat-icon class="portal-state__icon" fontSet="material-symbols-outlined" aria-hidden="true">logout</mat-icon>
            <h1 i18n="@@portal.layout.signed-out-title">You're signed out</h1>
            <p i18n="@@portal.layout.signed-out-text">Nobody can open your answers on this device now. To come back, open the personal link your counselor sent you.</p>
          </div>
        }
        @case ('error') {
          <div class="portal-state" role="alert">
            <mat-icon class="portal-state__icon portal-state__icon--error" fontSet="material-symbols-outlined" aria-hidden="true">wifi_off</mat-icon>
            <h1 i18n="@@portal.layout.error-title">We couldn't load your page</h1>
            <p i18n="@@portal.layout.error-text">Check your connection, then try again.</p>
            <button mat-flat-button type="button" (click)="retry()" i18n="@@portal.layout.retry">Try again</button>
          </div>
        }
      }
    </main>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      min-height: 100%;
    }
    .portal-header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 4px 16px;
      /* The header's content lines up with the page's (760 px wide, centred). */
      padding: 12px max(16px, calc((100% - 728px) / 2));
      background: var(--mat-sys-surface-container);
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-title-small);
    }
    .portal-leave {
      --mat-button-filled-container-color: var(--mat-sys-secondary);
      --mat-button-filled-label-text-color: var(--mat-sys-on-secondary);
    }
    .portal-brand {
      display: inline-flex;
      align-items: center;
      gap: 8px;
      color: var(--mat-sys-primary);
    }
    .portal-partner {
      margin-inline-start: auto;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .portal-main {
      box-sizing: border-box;
      width: 100%;
      max-width: 760px;
      margin: 0 auto;
      padding: 16px 16px 48px;
    }
    .portal-state {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 12px;
      padding: 40px 8px;
      text-align: center;
    }
    .portal-state h1 {
      margin: 0;
      font: var(--mat-sys-headline-small);
    }
    .portal-state p {
      margin: 0;
      max-width: 44ch;
      color: var(--mat-sys-on-surface-variant);
    }
    .portal-state__icon {
      width: 40px;
      height: 40px;
      font-size: 40px;
      color: var(--mat-sys-primary);
    }
    .portal-state__icon--error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PortalLayout {
  private readonly session = inject(PortalSessionStore);
  private readonly lock = inject(PortalLock);
  private readonly document = inject(DOCUMENT);
  protected readonly state = this.session.state;
  protected readonly locked = this.lock.locked;
  protected readonly partnerName = computed(() => this.session.me()?.partner.displayName ?? null);

  constructor() {
    void this.session.load();
    const destroyRef = inject(DestroyRef);
    // Once the partner is known (on reopening the portal): lock when they set a PIN, and watch idle time.
    effect(() => {
      if (this.state() === 'ready') void this.lock.start(destroyRef);
    });
  }

  /** Empties the page and replaces it, and its history entry, with a neutral one. */
  protected leave(): void {
    leaveQuickly(this.document);
  }

  protected retry(): void {
    void this.session.load();
  }
}
