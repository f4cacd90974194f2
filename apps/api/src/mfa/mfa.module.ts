import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { SessionsModule } from '../auth/sessions.module';
import { SignInLockoutModule } from '../auth/sign-in-lockout.module';
import { AppSecret } from './app-secret.entity';
import { MfaKeyModule } from './mfa-key.module';
import { MfaRecoveryCode } from './mfa-recovery-code.entity';
import { MfaController } from './mfa.controller';
import { MfaService } from './mfa.service';

@Module({
  imports: [TypeOrmModule.forFeature([MfaRecoveryCode, AppSecret]), AccountsModule, SessionsModule, AuditModule, SignInLockoutModule, MfaKeyModule],
  controllers: [MfaController],
  providers: [MfaService],
  exports: [MfaService],
})
export class MfaModule {}
