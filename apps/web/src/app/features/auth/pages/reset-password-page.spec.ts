import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ResetPasswordPage } from './reset-password-page';

describe('ResetPasswordPage', () => {
  let fixture: ComponentFixture<ResetPasswordPage>;
  let http: HttpTestingController;
  let element: HTMLElement;
  const url = '/api/auth/password-reset/tok%2Fen';

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ResetPasswordPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ResetPasswordPage);
    fixture.componentRef.setInput('token', 'tok/en');
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  async function submit(password: string): Promise<void> {
    const input = element.querySelector<HTMLInputElement>('input[autocomplete=new-password]');
    if (!input) throw new Error('no password field');
    input.value = password;
    input.dispatchEvent(new Event('input'));
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  it('gives the same password hints as accepting an invitation', () => {
    expect(element.querySelector('h1')?.textContent).toContain('Choose a new password');
    expect(element.textContent).toContain('At least 12 characters. No other rules');
    expect(element.textContent).toContain('Common passwords are refused');
    expect(element.querySelector('input[autocomplete=new-password]')?.getAttribute('aria-describedby')).toBe('password-rules');
  });

  it('checks the length before asking the server', async () => {
    await submit('short');
    http.expectNone(url);
    expect(element.querySelector('mat-error')?.textContent).toContain('Use at least 12 characters');
  });

  it('sets the password and then links to sign-in', async () => {
    await submit('river stone lantern');
    const request = http.expectOne(url);
    expect(request.request.body).toEqual({ password: 'river stone lantern' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(element.querySelector('h1')?.textContent).toContain('Your password is changed');
    expect(element.textContent).toContain('signed out on every device');
    expect(element.querySelector('a[href="/sign-in"]')).not.toBeNull();
  });

  it('explains an expired or used link (410) and offers a new one', async () => {
    await submit('river stone lantern');
    http.expectOne(url).flush({ statusCode: 410, message: 'Gone', error: 'Gone' }, { status: 410, statusText: 'Gone' });
    await fixture.whenStable();
    expect(element.querySelector('h1')?.textContent).toContain("This link can't be used");
    expect(element.textContent).toContain('expired or was already used');
    expect(element.querySelector('a[href="/password-reset"]')).not.toBeNull();
    expect(element.querySelector('form')).toBeNull();
  });

  it('says so for an unknown link (404)', async () => {
    await submit('river stone lantern');
    http.expectOne(url).flush({ statusCode: 404, message: 'Not Found', error: 'Not Found' }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    expect(element.textContent).toContain("We don't recognise this link");
  });

  it("shows the server's password problem at the field", async () => {
    await submit('password1234');
    http.expectOne(url).flush(
      {
        statusCode: 400,
        message: 'password: This password is too common; choose a longer phrase that is hard to guess.',
        error: 'Bad Request',
        errors: [{ field: 'password', message: 'This password is too common; choose a longer phrase that is hard to guess.' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(element.querySelector('mat-error')?.textContent).toContain('This password is too common');
    expect(element.querySelector('form')).not.toBeNull();
  });
});
