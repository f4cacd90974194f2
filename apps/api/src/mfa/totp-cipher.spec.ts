import { randomBytes } from 'node:crypto';
import { decryptSecret, encryptSecret } from './totp-cipher';

describe('TOTP secret encryption (AES-256-GCM)', () => {
  const key = randomBytes(32);
  const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

  it('round-trips, with a fresh IV each time', () => {
    const a = encryptSecret(key, secret, 'user-1');
    const b = encryptSecret(key, secret, 'user-1');
    expect(a).not.toEqual(b);
    expect(a).not.toContain(secret);
    expect(decryptSecret(key, a, 'user-1')).toBe(secret);
  });

  it('refuses another key, another account, or a changed ciphertext', () => {
    const payload = encryptSecret(key, secret, 'user-1');
    expect(() => decryptSecret(randomBytes(32), payload, 'user-1')).toThrow();
    expect(() => decryptSecret(key, payload, 'user-2')).toThrow();
    const parts = payload.split('.');
    const flipped = Buffer.from(parts[3] ?? '', 'base64url');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(() => decryptSecret(key, [parts[0], parts[1], parts[2], flipped.toString('base64url')].join('.'), 'user-1')).toThrow();
    expect(() => decryptSecret(key, 'v0.x.y.z', 'user-1')).toThrow(/format/);
  });

  it('needs a 32-byte key', () => {
    expect(() => encryptSecret(randomBytes(16), secret, 'user-1')).toThrow(/32 bytes/);
  });
});
