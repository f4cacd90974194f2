import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { DataSource } from 'typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { MfaModule } from '../mfa/mfa.module';
import { PartnerSessionsModule } from './partner-sessions/partner-sessions.module';
import { PracticesModule } from '../practices/practices.module';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { PostgresThrottlerStorage } from './postgres-throttler-storage';
import { LocalStrategy } from './local.strategy';
import { SessionsModule } from './sessions.module';
import { SignInLockoutModule } from './sign-in-lockout.module';
import { SignInService } from './sign-in.service';

/** Sign-in (Passport local), staff sessions, the global access guard (deny by default) and CSRF. */
@Module({
  imports: [
    SignInLockoutModule,
    PassportModule.register({ session: false }),
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, DataSource, Clock],
      useFactory: (config: AppConfig, dataSource: DataSource, clock: Clock) => ({
        // 'default': the answers carry the standard Retry-After and X-RateLimit-* headers (no name suffix).
        throttlers: [{ name: 'default', ttl: config.authRateLimit.windowMs, limit: config.authRateLimit.limit }],
        errorMessage: 'Too many requests from this address. Please wait a minute and try again.',
        // Shared by every instance; 'memory' (per process) only when RATE_LIMIT_STORE asks for it.
        ...(config.authRateLimit.store !== 'memory' && { storage: new PostgresThrottlerStorage(dataSource, clock) }),
      }),
    }),
    SessionsModule,
    PartnerSessionsModule,
    AccountsModule,
    MfaModule,
    PracticesModule,
    AuditModule,
  ],
  controllers: [AuthController],
  providers: [{ provide: APP_GUARD, useClass: AccessGuard }, AuthService, SignInService, LocalStrategy],
})
export class AuthModule {}
