import { inject, Injectable, signal } from '@angular/core';
import type { PortalMe } from '@trp/contracts';
import { firstValueFrom } from 'rxjs';
import { PortalApi } from './portal-api';
import { portalFailure } from './portal-errors';
import { isPinRequired } from './portal-http';

export type PortalSessionState = 'loading' | 'ready' | 'ended' | 'signedOut' | 'error';

/** The partner on this tab (from `GET /api/portal/me` or the link exchange), and whether the session still works. */
@Injectable({ providedIn: 'root' })
export class PortalSessionStore {
  private readonly api = inject(PortalApi);
  private readonly meState = signal<PortalMe | null>(null);
  private readonly stateState = signal<PortalSessionState>('loading');

  private loading: Promise<void> | null = null;

  readonly me = this.meState.asReadonly();
  readonly state = this.stateState.asReadonly();

  /** After a link was exchanged: no need to ask again. */
  set(me: PortalMe): void {
    this.meState.set(me);
    this.stateState.set('ready');
  }

  /** Asks who the partner is, unless known (ready without a partner: the PIN lock answered, asked again after unlocking); a call while an answer is on its way shares it (one request). */
  load(): Promise<void> {
    if (this.meState() && this.stateState() === 'ready') return Promise.resolve();
    this.loading ??= this.fetchMe().finally(() => (this.loading = null));
    return this.loading;
  }

  /** The server said the session is over (401 on any portal call). */
  ended(): void {
    this.meState.set(null);
    this.stateState.set('ended');
  }

  /** Shared devices: end the session here and on the server. */
  async signOut(): Promise<void> {
    try {
      await firstValueFrom(this.api.logout());
    } catch {
      // Already ended, or offline: the cookie still dies with the session on the server later.
    }
    this.meState.set(null);
    this.stateState.set('signedOut');
  }

  private async fetchMe(): Promise<void> {
    this.stateState.set('loading');
    try {
      this.set(await firstValueFrom(this.api.me()));
    } catch (error) {
      // Locked by the PIN: the page is there, shown as the lock screen; the partner is asked for again once unlocked.
      if (isPinRequired(error)) this.stateState.set('ready');
      else this.stateState.set(portalFailure(error).kind === 'ended' ? 'ended' : 'error');
    }
  }
}
