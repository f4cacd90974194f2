import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ForgotPasswordPage } from './forgot-password-page';

describe('ForgotPasswordPage', () => {
  let fixture: ComponentFixture<ForgotPasswordPage>;
  let http: HttpTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ForgotPasswordPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ForgotPasswordPage);
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  async function submit(email: string): Promise<void> {
    const input = element.querySelector<HTMLInputElement>('input[type=email]');
    if (!input) throw new Error('no email field');
    input.value = email;
    input.dispatchEvent(new Event('input'));
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  it('asks for the email and links back to sign-in', () => {
    expect(element.querySelector('h1')?.textContent).toContain('Forgot your password?');
    expect(element.querySelector('a[href="/sign-in"]')).not.toBeNull();
  });

  it('does not send an empty or malformed address', async () => {
    await submit('not an email');
    http.expectNone('/api/auth/password-reset');
    expect(element.querySelector('mat-error')?.textContent).toContain('Enter an email address');
  });

  it('sends the request and says the same thing whatever the address', async () => {
    await submit('  sam@riverside.example ');
    const request = http.expectOne('/api/auth/password-reset');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ email: 'sam@riverside.example' });
    request.flush({ message: 'ok' }, { status: 202, statusText: 'Accepted' });
    await fixture.whenStable();
    expect(element.querySelector('h1')?.textContent).toContain('Check your email');
    expect(element.querySelector('[role=status]')?.textContent).toContain(
      'If an account exists for that address, we have sent a link. It works for one hour.',
    );
    expect(element.querySelector('form')).toBeNull();
  });

  it('shows a busy state while sending and a kind message when rate limited', async () => {
    await submit('sam@riverside.example');
    fixture.detectChanges();
    expect(element.querySelector('mat-progress-bar')).not.toBeNull();
    expect(element.querySelector<HTMLButtonElement>('button[type=submit]')?.disabled).toBe(true);
    http
      .expectOne('/api/auth/password-reset')
      .flush({ statusCode: 429, message: 'Too many requests', error: 'Too Many Requests' }, { status: 429, statusText: 'Too Many Requests' });
    await fixture.whenStable();
    expect(element.querySelector('[role=alert]')?.textContent).toContain('Too many attempts');
    expect(element.querySelector('form')).not.toBeNull();
  });
});
