import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { PageNavigation } from '../../../core/i18n/page-navigation';
import { SessionStore } from '../../../core/session/session.store';
import { aUser } from '../../../core/session/session.testing';
import { SignInPage } from './sign-in-page';

describe('SignInPage', () => {
  let fixture: ComponentFixture<SignInPage>;
  let http: HttpTestingController;
  let navigateByUrl: jest.SpyInstance;
  let element: HTMLElement;
  const page = { reload: jest.fn(), assign: jest.fn() };

  async function setUp(returnUrl?: string, notice?: string): Promise<void> {
    TestBed.configureTestingModule({
      imports: [SignInPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), { provide: PageNavigation, useValue: page }],
    });
    if (notice) TestBed.inject(SessionStore).clear(notice);
    navigateByUrl = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SignInPage);
    if (returnUrl) fixture.componentRef.setInput('returnUrl', returnUrl);
    element = fixture.nativeElement;
    await fixture.whenStable();
  }

  function type(selector: string, value: string): void {
    const input = element.querySelector<HTMLInputElement>(selector);
    if (!input) throw new Error(`no ${selector}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function submit(): Promise<void> {
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  async function signInWith(email: string, password: string): Promise<void> {
    type('input[type=email]', email);
    type('input[autocomplete=current-password]', password);
    await submit();
  }

  const text = () => element.textContent ?? '';

  afterEach(() => http.verify());

  it('signs in and goes back to a local return address', async () => {
    await setUp('/admin/audit');
    await signInWith(' sam@example.com ', 'correct horse battery');
    const login = http.expectOne('/api/auth/login');
    expect(login.request.body).toEqual({ email: 'sam@example.com', password: 'correct horse battery' });
    login.flush(aUser({ roles: ['admin'] }));
    expect(TestBed.inject(SessionStore).user()?.email).toBe('sam@example.com');
    expect(navigateByUrl).toHaveBeenCalledWith('/admin/audit');
  });

  it('loads the other copy of the app in full when the person reads the other language', async () => {
    page.assign.mockClear();
    document.documentElement.lang = 'en';
    await setUp('/admin/audit');
    await signInWith('sam@example.com', 'correct horse battery');
    // The API answers the sign-in with the person's language cookie.
    document.cookie = 'trp_locale=es';
    http.expectOne('/api/auth/login').flush(aUser({ roles: ['admin'] }));
    expect(page.assign).toHaveBeenCalledWith('/admin/audit');
    expect(navigateByUrl).not.toHaveBeenCalled();
    document.cookie = 'trp_locale=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
    document.documentElement.lang = '';
    sessionStorage.clear();
  });

  it('ignores a return address to another site and goes to the start page for the roles', async () => {
    await setUp('https://evil.example/');
    await signInWith('sam@example.com', 'correct horse battery');
    http.expectOne('/api/auth/login').flush(aUser({ roles: ['admin'] }));
    expect(navigateByUrl).toHaveBeenCalledWith('/admin/users');
  });

  it('asks which practice when the password fits accounts at two, then signs in to the chosen one (with the code step after)', async () => {
    await setUp();
    await signInWith('kim@example.org', 'correct horse battery');
    http.expectOne('/api/auth/login').flush(
      {
        statusCode: 409,
        message: 'You have an account at more than one practice. Choose the practice to sign in to.',
        error: 'Conflict',
        code: 'auth.choosePractice',
        practices: [
          { id: 'p1', name: 'Riverside Counselling' },
          { id: 'p2', name: 'Harbour Practice' },
        ],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    expect(element.querySelector('h2')?.textContent).toContain('Which practice?');
    expect(document.activeElement).toBe(element.querySelector('h2'));
    const choices = [...element.querySelectorAll<HTMLButtonElement>('.practices button')];
    expect(choices.map((b) => b.textContent?.trim())).toEqual(['Riverside Counselling', 'Harbour Practice']);
    expect(element.querySelector('[role="alert"]')).toBeNull();
    choices[1]?.click();
    const chosen = http.expectOne('/api/auth/login');
    expect(chosen.request.body).toEqual({ email: 'kim@example.org', password: 'correct horse battery', practiceId: 'p2' });
    chosen.flush({ statusCode: 401, message: 'Enter the code.', error: 'Unauthorized', mfaRequired: true }, { status: 401, statusText: 'Unauthorized' });
    await fixture.whenStable();
    expect(text()).toContain('Two-step sign-in');
    type('input[autocomplete=one-time-code]', '123 456');
    await submit();
    const withCode = http.expectOne('/api/auth/login');
    expect(withCode.request.body).toEqual({ email: 'kim@example.org', password: 'correct horse battery', totp: '123456', practiceId: 'p2' });
    withCode.flush(aUser({ roles: ['counselor'] }));
    expect(navigateByUrl).toHaveBeenCalled();
  });

  it("shows the server's one message for a wrong email or password", async () => {
    await setUp();
    await signInWith('nobody@example.com', 'wrong password!!');
    http
      .expectOne('/api/auth/login')
      .flush({ statusCode: 401, message: 'The email or password is not correct.', error: 'Unauthorized' }, { status: 401, statusText: 'Unauthorized' });
    await fixture.whenStable();
    expect(element.querySelector('[role=alert]')?.textContent).toContain('The email or password is not correct.');
    expect(navigateByUrl).not.toHaveBeenCalled();
  });

  it('shows the lockout message on 429', async () => {
    await setUp();
    await signInWith('sam@example.com', 'wrong password!!');
    http
      .expectOne('/api/auth/login')
      .flush(
        { statusCode: 429, message: 'Too many failed sign-in attempts. Please wait 15 minutes and try again.', error: 'Too Many Requests' },
        { status: 429, statusText: 'Too Many Requests' },
      );
    await fixture.whenStable();
    expect(element.querySelector('[role=alert]')?.textContent).toContain('Please wait 15 minutes');
  });

  it('asks for the code when the account has two-step sign-in, then signs in with it', async () => {
    await setUp('/exercises');
    await signInWith('sam@example.com', 'correct horse battery');
    http
      .expectOne('/api/auth/login')
      .flush(
        { statusCode: 401, message: 'Enter the 6-digit code', error: 'Unauthorized', mfaRequired: true },
        { status: 401, statusText: 'Unauthorized' },
      );
    await fixture.whenStable();
    expect(text()).toContain('Two-step sign-in');
    expect(element.querySelector('[role=alert]')).toBeNull();

    type('input[autocomplete=one-time-code]', '123 456');
    await submit();
    const second = http.expectOne('/api/auth/login');
    expect(second.request.body).toEqual({ email: 'sam@example.com', password: 'correct horse battery', totp: '123456' });
    second.flush(aUser());
    expect(navigateByUrl).toHaveBeenCalledWith('/exercises');
  });

  it('says so when the code is wrong, staying on the code step', async () => {
    await setUp();
    await signInWith('sam@example.com', 'correct horse battery');
    http.expectOne('/api/auth/login').flush({ statusCode: 401, message: 'Enter the code', error: 'Unauthorized', mfaRequired: true }, { status: 401, statusText: 'Unauthorized' });
    await fixture.whenStable();
    type('input[autocomplete=one-time-code]', 'abcd-efgh');
    await submit();
    http
      .expectOne('/api/auth/login')
      .flush(
        { statusCode: 401, message: 'The code is not correct. Check the time on your phone and try the newest code.', error: 'Unauthorized', mfaRequired: true },
        { status: 401, statusText: 'Unauthorized' },
      );
    await fixture.whenStable();
    expect(element.querySelector('[role=alert]')?.textContent).toContain('The code is not correct.');
    expect(element.querySelector('input[autocomplete=one-time-code]')).not.toBeNull();
  });

  it('sends someone whose practice requires MFA to enrolment after signing in', async () => {
    await setUp('/admin/audit');
    await signInWith('sam@example.com', 'correct horse battery');
    http.expectOne('/api/auth/login').flush(aUser({ mfaEnrollmentRequired: true }));
    expect(navigateByUrl).toHaveBeenCalledWith('/account/mfa');
  });

  it('shows why the session ended', async () => {
    await setUp(undefined, 'Your session has ended. Please sign in again.');
    expect(element.querySelector('[role=status]')?.textContent).toContain('Your session has ended. Please sign in again.');
  });

  it('does not call the server with empty fields', async () => {
    await setUp();
    await submit();
    http.expectNone('/api/auth/login');
    expect(text()).toContain('Enter your email.');
  });
});
