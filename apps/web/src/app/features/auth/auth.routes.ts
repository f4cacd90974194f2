import { Route } from '@angular/router';
import { signedIn, signedOut } from '../../core/session/session.guards';
import { AcceptInvitationPage } from './pages/accept-invitation-page';
import { ChangePasswordPage } from './pages/change-password-page';
import { ForgotPasswordPage } from './pages/forgot-password-page';
import { MfaPage } from './pages/mfa-page';
import { PreferencesPage } from './pages/preferences-page';
import { ResetPasswordPage } from './pages/reset-password-page';
import { SignInPage } from './pages/sign-in-page';

/** Signing in, a forgotten password, accepting an invitation, and one's own account (password, two-step sign-in, email preferences). */
export const authRoutes: Route[] = [
  { path: 'sign-in', title: $localize`:@@auth.title.signIn:Sign in · Trust Repair Practice`, canActivate: [signedOut], component: SignInPage },
  { path: 'password-reset', title: $localize`:@@auth.title.forgot:Forgot your password? · Trust Repair Practice`, component: ForgotPasswordPage },
  { path: 'password-reset/:token', title: $localize`:@@auth.title.reset:Choose a new password · Trust Repair Practice`, component: ResetPasswordPage },
  { path: 'invitations/:token', title: $localize`:@@auth.title.invitation:Accept your invitation · Trust Repair Practice`, component: AcceptInvitationPage },
  {
    path: 'account',
    canActivate: [signedIn],
    children: [
      { path: 'password', title: $localize`:@@auth.title.password:Change password · Trust Repair Practice`, component: ChangePasswordPage },
      { path: 'mfa', title: $localize`:@@auth.title.mfa:Two-step sign-in · Trust Repair Practice`, component: MfaPage },
      { path: 'preferences', title: $localize`:@@auth.title.preferences:Email preferences · Trust Repair Practice`, component: PreferencesPage },
      { path: '', pathMatch: 'full', redirectTo: 'password' },
    ],
  },
];
