import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { DestroyRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { PortalApi } from '../data/portal-api';
import { PortalSessionStore } from '../data/portal-session.store';
import { IDLE_LOCK_MS, PortalLock } from './portal-lock';

describe('PortalLock', () => {
  let lock: PortalLock;
  let http: HttpTestingController;
  let destroy: () => void;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    lock = TestBed.inject(PortalLock);
    http = TestBed.inject(HttpTestingController);
    const callbacks: (() => void)[] = [];
    destroy = () => callbacks.forEach((c) => c());
    const ref = { onDestroy: (c: () => void) => callbacks.push(c) } as unknown as DestroyRef;
    void lock.start(ref);
  });
  afterEach(() => {
    destroy();
    http.verify();
  });

  const settle = () => new Promise((resolve) => setTimeout(resolve));

  it('locks on reopening when a PIN is set, and not without one', async () => {
    http.expectOne('/api/portal/pin').flush({ set: true });
    await settle();
    expect(lock.locked()).toBe(true);
  });

  it('stays open without a PIN, even when idle', async () => {
    http.expectOne('/api/portal/pin').flush({ set: false });
    await settle();
    lock.checkIdle(Date.now() + IDLE_LOCK_MS + 1);
    expect(lock.locked()).toBe(false);
  });

  it('locks after 5 minutes idle, not before; activity starts the 5 minutes again', async () => {
    http.expectOne('/api/portal/pin').flush({ set: false });
    await settle();
    lock.pinChanged(true);
    lock.checkIdle(Date.now() + IDLE_LOCK_MS - 1000);
    expect(lock.locked()).toBe(false);
    window.dispatchEvent(new Event('keydown'));
    lock.checkIdle(Date.now() + IDLE_LOCK_MS - 1000);
    expect(lock.locked()).toBe(false);
    lock.checkIdle(Date.now() + IDLE_LOCK_MS + 1);
    expect(lock.locked()).toBe(true);
  });

  it('unlocks with the right PIN, says how many tries are left when wrong, and ends the session after the last', async () => {
    http.expectOne('/api/portal/pin').flush({ set: true });
    await settle();
    const wrong = lock.unlock('0000');
    http.expectOne('/api/portal/pin/check').flush({ statusCode: 403, message: 'no', error: 'Forbidden', remaining: 3 }, { status: 403, statusText: 'Forbidden' });
    expect(await wrong).toEqual({ ok: false, remaining: 3 });
    expect(lock.locked()).toBe(true);
    const right = lock.unlock('2468');
    const request = http.expectOne('/api/portal/pin/check');
    expect(request.request.body).toEqual({ pin: '2468' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    // Nobody was known yet on this page: it asks who the partner is once unlocked.
    http.expectOne('/api/portal/me').flush({ partner: { id: 'p', displayName: 'Alex', perspective: 'hurt' }, counselor: { displayName: 'C' }, crisisResources: '', remindersEnabled: true });
    expect(await right).toEqual({ ok: true });
    expect(lock.locked()).toBe(false);
    lock.lock();
    const last = lock.unlock('0000');
    http.expectOne('/api/portal/pin/check').flush({ statusCode: 401, message: 'closed', error: 'Unauthorized' }, { status: 401, statusText: 'Unauthorized' });
    expect(await last).toEqual({ ok: false, ended: true });
    expect(TestBed.inject(PortalSessionStore).state()).toBe('ended');
  });

  it('locks when the API answers portal.pinRequired to any portal request, and opens again with the right PIN', async () => {
    http.expectOne('/api/portal/pin').flush({ set: false });
    await settle();
    expect(lock.locked()).toBe(false);
    const api = TestBed.inject(PortalApi);
    const failed = firstValueFrom(api.assignments({ limit: 20 })).catch((error: unknown) => error);
    http.expectOne('/api/portal/assignments?limit=20').flush({ statusCode: 403, message: 'Enter your PIN to continue.', error: 'Forbidden', code: 'portal.pinRequired' }, { status: 403, statusText: 'Forbidden' });
    await failed;
    expect([lock.locked(), lock.pinSet()]).toEqual([true, true]);
    // Another 403 (CSRF) is no lock.
    lock.pinChanged(false);
    const unlocked = lock.unlock('2468');
    http.expectOne('/api/portal/pin/check').flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    http.expectOne('/api/portal/me').flush({ partner: { id: 'p', displayName: 'Alex', perspective: 'hurt' }, counselor: { displayName: 'C' }, crisisResources: '', remindersEnabled: true });
    expect(await unlocked).toEqual({ ok: true });
    expect(lock.locked()).toBe(false);
    const csrf = firstValueFrom(api.assignments({ limit: 20 })).catch((error: unknown) => error);
    http.expectOne('/api/portal/assignments?limit=20').flush({ statusCode: 403, message: 'CSRF', error: 'Forbidden', code: 'auth.csrf' }, { status: 403, statusText: 'Forbidden' });
    await csrf;
    expect(lock.locked()).toBe(false);
  });
});
