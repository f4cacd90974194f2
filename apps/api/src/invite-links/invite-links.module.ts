import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../access/access.module';
import { AuditModule } from '../audit/audit.module';
import { MailModule } from '../mail/mail.module';
import { PracticesModule } from '../practices/practices.module';
import { InviteLink } from './invite-link.entity';
import { InviteLinksController } from './invite-links.controller';
import { InviteLinksService } from './invite-links.service';

@Module({
  imports: [TypeOrmModule.forFeature([InviteLink]), AccessModule, AuditModule, MailModule, PracticesModule],
  controllers: [InviteLinksController],
  providers: [InviteLinksService],
})
export class InviteLinksModule {}
