import { Role } from '@trp/contracts';
import type { IconName } from '@trp/web-ui';

/** One entry of the staff navigation. Features add theirs here; `roles` says who sees it (any one of them). */
export interface NavItem {
  readonly path: string;
  readonly label: string;
  readonly icon: IconName;
  readonly roles: readonly Role[];
}

export const STAFF_NAV: readonly NavItem[] = [
  { path: '/', label: 'Home', icon: 'home', roles: ['counselor'] },
  { path: '/couples', label: 'Couples', icon: 'diversity_1', roles: ['counselor'] },
  { path: '/this-week', label: 'This week', icon: 'event', roles: ['counselor'] },
  { path: '/exercises', label: 'Exercises', icon: 'menu_book', roles: ['counselor'] },
  { path: '/library', label: 'Exercise library', icon: 'edit_note', roles: ['counselor'] },
  { path: '/admin/users', label: 'Accounts', icon: 'manage_accounts', roles: ['admin'] },
  { path: '/admin/practice', label: 'Practice settings', icon: 'settings', roles: ['admin'] },
  { path: '/admin/audit', label: 'Audit log', icon: 'history', roles: ['admin'] },
  { path: '/admin/mail', label: 'Mail', icon: 'mail', roles: ['admin'] },
];

/** The entries a person with these roles sees; nobody signed in sees none. */
export function navFor(roles: readonly Role[], items: readonly NavItem[] = STAFF_NAV): NavItem[] {
  return items.filter((item) => item.roles.some((role) => roles.includes(role)));
}
