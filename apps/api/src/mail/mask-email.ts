/**
 * An address as logs may show it: the first letter of the mailbox and the domain (`m…@example.org`). A log line
 * must not let someone reading the logs learn who is in counselling.
 */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf('@');
  if (at <= 0) return '…';
  return `${address.slice(0, 1)}…${address.slice(at)}`;
}
