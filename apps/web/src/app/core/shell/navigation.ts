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
  { path: '/', label: $localize`:@@core.nav.home:Home`, icon: 'home', roles: ['counselor'] },
  { path: '/couples', label: $localize`:@@core.nav.couples:Couples`, icon: 'diversity_1', roles: ['counselor'] },
  { path: '/this-week', label: $localize`:@@core.nav.thisWeek:This week`, icon: 'event', roles: ['counselor'] },
  { path: '/exercises', label: $localize`:@@core.nav.exercises:Exercises`, icon: 'menu_book', roles: ['counselor'] },
  { path: '/library', label: $localize`:@@core.nav.library:Exercise library`, icon: 'edit_note', roles: ['counselor'] },
  { path: '/admin/users', label: $localize`:@@core.nav.accounts:Accounts`, icon: 'manage_accounts', roles: ['admin'] },
  { path: '/admin/practice', label: $localize`:@@core.nav.practice:Practice settings`, icon: 'settings', roles: ['admin'] },
  { path: '/admin/audit', label: $localize`:@@core.nav.audit:Audit log`, icon: 'history', roles: ['admin'] },
  { path: '/admin/mail', label: $localize`:@@core.nav.mail:Mail`, icon: 'mail', roles: ['admin'] },
];

/** The entries a person with these roles sees; nobody signed in sees none. */
export function navFor(roles: readonly Role[], items: readonly NavItem[] = STAFF_NAV): NavItem[] {
  return items.filter((item) => item.roles.some((role) => roles.includes(role)));
}
