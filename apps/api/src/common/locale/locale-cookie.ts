import type { FastifyReply } from 'fastify';
import { LOCALE_COOKIE, type Locale } from '@trp/contracts';
import { cookieOptions } from '../../auth/csrf';
import type { AppConfig } from '../../config/app-config';

/** A year: the language is a lasting choice (it is set again at every sign-in and every switch). */
export const LOCALE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/**
 * Sets the readable `trp_locale` cookie: the language of the pages the API serves to this browser
 * (Path=/, SameSite=Lax, Secure with https, a year). Controllers call it — on staff sign-in, a staff language
 * change, a partner's link exchange and a partner's language switch — so services stay free of HTTP.
 */
export function setLocaleCookie(reply: FastifyReply, config: AppConfig, locale: Locale): void {
  reply.setCookie(LOCALE_COOKIE, locale, { ...cookieOptions(config, false), maxAge: LOCALE_COOKIE_MAX_AGE_SECONDS });
}

/** For `@ApiOkResponse({ headers })` of the routes that set it. */
export const LOCALE_COOKIE_HEADER = {
  'Set-Cookie': {
    description: `\`${LOCALE_COOKIE}=en|es\` (readable; Path=/; SameSite=Lax; Secure with https; Max-Age one year): the language the API serves this browser's pages in.`,
    schema: { type: 'string' },
  },
} as const;
