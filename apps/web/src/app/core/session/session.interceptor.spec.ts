import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { aUser } from './session.testing';
import { sessionInterceptor } from './session.interceptor';
import { SESSION_ENDED_NOTICE } from './session-routes';
import { SessionStore } from './session.store';

describe('sessionInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let store: SessionStore;
  let navigate: jest.Mock;
  let currentUrl: string;

  beforeEach(() => {
    navigate = jest.fn().mockResolvedValue(true);
    currentUrl = '/admin/users?status=active';
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([sessionInterceptor])),
        provideHttpClientTesting(),
        {
          provide: Router,
          useValue: {
            navigate,
            get url() {
              return currentUrl;
            },
          },
        },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    store = TestBed.inject(SessionStore);
  });

  const unauthorized = { status: 401, statusText: 'Unauthorized' };

  it('on a 401 clears the session and sends the page to sign-in with a way back and a notice', () => {
    store.setUser(aUser());
    const failed = jest.fn();
    http.get('/api/admin/users').subscribe({ error: failed });
    backend.expectOne('/api/admin/users').flush({ statusCode: 401, message: 'Sign in to continue.', error: 'Unauthorized' }, unauthorized);
    expect(store.user()).toBeNull();
    expect(navigate).toHaveBeenCalledWith(['/sign-in'], { queryParams: { returnUrl: '/admin/users?status=active' } });
    expect(store.takeNotice()).toBe(SESSION_ENDED_NOTICE);
    expect(failed).toHaveBeenCalled();
  });

  it("leaves the partner portal's 401s to the portal (a partner is never sent to the staff sign-in)", () => {
    store.setUser(aUser());
    currentUrl = '/portal';
    http.get('/api/portal/assignments').subscribe({ error: () => undefined });
    backend.expectOne('/api/portal/assignments').flush({ statusCode: 401, message: 'x', error: 'Unauthorized' }, unauthorized);
    expect(navigate).not.toHaveBeenCalled();
    expect(store.user()).not.toBeNull();
  });

  it('leaves a wrong password at sign-in to the sign-in page', () => {
    currentUrl = '/sign-in';
    http.post('/api/auth/login', {}).subscribe({ error: () => undefined });
    backend.expectOne('/api/auth/login').flush({ statusCode: 401, message: 'The email or password is not correct.', error: 'Unauthorized' }, unauthorized);
    expect(navigate).not.toHaveBeenCalled();
  });

  it('leaves the login call alone even while someone is signed in', () => {
    store.setUser(aUser());
    http.post('/api/auth/login', {}).subscribe({ error: () => undefined });
    backend.expectOne('/api/auth/login').flush({}, unauthorized);
    expect(store.signedIn()).toBe(true);
    expect(navigate).not.toHaveBeenCalled();
  });

  it("does not treat a visitor's first /me as an ended session", () => {
    http.get('/api/auth/me').subscribe({ error: () => undefined });
    backend.expectOne('/api/auth/me').flush({}, unauthorized);
    expect(navigate).not.toHaveBeenCalled();
    expect(store.takeNotice()).toBeNull();
  });

  it('sends someone who must enrol in MFA to the enrolment page', () => {
    store.setUser(aUser());
    http.get('/api/admin/users').subscribe({ error: () => undefined });
    backend
      .expectOne('/api/admin/users')
      .flush({ statusCode: 403, message: 'Set it up', error: 'Forbidden', mfaEnrollmentRequired: true }, { status: 403, statusText: 'Forbidden' });
    expect(navigate).toHaveBeenCalledWith(['/account/mfa']);
    expect(store.signedIn()).toBe(true);
  });

  it('leaves other 403s and non-API requests alone', () => {
    store.setUser(aUser());
    http.get('/api/admin/users').subscribe({ error: () => undefined });
    backend.expectOne('/api/admin/users').flush({ statusCode: 403, message: 'No', error: 'Forbidden' }, { status: 403, statusText: 'Forbidden' });
    http.get('/assets/x.json').subscribe({ error: () => undefined });
    backend.expectOne('/assets/x.json').flush({}, unauthorized);
    expect(navigate).not.toHaveBeenCalled();
    expect(store.signedIn()).toBe(true);
  });
});
