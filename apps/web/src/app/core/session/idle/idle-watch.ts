import { DOCUMENT, Injectable, Injector, effect, inject, untracked } from '@angular/core';
import type { MatDialogRef } from '@angular/material/dialog';
import { Router } from '@angular/router';
import { SIGN_IN_PATH, safeReturnUrl } from '../session-routes';
import { SessionStore } from '../session.store';
import type { IdleWarningChoice, IdleWarningDialog } from './idle-warning-dialog';
import { KEEP_ALIVE_INTERVAL_MS, idleDeadlines, idleTimeoutMinutes } from './idle-policy';

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'wheel'] as const;

/**
 * Mirrors the server's idle timeout in the page. Requests move the deadline (the server counts them);
 * keyboard and pointer activity without requests sends a light `/api/auth/me` now and then so a person
 * typing a long text is not signed out. A minute before the end a dialog offers to stay signed in; without
 * an answer the session is ended here and on the server, and the page goes to sign-in. The dialog's code loads
 * when the warning is due (most sessions never see it), so the staff pages do not carry it.
 */
@Injectable({ providedIn: 'root' })
export class IdleWatch {
  private readonly session = inject(SessionStore);
  private readonly injector = inject(Injector);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);

  private lastRequestAt = Date.now();
  private warnTimer: ReturnType<typeof setTimeout> | undefined;
  private signOutTimer: ReturnType<typeof setTimeout> | undefined;
  private warning: MatDialogRef<IdleWarningDialog, IdleWarningChoice> | null = null;
  /** Moves on each (re)arming: a warning still loading for an older deadline is not shown. */
  private deadline = 0;
  private listening = false;
  private readonly onActivity = () => this.noteActivity();

  constructor() {
    effect(() => {
      const user = this.session.user();
      untracked(() => (user ? this.arm() : this.disarm()));
    });
  }

  /** Starts listening for keyboard and pointer activity (once). */
  start(): void {
    if (this.listening) return;
    this.listening = true;
    for (const type of ACTIVITY_EVENTS) this.document.addEventListener(type, this.onActivity, { capture: true, passive: true });
  }

  /** A request to the API is on its way: the server will count it as activity. */
  noteRequest(): void {
    this.lastRequestAt = Date.now();
    if (this.session.signedIn()) this.arm();
  }

  /** The person pressed a key or touched the page. */
  noteActivity(): void {
    if (!this.session.signedIn() || this.warning) return;
    if (Date.now() - this.lastRequestAt >= KEEP_ALIVE_INTERVAL_MS) void this.session.refresh();
  }

  private arm(): void {
    this.clearTimers();
    this.warning?.close();
    const user = this.session.user();
    if (!user) return;
    const { warnAt, signOutAt } = idleDeadlines(this.lastRequestAt, idleTimeoutMinutes(user));
    const now = Date.now();
    this.warnTimer = setTimeout(() => void this.warn(signOutAt), Math.max(0, warnAt - now));
    this.signOutTimer = setTimeout(() => void this.expire(), Math.max(0, signOutAt - now));
  }

  private disarm(): void {
    this.clearTimers();
    this.warning?.close();
  }

  private async warn(signOutAt: number): Promise<void> {
    if (this.warning) return;
    const deadline = this.deadline;
    const { openIdleWarning } = await import('./idle-warning-dialog');
    if (this.warning || deadline !== this.deadline || !this.session.signedIn()) return;
    const ref = openIdleWarning(this.injector, signOutAt);
    this.warning = ref;
    ref.afterClosed().subscribe((choice) => {
      if (this.warning === ref) this.warning = null;
      if (choice === 'stay') void this.session.refresh();
      else if (choice === 'sign-out') void this.endSession(null);
    });
  }

  private async expire(): Promise<void> {
    const user = this.session.user();
    if (!user) return;
    const minutes = idleTimeoutMinutes(user);
    await this.endSession($localize`:@@core.session.idleSignedOut:You were signed out after ${minutes}:minutes: minutes without activity, for your privacy.`);
  }

  private async endSession(notice: string | null): Promise<void> {
    this.disarm();
    const returnUrl = safeReturnUrl(this.router.url);
    await this.session.signOut(notice);
    await this.router.navigate([SIGN_IN_PATH], { queryParams: returnUrl && returnUrl !== '/' ? { returnUrl } : {} });
  }

  private clearTimers(): void {
    this.deadline += 1;
    clearTimeout(this.warnTimer);
    clearTimeout(this.signOutTimer);
  }
}
