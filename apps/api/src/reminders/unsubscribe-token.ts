import { createHmac, timingSafeEqual } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function mac(key: Buffer, partnerId: string): Buffer {
  return createHmac('sha256', key).update(`reminders.unsubscribe:${partnerId.toLowerCase()}`).digest().subarray(0, 24);
}

/** `<partner id>.<HMAC>`: it can only turn that partner's reminders off, so it is not stored; it cannot sign in. */
export function unsubscribeToken(key: Buffer, partnerId: string): string {
  return `${partnerId}.${mac(key, partnerId).toString('base64url')}`;
}

/** The partner id a token was made for, or undefined when it was not made with this key. */
export function partnerOfUnsubscribeToken(key: Buffer, token: string): string | undefined {
  const [partnerId, signature, ...rest] = token.split('.');
  if (!partnerId || !signature || rest.length > 0 || !UUID.test(partnerId) || signature.length > 64) return undefined;
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(key, partnerId);
  return given.length === expected.length && timingSafeEqual(given, expected) ? partnerId : undefined;
}
