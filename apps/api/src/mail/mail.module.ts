import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MfaKeyModule } from '../mfa/mfa-key.module';
import { MailMessageEntity } from './mail-message.entity';
import { MailLogService } from './mail-log.service';
import { MailOutboxService } from './mail-outbox.service';
import { MailService } from './mail.service';

/** Mail: features queue it with MailOutboxService (a `mail` job per mail); MailService is the SMTP transport. */
@Module({
  imports: [TypeOrmModule.forFeature([MailMessageEntity]), MfaKeyModule],
  providers: [MailService, MailOutboxService, MailLogService],
  exports: [MailOutboxService, MailLogService],
})
export class MailModule {}
