import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { MfaKeyModule } from '../mfa/mfa-key.module';
import { RemindersService } from './reminders.service';
import { UnsubscribeController } from './unsubscribe.controller';

/** Partner reminders (a periodic job) and their one-click unsubscribe. */
@Module({
  imports: [MailModule, MfaKeyModule],
  controllers: [UnsubscribeController],
  providers: [RemindersService],
  exports: [RemindersService],
})
export class RemindersModule {}
