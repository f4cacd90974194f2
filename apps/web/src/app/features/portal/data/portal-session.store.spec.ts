import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { PortalSessionStore } from './portal-session.store';

const ME = { partner: { id: 'p', displayName: 'Alex', perspective: 'hurt' }, counselor: { displayName: 'Robin' } };

describe('PortalSessionStore', () => {
  let http: HttpTestingController;
  let store: PortalSessionStore;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(PortalSessionStore);
  });
  afterEach(() => http.verify());

  it('asks once when loads overlap (the start-up request and the layout share it)', async () => {
    const first = store.load();
    const second = store.load();
    http.expectOne('/api/portal/me').flush(ME);
    await Promise.all([first, second]);
    expect(store.state()).toBe('ready');
    expect(store.me()?.partner.displayName).toBe('Alex');

    await store.load();
    http.expectNone('/api/portal/me');
  });

  it('asks again after a failure (try again)', async () => {
    const failed = store.load();
    http.expectOne('/api/portal/me').error(new ProgressEvent('error'));
    await failed;
    expect(store.state()).toBe('error');

    const retried = store.load();
    http.expectOne('/api/portal/me').flush(ME);
    await retried;
    expect(store.state()).toBe('ready');
  });

  it('says the session has ended on a 401', async () => {
    const loading = store.load();
    http.expectOne('/api/portal/me').flush({}, { status: 401, statusText: 'Unauthorized' });
    await loading;
    expect(store.state()).toBe('ended');
  });
});
