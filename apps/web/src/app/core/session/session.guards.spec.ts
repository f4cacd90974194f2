import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CurrentUser } from '@trp/contracts';
import { aUser } from './session.testing';
import { hasRole, signedIn, signedOut, startPage } from './session.guards';
import { SessionStore } from './session.store';

@Component({ template: '<p i18n="@@core.test.page">page</p>' })
class Page {}

describe('session guards', () => {
  let user: CurrentUser | null;

  async function visit(url: string): Promise<string> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: '', pathMatch: 'full', canActivate: [startPage], component: Page },
          { path: 'sign-in', canActivate: [signedOut], component: Page },
          { path: 'admin/users', canActivate: [signedIn, hasRole('admin')], component: Page },
          { path: 'exercises', canActivate: [signedIn, hasRole('counselor')], component: Page },
          { path: 'account/mfa', canActivate: [signedIn], component: Page },
        ]),
        { provide: SessionStore, useValue: { ensureLoaded: () => Promise.resolve(user) } },
      ],
    });
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    return TestBed.inject(Router).url;
  }

  it('sends a visitor to sign-in, remembering where they were going', async () => {
    user = null;
    expect(await visit('/admin/users?status=active')).toBe('/sign-in?returnUrl=%2Fadmin%2Fusers%3Fstatus%3Dactive');
  });

  it('sends a visitor of the home page to sign-in without a return address', async () => {
    user = null;
    expect(await visit('/')).toBe('/sign-in');
  });

  it('lets a visitor see the sign-in page', async () => {
    user = null;
    expect(await visit('/sign-in')).toBe('/sign-in');
  });

  it('lets an admin into admin pages and a counselor into the home page', async () => {
    user = aUser({ roles: ['admin'] });
    expect(await visit('/admin/users')).toBe('/admin/users');
  });

  it('keeps a counselor out of admin pages (to their start page)', async () => {
    user = aUser({ roles: ['counselor'] });
    expect(await visit('/admin/users')).toBe('/');
  });

  it('starts someone who is only an admin at the accounts page, and keeps them out of counselor pages', async () => {
    user = aUser({ roles: ['admin'] });
    expect(await visit('/')).toBe('/admin/users');
  });

  it('keeps an admin-only person out of the exercises', async () => {
    user = aUser({ roles: ['admin'] });
    expect(await visit('/exercises')).toBe('/admin/users');
  });

  it('sends someone already signed in from sign-in to a local return address, never a foreign one', async () => {
    user = aUser({ roles: ['counselor'] });
    expect(await visit('/sign-in?returnUrl=%2Fexercises')).toBe('/exercises');
    TestBed.resetTestingModule();
    expect(await visit('/sign-in?returnUrl=%2F%2Fevil.example')).toBe('/');
  });

  it('holds someone who must enrol in MFA at the enrolment page', async () => {
    user = aUser({ roles: ['admin'], mfaEnrollmentRequired: true });
    expect(await visit('/admin/users')).toBe('/account/mfa');
    TestBed.resetTestingModule();
    expect(await visit('/account/mfa')).toBe('/account/mfa');
  });
});
