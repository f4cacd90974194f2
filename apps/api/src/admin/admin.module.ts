import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { MailModule } from '../mail/mail.module';
import { MfaModule } from '../mfa/mfa.module';
import { PracticesModule } from '../practices/practices.module';
import { AdminAuditController } from './admin-audit.controller';
import { AdminMailController } from './admin-mail.controller';
import { AdminInvitationsController } from './admin-invitations.controller';
import { AdminPracticeController } from './admin-practice.controller';
import { AdminUsersController } from './admin-users.controller';

/** The practice admin's API (/api/admin/*): accounts, invitations, audit log, mail log, practice policies. No clinical content. */
@Module({
  imports: [AccountsModule, MfaModule, PracticesModule, AuditModule, MailModule],
  controllers: [AdminUsersController, AdminInvitationsController, AdminAuditController, AdminPracticeController, AdminMailController],
})
export class AdminModule {}
