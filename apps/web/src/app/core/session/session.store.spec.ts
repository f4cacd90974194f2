import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { SessionStore } from './session.store';
import { aUser } from './session.testing';

describe('SessionStore', () => {
  let store: SessionStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(SessionStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('loads the user once from /api/auth/me and shares the answer', async () => {
    const first = store.ensureLoaded();
    const second = store.ensureLoaded();
    expect(store.loading()).toBe(true);
    http.expectOne('/api/auth/me').flush(aUser({ roles: ['admin', 'counselor'] }));
    await expect(first).resolves.toMatchObject({ email: 'sam@example.com' });
    await expect(second).resolves.toBe(await first);
    expect(store.loading()).toBe(false);
    expect(store.signedIn()).toBe(true);
    expect(store.hasRole('admin')).toBe(true);
  });

  it('is signed out when the server answers 401', async () => {
    const loaded = store.ensureLoaded();
    http.expectOne('/api/auth/me').flush({ statusCode: 401, message: 'Sign in to continue.', error: 'Unauthorized' }, { status: 401, statusText: 'Unauthorized' });
    await expect(loaded).resolves.toBeNull();
    expect(store.user()).toBeNull();
    expect(store.roles()).toEqual([]);
  });

  it('keeps the user when a refresh fails for another reason than 401', async () => {
    store.setUser(aUser());
    const refreshed = store.refresh();
    http.expectOne('/api/auth/me').flush({}, { status: 503, statusText: 'Unavailable' });
    await expect(refreshed).resolves.toMatchObject({ id: 'u1' });
    expect(store.signedIn()).toBe(true);
  });

  it('signs out at once here, tells the server, and keeps a notice for the sign-in page', async () => {
    store.setUser(aUser());
    const done = store.signOut('You have signed out.');
    expect(store.user()).toBeNull();
    const logout = http.expectOne('/api/auth/logout');
    expect(logout.request.method).toBe('POST');
    logout.flush(null, { status: 204, statusText: 'No Content' });
    await done;
    expect(store.takeNotice()).toBe('You have signed out.');
    expect(store.takeNotice()).toBeNull();
    await expect(store.ensureLoaded()).resolves.toBeNull();
  });

  it('still signs out when the logout call fails', async () => {
    store.setUser(aUser());
    const done = store.signOut();
    http.expectOne('/api/auth/logout').flush({}, { status: 401, statusText: 'Unauthorized' });
    await expect(done).resolves.toBeUndefined();
    expect(store.signedIn()).toBe(false);
  });
});
