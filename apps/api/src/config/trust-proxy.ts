import { isIP } from 'node:net';

/** Which peers may set X-Forwarded-For / -Proto / -Host: none, the nearest N hops, or these addresses and ranges. */
export type TrustProxy = false | number | readonly string[];

const NAMED_RANGES = ['loopback', 'linklocal', 'uniquelocal'];
export const TRUST_PROXY_HINT =
  'must be a hop count from 1 to 10, or a comma-separated list of proxy addresses or CIDR ranges (e.g. 10.0.0.0/8,::1; loopback, linklocal and uniquelocal name ranges)';

/**
 * TRUST_PROXY: unset means no proxy is trusted, so a client cannot choose its own address by sending the
 * headers. Answers the setting, or undefined when it is malformed.
 */
export function parseTrustProxy(raw: string | undefined): TrustProxy | undefined {
  if (raw === undefined || raw.trim() === '') return false;
  const value = raw.trim();
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return hops >= 1 && hops <= 10 ? hops : undefined;
  }
  const entries = value.split(',').map((entry) => entry.trim());
  return entries.every(isAddressOrRange) ? entries : undefined;
}

function isAddressOrRange(entry: string): boolean {
  if (NAMED_RANGES.includes(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d+$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}
