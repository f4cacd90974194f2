import { DOCUMENT } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { computed, DestroyRef, inject, Injectable, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { PortalApi } from '../data/portal-api';
import { PortalHttp } from '../data/portal-http';
import { PortalSessionStore } from '../data/portal-session.store';

/** After this long without a tap, key or scroll, a page with a PIN locks (DESIGN "Shared phones"). */
export const IDLE_LOCK_MS = 5 * 60_000;
/** How often the idle time is looked at. */
const CHECK_EVERY_MS = 10_000;
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'scroll', 'touchstart'] as const;

export type UnlockResult = { readonly ok: true } | { readonly ok: false; readonly remaining?: number; readonly ended?: boolean; readonly offline?: boolean };

/**
 * The portal's lock: with a PIN set, the page is locked when the portal is (re)opened and after 5 minutes idle (also
 * when the tab comes back after that long hidden). While locked the layout shows only the PIN screen: the page
 * underneath is taken away, not just covered. The API enforces the same rule: when it answers `portal.pinRequired` to
 * any portal request (PortalHttp), the page locks too, whatever this tab's own idle timer says.
 */
@Injectable({ providedIn: 'root' })
export class PortalLock {
  private readonly api = inject(PortalApi);
  private readonly session = inject(PortalSessionStore);
  private readonly document = inject(DOCUMENT);
  private readonly http = inject(PortalHttp);

  private readonly pinSetState = signal(false);
  private readonly lockedState = signal(false);
  readonly pinSet = computed(() => this.pinSetState() || this.http.pinRequired());
  readonly locked = computed(() => this.lockedState() || this.http.pinRequired());

  private lastActivity = Date.now();
  private started = false;

  /** Once per page load (that is, on reopening): asks whether a PIN is set, locks if so, and starts watching idle time. */
  async start(destroyRef: DestroyRef): Promise<void> {
    if (this.started) return;
    this.started = true;
    this.watch(destroyRef);
    try {
      const { set } = await firstValueFrom(this.api.pinState());
      this.pinSetState.set(set);
      if (set) this.lockedState.set(true);
    } catch {
      // Without an answer nothing is known to protect; the next start (a reload) asks again.
    }
  }

  /** Locks now (when a PIN is set). */
  lock(): void {
    if (this.pinSet()) this.lockedState.set(true);
  }

  async unlock(pin: string): Promise<UnlockResult> {
    try {
      await firstValueFrom(this.api.checkPin(pin));
      this.lastActivity = Date.now();
      this.pinSetState.set(true);
      this.lockedState.set(false);
      this.http.pinAccepted();
      // Locked from the start (the API refused to say who the partner is): ask now.
      if (!this.session.me()) await this.session.load();
      return { ok: true };
    } catch (error) {
      if (error instanceof HttpErrorResponse && error.status === 403) return { ok: false, remaining: (error.error as { remaining?: number } | null)?.remaining };
      if (error instanceof HttpErrorResponse && error.status === 401) {
        this.lockedState.set(false);
        this.http.pinAccepted();
        this.session.ended();
        return { ok: false, ended: true };
      }
      return { ok: false, offline: true };
    }
  }

  /** After the partner set (`true`) or removed (`false`) their PIN. */
  pinChanged(set: boolean): void {
    this.pinSetState.set(set);
    this.lastActivity = Date.now();
  }

  /** Locks when idle for IDLE_LOCK_MS; exposed for tests. */
  checkIdle(now = Date.now()): void {
    if (now - this.lastActivity >= IDLE_LOCK_MS) this.lock();
  }

  private watch(destroyRef: DestroyRef): void {
    const view = this.document.defaultView;
    if (!view) return;
    const onActivity = () => {
      if (!this.locked()) this.lastActivity = Date.now();
    };
    const onVisibility = () => {
      if (this.document.visibilityState === 'visible') this.checkIdle();
    };
    for (const name of ACTIVITY_EVENTS) view.addEventListener(name, onActivity, { passive: true, capture: true });
    this.document.addEventListener('visibilitychange', onVisibility);
    const timer = view.setInterval(() => this.checkIdle(), CHECK_EVERY_MS);
    destroyRef.onDestroy(() => {
      for (const name of ACTIVITY_EVENTS) view.removeEventListener(name, onActivity, { capture: true });
      this.document.removeEventListener('visibilitychange', onVisibility);
      view.clearInterval(timer);
      this.started = false;
    });
  }
}
