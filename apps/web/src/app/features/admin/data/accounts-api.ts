import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_ROUTES,
  CreateInvitationRequest,
  CreatedInvitation,
  Invitation,
  Page,
  PageQuery,
  SentPasswordReset,
  UpdateUserRequest,
  User,
  UserListQuery,
} from '@trp/contracts';
import { Observable } from 'rxjs';
import { paramsOf } from './http-params';

/** Staff accounts and their invitations (admins). */
@Injectable({ providedIn: 'root' })
export class AccountsApi {
  private readonly http = inject(HttpClient);

  users(query: UserListQuery): Observable<Page<User>> {
    return this.http.get<Page<User>>(API_ROUTES.admin.users, { params: paramsOf(query) });
  }

  updateUser(id: string, body: UpdateUserRequest): Observable<User> {
    return this.http.patch<User>(API_ROUTES.admin.user(id), body);
  }

  resetMfa(id: string): Observable<unknown> {
    return this.http.post(API_ROUTES.admin.resetMfa(id), {});
  }

  sendPasswordReset(id: string): Observable<SentPasswordReset> {
    return this.http.post<SentPasswordReset>(API_ROUTES.admin.sendPasswordReset(id), {});
  }

  invitations(query: PageQuery = {}): Observable<Page<Invitation>> {
    return this.http.get<Page<Invitation>>(API_ROUTES.admin.invitations, { params: paramsOf(query) });
  }

  invite(body: CreateInvitationRequest): Observable<CreatedInvitation> {
    return this.http.post<CreatedInvitation>(API_ROUTES.admin.invitations, body);
  }

  resendInvitation(id: string): Observable<CreatedInvitation> {
    return this.http.post<CreatedInvitation>(API_ROUTES.admin.resendInvitation(id), {});
  }

  revokeInvitation(id: string): Observable<unknown> {
    return this.http.delete(API_ROUTES.admin.invitation(id));
  }
}
