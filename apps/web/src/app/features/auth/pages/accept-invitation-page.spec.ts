import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { SessionStore } from '../../../core/session/session.store';
import { aUser } from '../../../core/session/session.testing';
import { AcceptInvitationPage } from './accept-invitation-page';

describe('AcceptInvitationPage', () => {
  let fixture: ComponentFixture<AcceptInvitationPage>;
  let http: HttpTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [AcceptInvitationPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AcceptInvitationPage);
    fixture.componentRef.setInput('token', 'tok/en');
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  function type(selector: string, value: string): void {
    const input = element.querySelector<HTMLInputElement>(selector);
    if (!input) throw new Error(`no ${selector}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function fillAndSubmit(): Promise<void> {
    type('input[autocomplete=name]', '  Maria Lopez ');
    type('input[autocomplete=new-password]', 'river stone lantern');
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  it('explains the password rule', () => {
    expect(element.textContent).toContain('At least 12 characters. No other rules');
    expect(element.textContent).toContain('Common passwords are refused');
  });

  it('accepts the invitation, signs the person in and welcomes them', async () => {
    await fillAndSubmit();
    const request = http.expectOne('/api/auth/invitations/tok%2Fen/accept');
    expect(request.request.body).toEqual({ displayName: 'Maria Lopez', password: 'river stone lantern' });
    request.flush(aUser({ displayName: 'Maria Lopez' }));
    await fixture.whenStable();
    expect(TestBed.inject(SessionStore).user()?.displayName).toBe('Maria Lopez');
    expect(element.querySelector('h1')?.textContent).toContain('Welcome, Maria Lopez');
  });

  it('shows a kind page when the invitation expired or was used (410)', async () => {
    await fillAndSubmit();
    http
      .expectOne('/api/auth/invitations/tok%2Fen/accept')
      .flush({ statusCode: 410, message: 'Gone', error: 'Gone' }, { status: 410, statusText: 'Gone' });
    await fixture.whenStable();
    expect(element.querySelector('h1')?.textContent).toContain("This invitation can't be used");
    expect(element.textContent).toContain('This invitation has expired or was already used. Ask your practice admin for a new one.');
    expect(element.querySelector('form')).toBeNull();
  });

  it("shows the server's field errors at the fields", async () => {
    await fillAndSubmit();
    http.expectOne('/api/auth/invitations/tok%2Fen/accept').flush(
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
    expect(element.querySelector('[role=alert]')?.textContent).toContain('Please check the highlighted fields.');
  });

  it('refuses a short password before asking the server', async () => {
    type('input[autocomplete=name]', 'Maria');
    type('input[autocomplete=new-password]', 'short');
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    http.expectNone('/api/auth/invitations/tok%2Fen/accept');
    expect(element.textContent).toContain('Use at least 12 characters.');
  });
});
