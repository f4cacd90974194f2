import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiCookieAuth, ApiExtension, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Role } from '@trp/contracts';

export const ROUTE_ACCESS = 'trp:routeAccess';

export interface RouteAccess {
  /** Any of these roles may call the route; none given: any signed-in staff member. */
  readonly roles?: readonly Role[];
  /** Usable while the practice's MFA policy still waits for this user to enrol (own account pages only). */
  readonly allowDuringMfaEnrollment?: boolean;
}

/**
 * The one way to declare who may call a route (staff, by role), documented in OpenAPI.
 * Routes without `@Public()` or `@Authenticated()` still require a signed-in staff member (deny by default).
 * Unauthenticated → 401; wrong role or MFA enrolment pending → 403.
 */
export function Authenticated(access: RouteAccess = {}) {
  const who = access.roles?.length ? `staff with role ${access.roles.join(' or ')}` : 'any signed-in staff member';
  return applyDecorators(
    SetMetadata(ROUTE_ACCESS, access),
    ApiCookieAuth('staff'),
    ApiExtension('x-trp-access', { staff: access.roles?.length ? [...access.roles] : 'any', allowDuringMfaEnrollment: !!access.allowDuringMfaEnrollment }),
    ApiUnauthorizedResponse({ description: 'Not signed in, or the session has ended.' }),
    ApiForbiddenResponse({
      description: `Only ${who}; also a missing CSRF header${access.allowDuringMfaEnrollment ? '' : ', or MFA enrolment required by the practice (`mfaEnrollmentRequired: true`)'}.`,
    }),
  );
}
