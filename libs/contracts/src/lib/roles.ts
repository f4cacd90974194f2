/** Staff roles. A person may hold both (solo practices). */
export const ROLES = ['admin', 'counselor'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
