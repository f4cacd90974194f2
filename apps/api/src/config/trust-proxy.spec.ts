import { parseTrustProxy } from './trust-proxy';

describe('parseTrustProxy', () => {
  it('trusts no proxy when unset or blank', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('  ')).toBe(false);
  });

  it('takes a hop count from 1 to 10', () => {
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy('10')).toBe(10);
    expect(parseTrustProxy('0')).toBeUndefined();
    expect(parseTrustProxy('11')).toBeUndefined();
  });

  it('takes addresses, CIDR ranges and named ranges', () => {
    expect(parseTrustProxy('10.0.0.1, 192.168.0.0/16,::1,fd00::/8,loopback')).toEqual(['10.0.0.1', '192.168.0.0/16', '::1', 'fd00::/8', 'loopback']);
  });

  it('refuses anything else', () => {
    for (const bad of ['true', 'proxy.example.org', '10.0.0.0/33', '::1/129', '10.0.0.1/8/2', '10.0.0.1,', '10.0.0.0/x']) {
      expect(parseTrustProxy(bad)).toBeUndefined();
    }
  });
});
