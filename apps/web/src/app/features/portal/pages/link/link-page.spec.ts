import { Location } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { LinkPage } from './link-page';

describe('LinkPage', () => {
  let http: HttpTestingController;
  let replaced: string[];
  let navigated: { url: string; replaceUrl?: boolean }[];
  /** The bodies of PATCH /api/portal/me sent after an opening. */
  let zoneRecords: unknown[];

  beforeEach(() => {
    replaced = [];
    navigated = [];
    zoneRecords = [];
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
    jest.spyOn(TestBed.inject(Location), 'replaceState').mockImplementation((path: string) => void replaced.push(path));
    jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockImplementation((url, extras) => {
      navigated.push({ url: String(url), replaceUrl: extras?.replaceUrl });
      return Promise.resolve(true);
    });
  });
  afterEach(() => http.verify());

  async function open(token: string | undefined, answer: { status: number; body?: object }) {
    const fixture = TestBed.createComponent(LinkPage);
    if (token) fixture.componentRef.setInput('token', token);
    fixture.detectChanges();
    if (token) {
      const request = http.expectOne('/api/portal/session');
      expect(request.request.body).toEqual({ token });
      if (answer.status === 200) request.flush(answer.body ?? null);
      else request.flush(answer.body ?? {}, { status: answer.status, statusText: 'x' });
    }
    for (let i = 0; i < 5; i++) await Promise.resolve();
    if (answer.status === 200) zoneRecords.push(http.expectOne({ method: 'PATCH', url: '/api/portal/me' }).request.body);
    await fixture.whenStable();
    fixture.detectChanges();
    return (fixture.nativeElement as HTMLElement).textContent ?? '';
  }

  it('drops the token from the address bar at once, exchanges it, and replaces the entry with /portal', async () => {
    await open('secret-token', {
      status: 200,
      body: { partner: { id: 'p', displayName: 'Alex', perspective: 'hurt' }, counselor: { displayName: 'R' } },
    });
    expect(replaced).toEqual(['/i']);
    expect(navigated).toEqual([{ url: '/portal', replaceUrl: true }]);
  });

  it('records the browser’s time zone once the link has opened (for quiet hours), and nothing when it fails', async () => {
    await open('secret-token', { status: 200, body: { partner: { id: 'p', displayName: 'Alex', perspective: 'hurt' }, counselor: { displayName: 'R' } } });
    expect(zoneRecords).toEqual([{ timezone: Intl.DateTimeFormat().resolvedOptions().timeZone }]);
    await open('old', { status: 410 });
    http.expectNone({ method: 'PATCH', url: '/api/portal/me' });
  });

  it("says the link doesn't work (401)", async () => {
    expect(await open('unknown', { status: 401 })).toContain("This link doesn't work");
    expect(navigated).toEqual([]);
  });

  it('says the link has expired and to ask for a new one (410)', async () => {
    const text = await open('old', { status: 410 });
    expect(text).toContain('This link has expired');
    expect(text).toContain('ask your counselor for a new link');
  });

  it('without a token (a reload after it was dropped) says the link does not work, without a request', async () => {
    expect(await open(undefined, { status: 0 })).toContain("This link doesn't work");
  });
});
