import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_ROUTES,
  AcceptInvitationRequest,
  ChangePasswordRequest,
  CurrentUser,
  LoginRequest,
  MfaEnableResponse,
  MfaSetupResponse,
  PasswordResetAccepted,
  PasswordResetRequest,
  ResetPasswordRequest,
  StaffPreferences,
} from '@trp/contracts';
import { Observable } from 'rxjs';

/** The staff account calls: sign in, accept an invitation, password, two-step sign-in, email preferences. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  login(body: LoginRequest): Observable<CurrentUser> {
    return this.http.post<CurrentUser>(API_ROUTES.auth.login, body);
  }

  acceptInvitation(token: string, body: AcceptInvitationRequest): Observable<CurrentUser> {
    return this.http.post<CurrentUser>(API_ROUTES.auth.acceptInvitation(token), body);
  }

  requestPasswordReset(body: PasswordResetRequest): Observable<PasswordResetAccepted> {
    return this.http.post<PasswordResetAccepted>(API_ROUTES.auth.passwordReset, body);
  }

  resetPassword(token: string, body: ResetPasswordRequest): Observable<void> {
    return this.http.post<void>(API_ROUTES.auth.resetPassword(token), body);
  }

  changePassword(body: ChangePasswordRequest): Observable<void> {
    return this.http.post<void>(API_ROUTES.auth.password, body);
  }

  preferences(): Observable<StaffPreferences> {
    return this.http.get<StaffPreferences>(API_ROUTES.auth.preferences);
  }

  /** Any subset of the preferences; answers all of them. */
  updatePreferences(body: Partial<StaffPreferences>): Observable<StaffPreferences> {
    return this.http.patch<StaffPreferences>(API_ROUTES.auth.preferences, body);
  }

  mfaSetup(): Observable<MfaSetupResponse> {
    return this.http.post<MfaSetupResponse>(API_ROUTES.auth.mfaSetup, {});
  }

  mfaEnable(code: string): Observable<MfaEnableResponse> {
    return this.http.post<MfaEnableResponse>(API_ROUTES.auth.mfaEnable, { code });
  }

  mfaDisable(code: string): Observable<void> {
    return this.http.post<void>(API_ROUTES.auth.mfaDisable, { code });
  }
}
