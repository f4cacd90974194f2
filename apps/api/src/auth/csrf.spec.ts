import { csrfAllows, CsrfInput } from './csrf';

const base: CsrfInput = {
  method: 'POST',
  cookies: {},
  header: undefined,
  secFetchSite: undefined,
  origin: undefined,
  publicRoute: false,
  publicOrigin: 'https://care.example.org',
};
const allows = (over: Partial<CsrfInput>) => csrfAllows({ ...base, ...over });

describe('CSRF rule', () => {
  it('lets safe methods through without a token', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS', 'get']) expect(allows({ method, cookies: { trp_session: 's' } })).toBe(true);
  });

  it('requires the header to equal the XSRF-TOKEN cookie on state-changing requests', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      expect(allows({ method, cookies: { 'XSRF-TOKEN': 'abc', trp_session: 's' }, header: 'abc' })).toBe(true);
      expect(allows({ method, cookies: { 'XSRF-TOKEN': 'abc', trp_session: 's' }, header: 'abd' })).toBe(false);
      expect(allows({ method, cookies: { 'XSRF-TOKEN': 'abc', trp_session: 's' } })).toBe(false);
      expect(allows({ method, cookies: { trp_session: 's' }, header: 'abc' })).toBe(false);
    }
  });

  it('refuses a header without its cookie, and a different-length header', () => {
    expect(allows({ cookies: { 'XSRF-TOKEN': 'abc' }, header: 'abcd', publicRoute: true })).toBe(false);
  });

  it('lets a client with no cookies at all reach public routes only', () => {
    expect(allows({ publicRoute: true })).toBe(true);
    expect(allows({ publicRoute: false })).toBe(false);
  });

  it('does not extend that exception to a client that holds any cookie', () => {
    expect(allows({ publicRoute: true, cookies: { trp_session: 's' } })).toBe(false);
    expect(allows({ publicRoute: true, cookies: { 'XSRF-TOKEN': 'abc' } })).toBe(false);
    expect(allows({ publicRoute: true, cookies: { trp_partner: 'p' } })).toBe(false);
  });

  it('refuses a cookie-less request a browser marks cross-site, or from another origin', () => {
    expect(allows({ publicRoute: true, secFetchSite: 'cross-site' })).toBe(false);
    expect(allows({ publicRoute: true, origin: 'https://evil.example' })).toBe(false);
    expect(allows({ publicRoute: true, origin: 'https://care.example.org', secFetchSite: 'same-origin' })).toBe(true);
  });
});
