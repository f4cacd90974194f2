import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { SignInLockout } from './sign-in-lockout.entity';
import { SignInLockoutService } from './sign-in-lockout.service';

/**
 * The lockout of guessed secrets (sign-in, and the checks behind a session), separate from AuthModule so that
 * accounts (password reset, password change) and MFA (disable) can use it without a cycle.
 */
@Module({
  imports: [TypeOrmModule.forFeature([SignInLockout]), AuditModule],
  providers: [SignInLockoutService],
  exports: [SignInLockoutService],
})
export class SignInLockoutModule {}
