import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { SafetyAlertsService } from './safety-alerts.service';

/** Mails to counselors about their caseload (safety alerts). */
@Module({ imports: [MailModule], providers: [SafetyAlertsService], exports: [SafetyAlertsService] })
export class AlertsModule {}
