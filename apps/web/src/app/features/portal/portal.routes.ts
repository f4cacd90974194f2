import { Route } from '@angular/router';
import { PortalLayout } from './layout/portal-layout';
import { PortalHome } from './pages/home/portal-home';
import { LinkPage } from './pages/link/link-page';

/** Tab titles say nothing about relationships, trust or the product (DESIGN "Shared phones"): a shared phone shows them. */
const TITLE = $localize`:@@portal.title.my-page:My page`;

// The layout, the home page and the link page come in this route chunk: a phone on a slow connection gets what it
// shows first in one download after main.js, not in a chain of three. The answer page (the exercise form, dialogs)
// loads when an exercise is opened.

/** `/portal/*`: the partner's pages inside the portal's own minimal layout (no staff toolbar or navigation). */
export const PORTAL_ROUTES: Route[] = [
  {
    path: '',
    component: PortalLayout,
    children: [
      { path: '', title: TITLE, component: PortalHome },
      {
        path: 'assignments/:id',
        title: $localize`:@@portal.title.homework:Homework · ${TITLE}:page:`,
        loadComponent: () => import('./pages/answer/answer-page').then((m) => m.AnswerPage),
      },
      {
        path: 'agreements',
        title: $localize`:@@portal.title.agreements:Agreements · ${TITLE}:page:`,
        loadComponent: () => import('./pages/agreements/agreements-page').then((m) => m.AgreementsPage),
      },
      { path: '**', redirectTo: '' },
    ],
  },
];

/** `/i/:token` (and `/i` once the token has been dropped from the address bar): opening a personal link. */
export const PORTAL_LINK_ROUTES: Route[] = [
  { path: '', title: $localize`:@@portal.title.opening:Opening · ${TITLE}:page:`, component: LinkPage },
  { path: ':token', title: $localize`:@@portal.title.opening:Opening · ${TITLE}:page:`, component: LinkPage },
];
