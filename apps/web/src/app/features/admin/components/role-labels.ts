import { Role, UserStatus } from '@trp/contracts';

export const ROLE_LABELS: Record<Role, string> = { admin: 'Admin', counselor: 'Counselor' };

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  counselor: 'Works with couples: assigns exercises and reads their answers.',
  admin: 'Manages accounts, practice settings and the audit log. Sees no clinical content.',
};

export const STATUS_LABELS: Record<UserStatus, string> = { invited: 'Invited', active: 'Active', deactivated: 'Deactivated' };

export function rolesText(roles: readonly Role[]): string {
  return roles.length ? roles.map((role) => ROLE_LABELS[role]).join(', ') : 'No role';
}
