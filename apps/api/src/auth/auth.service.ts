import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentUser, Locale, STAFF_SESSION_COOKIE } from '@trp/contracts';
import { AcceptInvitationDto } from '../accounts/dto/invitation.dto';
import { toCurrentUserDto } from '../accounts/dto/user.dto';
import { InvitationsService } from '../accounts/invitations.service';
import { UserAccount } from '../accounts/user-account.entity';
import { UsersService } from '../accounts/users.service';
import { AuditService } from '../audit/audit.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { PracticesService } from '../practices/practices.service';
import { Practice } from '../practices/practice.entity';
import type { StaffAuthContext } from './auth-context';
import { cookieOptions, sessionCookieName } from './csrf';
import { SessionsService } from './sessions.service';

/** A staff session just began: who signed in, and the language of their pages (the controller sets the locale cookie). */
export interface SignedIn {
  readonly user: CurrentUser;
  readonly locale: Locale;
}

/** Opens and ends staff sessions: after sign-in, after accepting an invitation, and at logout. */
@Injectable()
export class AuthService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionsService,
    private readonly users: UsersService,
    private readonly invitations: InvitationsService,
    private readonly practices: PracticesService,
    private readonly audit: AuditService,
  ) {}

  /** `user` was authenticated by the local strategy. */
  async signIn(user: UserAccount, request: FastifyRequest, reply: FastifyReply): Promise<SignedIn> {
    const signedIn = await this.startSession(user, request, reply);
    await this.audit.record({ practiceId: user.practiceId, actor: { kind: 'staff', id: user.id }, action: 'auth.sign_in', target: { type: 'user', id: user.id } });
    return signedIn;
  }

  async acceptInvitation(token: string, dto: AcceptInvitationDto, request: FastifyRequest, reply: FastifyReply): Promise<SignedIn> {
    const user = await this.invitations.accept(token, dto);
    return this.startSession(user, request, reply);
  }

  async signOut(auth: StaffAuthContext, reply: FastifyReply): Promise<void> {
    await this.sessions.revoke(auth.sessionId);
    reply.clearCookie(sessionCookieName(this.config, STAFF_SESSION_COOKIE), cookieOptions(this.config, true));
    await this.audit.record({ practiceId: auth.practiceId, actor: { kind: 'staff', id: auth.userId }, action: 'auth.sign_out', target: { type: 'user', id: auth.userId } });
  }

  private async startSession(user: UserAccount, request: FastifyRequest, reply: FastifyReply): Promise<SignedIn> {
    const policy = await this.practices.settings(user.practiceId);
    const userAgent = request.headers['user-agent'];
    const { token } = await this.sessions.start({
      userId: user.id,
      practiceId: user.practiceId,
      policy,
      ip: request.ip ?? null,
      userAgent: typeof userAgent === 'string' ? userAgent : null,
    });
    await this.users.recordSignIn(user.id);
    reply.setCookie(sessionCookieName(this.config, STAFF_SESSION_COOKIE), token, cookieOptions(this.config, true));
    const fresh = await this.users.findById(user.id);
    const account = fresh ?? user;
    return { user: toCurrentUserDto(account, account.practice as Practice, policy.mfaRequired && !account.mfaEnabledAt), locale: account.locale };
  }
}
