import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { SessionsModule } from '../auth/sessions.module';
import { PracticesModule } from '../practices/practices.module';
import { AccountInvitation } from './account-invitation.entity';
import './demo-accounts.seeder';
import { InvitationsService } from './invitations.service';
import { UserAccount } from './user-account.entity';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([UserAccount, AccountInvitation]), SessionsModule, PracticesModule, AuditModule],
  providers: [UsersService, InvitationsService],
  exports: [UsersService, InvitationsService],
})
export class AccountsModule {}
