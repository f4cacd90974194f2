/** One entry of the staff navigation. Features add theirs here; `roles` limits who sees it. */
export interface NavItem {
  readonly path: string;
  readonly label: string;
  readonly icon: string;
}

export const STAFF_NAV: readonly NavItem[] = [
  { path: '/', label: 'Home', icon: 'home' },
  { path: '/exercises', label: 'Exercises', icon: 'menu_book' },

];
