import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-local';
import { UserAccount } from '../accounts/user-account.entity';
import { LoginDto } from './dto/login.dto';
import { SignInService } from './sign-in.service';

/** Passport's local strategy (email + password, and `totp` from the body), without Passport sessions. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly signIn: SignInService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true, session: false });
  }

  validate(request: FastifyRequest, email: string, password: string): Promise<UserAccount> {
    const body = request.body as LoginDto;
    return this.signIn.verify({ email, password, totp: body.totp, ...(body.practiceId && { practiceId: body.practiceId }), ip: request.ip ?? null });
  }
}
