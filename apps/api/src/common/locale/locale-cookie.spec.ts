import type { FastifyReply } from 'fastify';
import type { AppConfig } from '../../config/app-config';
import { LOCALE_COOKIE_MAX_AGE_SECONDS, setLocaleCookie } from './locale-cookie';

describe('setLocaleCookie', () => {
  const set = (secureCookies: boolean) => {
    const setCookie = jest.fn();
    setLocaleCookie({ setCookie } as unknown as FastifyReply, { secureCookies } as AppConfig, 'es');
    return setCookie.mock.calls[0];
  };

  it('sets a readable trp_locale for the whole site for a year, SameSite=Lax, Secure with https', () => {
    expect(set(true)).toEqual(['trp_locale', 'es', { path: '/', sameSite: 'lax', secure: true, httpOnly: false, maxAge: LOCALE_COOKIE_MAX_AGE_SECONDS }]);
    expect(set(false)?.[2]).toMatchObject({ secure: false, httpOnly: false });
    expect(LOCALE_COOKIE_MAX_AGE_SECONDS).toBe(31_536_000);
  });
});
