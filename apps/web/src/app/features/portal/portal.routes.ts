import { Route } from '@angular/router';

const TITLE = 'Trust Repair Practice';

/** `/portal/*`: the partner's pages inside the portal's own minimal layout (no staff toolbar or navigation). */
export const PORTAL_ROUTES: Route[] = [
  {
    path: '',
    loadComponent: () => import('./layout/portal-layout').then((m) => m.PortalLayout),
    children: [
      { path: '', title: `Your exercises · ${TITLE}`, loadComponent: () => import('./pages/home/portal-home').then((m) => m.PortalHome) },
      {
        path: 'assignments/:id',
        title: `Exercise · ${TITLE}`,
        loadComponent: () => import('./pages/answer/answer-page').then((m) => m.AnswerPage),
      },
      { path: '**', redirectTo: '' },
    ],
  },
];

/** `/i/:token` (and `/i` once the token has been dropped from the address bar): opening a personal link. */
export const PORTAL_LINK_ROUTES: Route[] = [
  { path: '', title: `Opening your link · ${TITLE}`, loadComponent: () => import('./pages/link/link-page').then((m) => m.LinkPage) },
  { path: ':token', title: `Opening your link · ${TITLE}`, loadComponent: () => import('./pages/link/link-page').then((m) => m.LinkPage) },
];
