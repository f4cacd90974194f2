import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { SessionsModule } from '../auth/sessions.module';
import { SignInLockoutModule } from '../auth/sign-in-lockout.module';
import { MailModule } from '../mail/mail.module';
import { NoticesModule } from '../notices/notices.module';
import { PracticesModule } from '../practices/practices.module';
import { AccountInvitation } from './account-invitation.entity';
import { InvitationsService } from './invitations.service';
import { PasswordReset } from './password-reset.entity';
import { PasswordResetService } from './password-reset.service';
import { PreferencesService } from './preferences.service';
import { UserAccount } from './user-account.entity';
import { UsersService } from './users.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([UserAccount, AccountInvitation, PasswordReset]),
    SessionsModule,
    SignInLockoutModule,
    PracticesModule,
    AuditModule,
    MailModule,
    NoticesModule,
  ],
  providers: [UsersService, InvitationsService, PasswordResetService, PreferencesService],
  exports: [UsersService, InvitationsService, PasswordResetService, PreferencesService],
})
export class AccountsModule {}
