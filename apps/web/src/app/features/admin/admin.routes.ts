import { Route } from '@angular/router';
import { AccountsPage } from './pages/accounts-page';
import { AuditLogPage } from './pages/audit-log-page';
import { MailLogPage } from './pages/mail-log-page';
import { PracticeSettingsPage } from './pages/practice-settings-page';

/** Practice administration (mounted at `admin`, admins only): no clinical content here. */
export const adminRoutes: Route[] = [
  { path: '', pathMatch: 'full', redirectTo: 'users' },
  { path: 'users', title: $localize`:@@admin.title.accounts:Accounts · Trust Repair Practice`, component: AccountsPage },
  { path: 'practice', title: $localize`:@@admin.title.practice:Practice settings · Trust Repair Practice`, component: PracticeSettingsPage },
  { path: 'audit', title: $localize`:@@admin.title.audit:Audit log · Trust Repair Practice`, component: AuditLogPage },
  { path: 'mail', title: $localize`:@@admin.title.mail:Mail · Trust Repair Practice`, component: MailLogPage },
];
