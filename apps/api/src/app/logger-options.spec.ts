import { redactUrl } from './logger-options';

describe('redactUrl', () => {
  it('removes invite tokens and staff invitation tokens from paths', () => {
    expect(redactUrl('/i/abcDEF123_-')).toBe('/i/[redacted]');
    expect(redactUrl('/api/auth/invitations/tok123/accept')).toBe('/api/auth/invitations/[redacted]/accept');
  });

  it('drops query strings, which may carry secrets', () => {
    expect(redactUrl('/api/couples?search=Smith')).toBe('/api/couples');
  });

  it('keeps ordinary paths', () => {
    expect(redactUrl('/api/health')).toBe('/api/health');
  });
});
