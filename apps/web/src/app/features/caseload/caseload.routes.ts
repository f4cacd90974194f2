import type { Routes } from '@angular/router';

const APP = 'Trust Repair Practice';

/**
 * The counselor's workspace, mounted at the root of the staff shell behind the counselor role:
 * home (dashboard), couples, one couple, its session-prep summary, and the review of an assignment.
 */
export const CASELOAD_ROUTES: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: `${$localize`:@@caseload.title.home:Home`} · ${APP}`,
    loadComponent: () => import('./pages/dashboard/dashboard-page').then((m) => m.DashboardPage),
  },
  {
    path: 'couples',
    title: `${$localize`:@@caseload.title.couples:Couples`} · ${APP}`,
    loadComponent: () => import('./pages/couples/couples-page').then((m) => m.CouplesPage),
  },
  {
    path: 'this-week',
    title: `${$localize`:@@caseload.title.this-week:This week`} · ${APP}`,
    loadComponent: () => import('./pages/this-week/this-week-page').then((m) => m.ThisWeekPage),
  },
  {
    path: 'couples/:coupleId',
    title: `${$localize`:@@caseload.title.couple:Couple`} · ${APP}`,
    loadComponent: () => import('./pages/couple/couple-page').then((m) => m.CouplePage),
  },
  {
    path: 'couples/:coupleId/prep',
    title: `${$localize`:@@caseload.title.prep:Session prep`} · ${APP}`,
    loadComponent: () => import('./pages/prep/prep-page').then((m) => m.PrepPage),
  },
  {
    path: 'assignments/:assignmentId',
    title: `${$localize`:@@caseload.title.review:Review`} · ${APP}`,
    loadComponent: () => import('./pages/review/review-page').then((m) => m.ReviewPage),
  },
];
