import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiCookieAuth, ApiExtension, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';

export const PARTNER_ROUTE = 'trp:partnerRoute';

/**
 * A partner portal route: only a partner session (cookie `trp_partner`, from `POST /api/portal/session`) may call
 * it; a staff session never does. Documented in OpenAPI (`x-trp-access: partner`). The caller is a
 * `PartnerAuthContext`. A partner session opens no other route (staff routes answer 401 to it).
 */
export function PartnerAuthenticated() {
  return applyDecorators(
    SetMetadata(PARTNER_ROUTE, true),
    ApiCookieAuth('partner'),
    ApiExtension('x-trp-access', 'partner'),
    ApiUnauthorizedResponse({
      description: 'No partner session, or it has ended (link expired, revoked or re-issued, couple archived, signed out, idle).',
    }),
    ApiForbiddenResponse({ description: 'Missing or invalid CSRF header on a state-changing request.' }),
  );
}
