import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { DailySummaryService } from './daily-summary.service';
import { SafetyAlertsService } from './safety-alerts.service';

/** Mails to counselors about their caseload: safety alerts, and the opt-in morning summary (a periodic job). */
@Module({ imports: [MailModule], providers: [SafetyAlertsService, DailySummaryService], exports: [SafetyAlertsService, DailySummaryService] })
export class AlertsModule {}
