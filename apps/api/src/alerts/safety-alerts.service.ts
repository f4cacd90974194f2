import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Locale } from '@trp/contracts';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { MailOutboxService } from '../mail/mail-outbox.service';
import { safetyAlertMail } from './safety-alert-mail';

/**
 * Counselor alerts: when a submitted safety check raises a flag, the couple's counselor (active, with alerts on) is
 * mailed. Queued in the submit's transaction, so it goes out within the workers' poll interval (seconds).
 */
@Injectable()
export class SafetyAlertsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailOutboxService,
  ) {}

  async flagged(manager: EntityManager, practiceId: string, coupleId: string): Promise<void> {
    const [counselor]: { email: string; display_name: string; locale: Locale; practice_name: string }[] = await manager.query(
      `SELECT u.email, u.display_name, u.locale, p.name AS practice_name
         FROM couple c
         JOIN user_account u ON u.id = c.counselor_id AND u.practice_id = c.practice_id
         JOIN practice p ON p.id = c.practice_id
        WHERE c.id = $1 AND c.practice_id = $2 AND u.status = 'active' AND u.safety_alerts`,
      [coupleId, practiceId],
    );
    if (!counselor) return;
    await this.mail.queue(manager, {
      ...safetyAlertMail({ to: counselor.email, locale: counselor.locale, counselorName: counselor.display_name, practiceName: counselor.practice_name, signInUrl: `${this.config.publicUrl}/sign-in` }),
      practiceId,
      kind: 'safety_alert',
    });
  }
}
