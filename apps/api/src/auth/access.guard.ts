import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PARTNER_SESSION_COOKIE, STAFF_SESSION_COOKIE } from '@trp/contracts';
import { AuditService } from '../audit/audit.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AuthException } from './auth.exception';
import { ROUTE_ACCESS, RouteAccess } from './authenticated.decorator';
import { cookieOptions, csrfAllows, sessionCookieName, csrfForbidden, csrfInput } from './csrf';
import { CSRF_EXEMPT, IS_PUBLIC } from './public.decorator';
import { PartnerSessionsService } from './partner-sessions/partner-sessions.service';
import { OPEN_WHILE_PIN_LOCKED, PARTNER_ROUTE } from './partner-authenticated.decorator';
import { SharedPhoneException } from '../shared-phone/shared-phone.exception';
import { SessionsService } from './sessions.service';

/**
 * The global guard (deny by default), in this order:
 * public route → CSRF rule only; partner route (`@PartnerAuthenticated()`) → a live partner session (401), the
 * CSRF rule (403) and the PIN lock (403 `portal.pinRequired`, decided by PartnerSessionsService), nothing else; otherwise → a valid staff session (401), the CSRF rule (403),
 * the route's roles (403, audited as `access.denied`), and MFA enrolment when the practice requires it (403 `mfaEnrollmentRequired`).
 * The two kinds never cross: partner routes read only `trp_partner`, every other route only `trp_session`.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly publicOrigin: string;

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
    private readonly partnerSessions: PartnerSessionsService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.publicOrigin = new URL(config.publicUrl).origin;
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return false;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, targets) === true;

    if (isPublic) {
      if (this.reflector.getAllAndOverride<boolean | undefined>(CSRF_EXEMPT, targets) === true) return true;
      if (!csrfAllows(csrfInput(request, true, this.publicOrigin))) throw csrfForbidden();
      return true;
    }

    if (this.reflector.getAllAndOverride<boolean | undefined>(PARTNER_ROUTE, targets) === true) {
      return this.activatePartnerRoute(context, request, this.reflector.getAllAndOverride<boolean | undefined>(OPEN_WHILE_PIN_LOCKED, targets) === true);
    }

    const token = request.cookies?.[sessionCookieName(this.config, STAFF_SESSION_COOKIE)];
    const auth = await this.sessions.authenticate(token);
    if (!auth) {
      if (token) context.switchToHttp().getResponse<FastifyReply>().clearCookie(sessionCookieName(this.config, STAFF_SESSION_COOKIE), cookieOptions(this.config, true));
      throw new AuthException('notSignedIn');
    }
    if (!csrfAllows(csrfInput(request, false, this.publicOrigin))) throw csrfForbidden();

    const access = this.reflector.getAllAndOverride<RouteAccess | undefined>(ROUTE_ACCESS, targets) ?? {};
    if (access.roles?.length && !access.roles.some((role) => auth.roles.includes(role))) {
      // A signed-in person trying a route their roles do not open: worth a line in the practice's log.
      await this.audit.record({
        practiceId: auth.practiceId,
        actor: { kind: 'staff', id: auth.userId },
        action: 'access.denied',
        outcome: 'denied',
        details: { method: request.method, route: request.routeOptions?.url ?? null },
      });
      throw new AuthException('forbidden');
    }
    if (auth.mfaEnrollmentRequired && !access.allowDuringMfaEnrollment) throw new AuthException('mfaEnrollmentRequired');
    request.auth = auth;
    return true;
  }

  private async activatePartnerRoute(context: ExecutionContext, request: FastifyRequest, openWhilePinLocked: boolean): Promise<boolean> {
    const token = request.cookies?.[sessionCookieName(this.config, PARTNER_SESSION_COOKIE)];
    const session = await this.partnerSessions.authenticate(token);
    if (!session) {
      if (token) context.switchToHttp().getResponse<FastifyReply>().clearCookie(sessionCookieName(this.config, PARTNER_SESSION_COOKIE), cookieOptions(this.config, true));
      throw new AuthException('partnerNotSignedIn');
    }
    if (!csrfAllows(csrfInput(request, false, this.publicOrigin))) throw csrfForbidden();
    if (session.pinLocked && !openWhilePinLocked) throw new SharedPhoneException('pinRequired');
    request.auth = session.auth;
    return true;
  }
}
