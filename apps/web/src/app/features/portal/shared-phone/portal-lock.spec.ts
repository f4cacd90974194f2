import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { DestroyRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
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
    expect(await right).toEqual({ ok: true });
    expect(lock.locked()).toBe(false);
    lock.lock();
    const last = lock.unlock('0000');
    http.expectOne('/api/portal/pin/check').flush({ statusCode: 401, message: 'closed', error: 'Unauthorized' }, { status: 401, statusText: 'Unauthorized' });
    expect(await last).toEqual({ ok: false, ended: true });
    expect(TestBed.inject(PortalSessionStore).state()).toBe('ended');
  });
});
