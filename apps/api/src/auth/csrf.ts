import { ForbiddenException } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { STAFF_SESSION_COOKIE, PARTNER_SESSION_COOKIE, XSRF_COOKIE } from '@trp/contracts';
import { AppConfig } from '../config/app-config';
import { errorBody } from '../common/error-body';
import { newToken } from './session-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_MESSAGE = 'Missing or invalid CSRF token';

export interface CsrfInput {
  readonly method: string;
  /** The request's cookies (parsed). */
  readonly cookies: Readonly<Record<string, string | undefined>>;
  /** The X-XSRF-TOKEN header. */
  readonly header: string | undefined;
  readonly secFetchSite: string | undefined;
  readonly origin: string | undefined;
  /** The route is @Public() (sign-in, invitation accept, portal session exchange). */
  readonly publicRoute: boolean;
  /** PUBLIC_URL's origin, e.g. https://care.example.org */
  readonly publicOrigin: string;
}

/**
 * The CSRF rule (Angular's double-submit convention), as one pure function:
 * - safe methods pass;
 * - a state-changing request must echo the XSRF-TOKEN cookie in X-XSRF-TOKEN;
 * - except an API client that has never received any cookie (no cookies at all) calling a public route,
 *   unless the browser says it is cross-site (`Sec-Fetch-Site: cross-site`) or its Origin is another site.
 */
export function csrfAllows(input: CsrfInput): boolean {
  if (SAFE_METHODS.has(input.method.toUpperCase())) return true;
  const cookie = input.cookies[XSRF_COOKIE];
  if (cookie && input.header && sameSecret(cookie, input.header)) return true;
  const hasAnyCookie = Object.values(input.cookies).some((value) => value !== undefined);
  if (hasAnyCookie || !input.publicRoute) return false;
  if (input.secFetchSite?.toLowerCase() === 'cross-site') return false;
  if (input.origin !== undefined && input.origin !== input.publicOrigin) return false;
  return true;
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function csrfInput(request: FastifyRequest, publicRoute: boolean, publicOrigin: string): CsrfInput {
  const header = request.headers['x-xsrf-token'];
  const cookies = { ...(request.cookies ?? {}) };
  return {
    method: request.method,
    cookies,
    header: typeof header === 'string' ? header : undefined,
    secFetchSite: typeof request.headers['sec-fetch-site'] === 'string' ? request.headers['sec-fetch-site'] : undefined,
    origin: typeof request.headers.origin === 'string' ? request.headers.origin : undefined,
    publicRoute,
    publicOrigin,
  };
}

export function csrfForbidden(): ForbiddenException {
  return new ForbiddenException(errorBody(403, CSRF_MESSAGE));
}

/**
 * The name a session cookie goes by: with https, the `__Host-` prefix (the browser then accepts it only Secure,
 * for Path=/ and from this very host: no sibling subdomain can set or overwrite it). Plain http keeps the bare name.
 */
export function sessionCookieName(config: Pick<AppConfig, 'secureCookies'>, base: typeof STAFF_SESSION_COOKIE | typeof PARTNER_SESSION_COOKIE): string {
  return config.secureCookies ? `__Host-${base}` : base;
}

/** The options of the readable XSRF-TOKEN cookie and of the httpOnly session cookies. */
export function cookieOptions(config: AppConfig, httpOnly: boolean) {
  return { path: '/', sameSite: 'lax' as const, secure: config.secureCookies, httpOnly };
}

/** Gives every response that lacks it a readable XSRF-TOKEN cookie (random, SameSite=Lax). */
export function registerCsrfCookie(app: NestFastifyApplication, config: AppConfig): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      if (!request.cookies?.[XSRF_COOKIE]) reply.setCookie(XSRF_COOKIE, newToken(), cookieOptions(config, false));
    });
}

/** The session cookies the CSRF rule knows about (for documentation and tests). */
export const SESSION_COOKIES = [STAFF_SESSION_COOKIE, PARTNER_SESSION_COOKIE] as const;
