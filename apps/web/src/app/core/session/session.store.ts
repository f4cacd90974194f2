import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { CurrentUser, Role } from '@trp/contracts';
import { firstValueFrom } from 'rxjs';
import { SessionApi } from './session-api';

/**
 * Who is signed in on this tab. Loaded once from `GET /api/auth/me` (guards wait for it), replaced after
 * sign-in, cleared on sign-out or when the server says the session has ended.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly api = inject(SessionApi);
  private readonly state = signal<CurrentUser | null>(null);
  private readonly loadingState = signal(false);
  private readonly noticeState = signal<string | null>(null);
  private loaded: Promise<CurrentUser | null> | null = null;

  /** The signed-in user, or null. */
  readonly user = this.state.asReadonly();
  /** True while `GET /api/auth/me` is in flight. */
  readonly loading = this.loadingState.asReadonly();
  readonly signedIn = computed(() => this.state() !== null);
  readonly roles = computed<readonly Role[]>(() => this.state()?.roles ?? []);
  /** A message for the sign-in page (e.g. why the session ended); read once with `takeNotice()`. */
  readonly notice = this.noticeState.asReadonly();

  hasRole(role: Role): boolean {
    return this.roles().includes(role);
  }

  /** Loads the user once; later calls answer the same result. Never rejects: any failure leaves nobody signed in. */
  ensureLoaded(): Promise<CurrentUser | null> {
    this.loaded ??= this.fetch();
    return this.loaded;
  }

  /** Asks the server again (after MFA changes, or to refresh the session's last-seen time). */
  refresh(): Promise<CurrentUser | null> {
    this.loaded = this.fetch();
    return this.loaded;
  }

  /** After sign-in or accepting an invitation: the API answered the user. */
  setUser(user: CurrentUser): void {
    this.state.set(user);
    this.loaded = Promise.resolve(user);
    this.noticeState.set(null);
  }

  /** Forgets the user without asking the server (it already said the session has ended). */
  clear(notice: string | null = null): void {
    this.state.set(null);
    this.loaded = Promise.resolve(null);
    this.noticeState.set(notice);
  }

  /** Ends the session here at once, then on the server. A failed call still leaves nobody signed in here. */
  async signOut(notice: string | null = null): Promise<void> {
    this.clear(notice);
    try {
      await firstValueFrom(this.api.logout());
    } catch {
      // The session may already be gone on the server (or the network is down: it ends on its own timeout).
    }
  }

  takeNotice(): string | null {
    const notice = this.noticeState();
    this.noticeState.set(null);
    return notice;
  }

  private async fetch(): Promise<CurrentUser | null> {
    this.loadingState.set(true);
    try {
      const user = await firstValueFrom(this.api.me());
      this.state.set(user);
      return user;
    } catch (error) {
      // 401: nobody is signed in (the session interceptor handles a session that ended under us).
      // Other failures (offline, 5xx) change nothing: the global notice says why.
      if (error instanceof HttpErrorResponse && error.status === 401) this.state.set(null);
      return this.state();
    } finally {
      this.loadingState.set(false);
    }
  }
}
