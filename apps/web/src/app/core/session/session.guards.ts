import { inject } from '@angular/core';
import { CanActivateFn, Router, UrlTree } from '@angular/router';
import { Role } from '@trp/contracts';
import { MFA_PATH, SIGN_IN_PATH, safeReturnUrl } from './session-routes';
import { SessionStore } from './session.store';

/** Pages of one's own account, which work while MFA enrolment is still required. */
const ACCOUNT_PREFIX = '/account/';

/**
 * Staff pages: a visitor goes to sign-in (coming back here afterwards); someone whose practice requires
 * MFA and who has not enrolled goes to the enrolment page.
 */
export const signedIn: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  const user = await inject(SessionStore).ensureLoaded();
  if (!user) return signInTree(router, state.url);
  if (user.mfaEnrollmentRequired && !state.url.startsWith(ACCOUNT_PREFIX)) return router.parseUrl(MFA_PATH);
  return true;
};

/** Pages for one role; use after `signedIn`. Someone without it goes to their own start page. */
export function hasRole(role: Role): CanActivateFn {
  return async (_route, state) => {
    const router = inject(Router);
    const user = await inject(SessionStore).ensureLoaded();
    if (!user) return signInTree(router, state.url);
    return user.roles.includes(role) ? true : router.parseUrl(startPageFor(user.roles));
  };
}

/** The sign-in page: someone already signed in goes on to where they were going, or their start page. */
export const signedOut: CanActivateFn = async (route) => {
  const router = inject(Router);
  const user = await inject(SessionStore).ensureLoaded();
  if (!user) return true;
  return router.parseUrl(safeReturnUrl(route.queryParamMap.get('returnUrl')) ?? startPageFor(user.roles));
};

/** `/`: counselors see the home page; someone who is only an admin starts at the accounts page. */
export const startPage: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  const user = await inject(SessionStore).ensureLoaded();
  if (!user) return signInTree(router, state.url);
  if (user.mfaEnrollmentRequired) return router.parseUrl(MFA_PATH);
  const start = startPageFor(user.roles);
  return start === '/' ? true : router.parseUrl(start);
};

export function startPageFor(roles: readonly Role[]): string {
  return roles.includes('counselor') || !roles.includes('admin') ? '/' : '/admin/users';
}

function signInTree(router: Router, url: string): UrlTree {
  const returnUrl = safeReturnUrl(url);
  return router.createUrlTree([SIGN_IN_PATH], { queryParams: returnUrl && returnUrl !== '/' ? { returnUrl } : {} });
}
