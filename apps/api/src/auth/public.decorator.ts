import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

export const IS_PUBLIC = 'trp:isPublic';

/** Opens a route to anonymous callers. Every other route requires authentication (deny by default). */
export const Public = () => applyDecorators(SetMetadata(IS_PUBLIC, true), ApiExtension('x-trp-access', 'public'));

export const CSRF_EXEMPT = 'trp:csrfExempt';

/**
 * A public route whose state change is authorised by an unguessable token in its address, not by a session: the
 * CSRF rule adds nothing there and would break it (RFC 8058 one-click unsubscribe is POSTed by mail providers, and
 * by the confirmation page's plain form). Use only with such a token.
 */
export const PublicWithToken = () => applyDecorators(Public(), SetMetadata(CSRF_EXEMPT, true));
