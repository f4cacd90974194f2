import type { Locale } from '@trp/contracts';
import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DASHBOARD_PANELS, PanelScope } from '../dashboard/dashboard.queries';
import { DIGEST_SESSIONS_SQL } from '../digest/digest.queries';
import { startOfDayIn } from '../digest/digest.service';
import { JobsService } from '../jobs/jobs.service';
import { MailOutboxService } from '../mail/mail-outbox.service';
import { resolvePracticeSettings } from '../practices/practice-settings';
import { localDay, localTime } from '../reminders/reminder-rules';
import { DailySummaryCounts, dailySummaryMail } from './daily-summary-mail';

/** The summary goes out from this local time on… */
export const SUMMARY_FROM = '07:00';
/** …until this one (a summary not sent by then, say the instances were down, waits for the next morning). */
export const SUMMARY_UNTIL = '12:00';
/** The most items a count looks at (the dashboard's panels are capped too; a caseload never comes near). */
const COUNT_CAP = 10_000;

interface Recipient {
  user_id: string;
  practice_id: string;
  email: string;
  display_name: string;
  locale: Locale;
  practice_name: string;
  settings: Record<string, unknown>;
  last_day: string | null;
}

/**
 * The counselor's opt-in morning summary (`dailySummary`): a periodic task (every JOBS_CHECK_SECONDS, "now" from
 * the Clock) queues, from 07:00 in the practice's time zone, one mail per active counselor who opted in with the
 * counts of their dashboard and digest (ready to review, overdue, sessions today). Once per user per local day:
 * the `daily_summary` row (primary key user + day) is written in the same transaction as the mail, so a second
 * instance, or a second pass, finds it and queues nothing.
 */
@Injectable()
export class DailySummaryService implements OnModuleInit {
  private readonly logger = new Logger('DailySummary');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
    private readonly mail: MailOutboxService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.definePeriodic({ name: 'daily-summary', run: () => this.scan().then(() => undefined) });
  }

  /** One pass: answers how many summaries were queued. */
  async scan(): Promise<number> {
    const now = this.clock.now();
    const recipients: Recipient[] = await this.dataSource.query(
      `SELECT u.id AS user_id, u.practice_id, u.email, u.display_name, u.locale, p.name AS practice_name, p.settings,
              (SELECT to_char(max(d.day), 'YYYY-MM-DD') FROM daily_summary d WHERE d.user_id = u.id) AS last_day
         FROM user_account u
         JOIN practice p ON p.id = u.practice_id
        WHERE u.daily_summary AND u.status = 'active' AND 'counselor' = ANY(u.roles)
        ORDER BY u.practice_id, u.id`,
    );
    let queued = 0;
    for (const recipient of recipients) {
      const zone = resolvePracticeSettings(recipient.settings).timezone;
      const time = localTime(now, zone);
      if (recipient.last_day === localDay(now, zone) || time < SUMMARY_FROM || time >= SUMMARY_UNTIL) continue;
      try {
        if (await this.summarise(recipient, zone, now)) queued++;
      } catch (error) {
        this.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'summary not queued');
      }
    }
    return queued;
  }

  /** The counts, by the same SQL as the dashboard's panels and the digest's sessions (their rules, not a copy). */
  async counts(manager: EntityManager, practiceId: string, counselorId: string, zone: string, now: Date): Promise<DailySummaryCounts> {
    const scope: PanelScope = { practiceId, counselorId, now, limit: COUNT_CAP };
    const count = async (panel: 'readyToReview' | 'overdue') =>
      ((await manager.query(`SELECT count(*)::int AS n FROM (${DASHBOARD_PANELS[panel].sql}) q`, DASHBOARD_PANELS[panel].parameters(scope))) as [{ n: number }])[0].n;
    const from = startOfDayIn(now, zone);
    const to = startOfDayIn(new Date(from.getTime() + 30 * 3_600_000), zone);
    const [sessions] = (await manager.query(`SELECT count(*)::int AS n FROM (${DIGEST_SESSIONS_SQL}) q`, [practiceId, counselorId, from, to, now])) as [{ n: number }];
    return { readyToReview: await count('readyToReview'), overdue: await count('overdue'), sessionsToday: sessions.n };
  }

  private summarise(recipient: Recipient, zone: string, now: Date): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const claimed: unknown[] = await manager.query(
        `INSERT INTO daily_summary (user_id, day, practice_id, queued_at) VALUES ($1, $2::date, $3, $4) ON CONFLICT DO NOTHING RETURNING user_id`,
        [recipient.user_id, localDay(now, zone), recipient.practice_id, now],
      );
      if (claimed.length === 0) return false;
      const counts = await this.counts(manager, recipient.practice_id, recipient.user_id, zone, now);
      const mailId = await this.mail.queue(manager, {
        ...dailySummaryMail({
          to: recipient.email,
          locale: recipient.locale,
          counselorName: recipient.display_name,
          practiceName: recipient.practice_name,
          signInUrl: `${this.config.publicUrl}/sign-in`,
          counts,
        }),
        practiceId: recipient.practice_id,
        kind: 'daily_summary',
      });
      await manager.query(`UPDATE daily_summary SET mail_id = $3 WHERE user_id = $1 AND day = $2::date`, [recipient.user_id, localDay(now, zone), mailId]);
      return true;
    });
  }
}
