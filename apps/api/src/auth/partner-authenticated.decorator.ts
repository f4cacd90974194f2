import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiCookieAuth, ApiExtension, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';

export const PARTNER_ROUTE = 'trp:partnerRoute';
export const OPEN_WHILE_PIN_LOCKED = 'trp:openWhilePinLocked';

/**
 * A partner portal route: only a partner session (cookie `trp_partner`, from `POST /api/portal/session`) may call
 * it; a staff session never does. Documented in OpenAPI (`x-trp-access: partner`). The caller is a
 * `PartnerAuthContext`. A partner session opens no other route (staff routes answer 401 to it).
 *
 * While the session waits for the partner's PIN (DESIGN "Shared phones": a new session or 5 minutes idle, for a partner
 * with a PIN), a partner route answers 403 `portal.pinRequired` unless it is one the lock screen needs
 * (`openWhilePinLocked`: the PIN state, the PIN check, sign-out); OpenAPI shows those with `x-trp-pin-lock: open`.
 */
export function PartnerAuthenticated({ openWhilePinLocked = false }: { openWhilePinLocked?: boolean } = {}) {
  return applyDecorators(
    SetMetadata(PARTNER_ROUTE, true),
    SetMetadata(OPEN_WHILE_PIN_LOCKED, openWhilePinLocked),
    ApiCookieAuth('partner'),
    ApiExtension('x-trp-access', 'partner'),
    ApiExtension('x-trp-pin-lock', openWhilePinLocked ? 'open' : 'locked'),
    ApiUnauthorizedResponse({
      description: 'No partner session, or it has ended (link expired, revoked or re-issued, couple archived, signed out, idle).',
    }),
    ApiForbiddenResponse({
      description: openWhilePinLocked
        ? 'Missing or invalid CSRF header on a state-changing request.'
        : 'Missing or invalid CSRF header on a state-changing request, or `portal.pinRequired`: enter the PIN first (`POST /api/portal/pin/check`).',
    }),
  );
}
