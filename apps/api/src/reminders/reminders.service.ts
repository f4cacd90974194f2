import { DEFAULT_LOCALE, type Locale } from '@trp/contracts';
import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { hashToken, newToken } from '../auth/session-token';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { InviteLink } from '../invite-links/invite-link.entity';
import { JobsService } from '../jobs/jobs.service';
import { MailOutboxService } from '../mail/mail-outbox.service';
import { MfaKeyService } from '../mfa/mfa-key.service';
import { resolvePracticeSettings } from '../practices/practice-settings';
import { reminderMail } from './reminder-mail';
import { assignmentDue, inQuietHours, remindedToday } from './reminder-rules';
import { partnerOfUnsubscribeToken, unsubscribeToken } from './unsubscribe-token';
import { VISIBLE_TO_PARTNER_SQL } from '../portal/portal-access';

/** The fresh sign-in link a reminder carries works this long (and once). */
export const REMINDER_LINK_DAYS = 7;

interface CandidateRow {
  assignment_id: string;
  due_at: Date;
  practice_id: string;
  partner_id: string;
  email: string;
  partner_name: string;
  partner_timezone: string | null;
  partner_locale: Locale;
  settings: Record<string, unknown>;
  practice_name: string;
  counselor_name: string | null;
  sent: number;
  last_sent_at: Date | null;
  partner_last_at: Date | null;
}

/**
 * Partner reminders: every JOBS_CHECK_SECONDS the workers look for partners with an email who have not submitted
 * an open assignment that is due a reminder (see reminder-rules.ts), outside quiet hours in the partner's zone and
 * at most once per partner per day; each gets one mail for all that waits, with a fresh single-use sign-in link.
 */
@Injectable()
export class RemindersService implements OnModuleInit {
  private readonly logger = new Logger('Reminders');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
    private readonly mail: MailOutboxService,
    private readonly keys: MfaKeyService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.definePeriodic({ name: 'reminders', run: () => this.scan().then(() => undefined) });
  }

  /** One pass: answers how many reminder mails were queued. */
  async scan(): Promise<number> {
    const now = this.clock.now();
    const rows: CandidateRow[] = await this.dataSource.query(
      `SELECT a.id AS assignment_id, a.due_at, a.practice_id, p.id AS partner_id, p.email, p.display_name AS partner_name,
              p.timezone AS partner_timezone, p.locale AS partner_locale, pr.settings, pr.name AS practice_name, u.display_name AS counselor_name,
              (SELECT count(*)::int FROM partner_reminder r WHERE r.assignment_id = a.id AND r.partner_id = p.id) AS sent,
              (SELECT max(r.sent_at) FROM partner_reminder r WHERE r.assignment_id = a.id AND r.partner_id = p.id) AS last_sent_at,
              (SELECT max(r.sent_at) FROM partner_reminder r WHERE r.partner_id = p.id) AS partner_last_at
         FROM assignment a
         JOIN couple c ON c.id = a.couple_id AND c.practice_id = a.practice_id AND c.status = 'active'
         JOIN partner p ON p.couple_id = c.id AND p.practice_id = c.practice_id
         JOIN practice pr ON pr.id = a.practice_id
         LEFT JOIN user_account u ON u.id = c.counselor_id AND u.practice_id = c.practice_id
        WHERE a.status = 'open' AND ${VISIBLE_TO_PARTNER_SQL(1)} AND a.reminders AND a.due_at IS NOT NULL AND a.due_at <= $1::timestamptz + interval '168 hours'
          AND p.email IS NOT NULL AND p.reminders_enabled
          AND NOT EXISTS (SELECT 1 FROM response s WHERE s.assignment_id = a.id AND s.partner_id = p.id AND s.status = 'submitted')
        ORDER BY p.id, a.due_at`,
      [now],
    );
    const byPartner = new Map<string, CandidateRow[]>();
    for (const row of rows) byPartner.set(row.partner_id, [...(byPartner.get(row.partner_id) ?? []), row]);
    let queued = 0;
    for (const [partnerId, candidates] of byPartner) {
      const first = candidates[0] as CandidateRow;
      const policy = resolvePracticeSettings(first.settings);
      const zone = first.partner_timezone ?? policy.timezone;
      if (!policy.remindersEnabled || inQuietHours(policy, now, zone) || remindedToday(first.partner_last_at, now, zone)) continue;
      const due = candidates.filter((c) => assignmentDue(policy, { dueAt: c.due_at, sent: c.sent, lastSentAt: c.last_sent_at }, now));
      if (due.length === 0) continue;
      const started = performance.now();
      try {
        if (await this.remind(partnerId, first, due, zone, now)) queued++;
      } catch (error) {
        this.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'reminder not queued');
      }
      await pace(performance.now() - started);
    }
    return queued;
  }

  /** Turns a partner's reminders off from an unsubscribe token; answers the partner's language, undefined when the token is not ours. */
  async unsubscribe(token: string): Promise<Locale | undefined> {
    const partnerId = partnerOfUnsubscribeToken(await this.keys.get(), token);
    if (!partnerId) return undefined;
    const [rows] = (await this.dataSource.query(`UPDATE partner SET reminders_enabled = false WHERE id = $1 RETURNING locale`, [partnerId])) as [{ locale: Locale }[], number];
    return rows[0]?.locale ?? DEFAULT_LOCALE;
  }

  /** The language of the partner an unsubscribe token was made for; undefined when it is not ours (the confirmation page shows nothing else). */
  async localeOf(token: string): Promise<Locale | undefined> {
    const partnerId = partnerOfUnsubscribeToken(await this.keys.get(), token);
    if (!partnerId) return undefined;
    const [row]: { locale: Locale }[] = await this.dataSource.query(`SELECT locale FROM partner WHERE id = $1`, [partnerId]);
    return row?.locale ?? DEFAULT_LOCALE;
  }

  private async remind(partnerId: string, first: CandidateRow, due: CandidateRow[], zone: string, now: Date): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      // One reminder per partner per day holds even if two scans overlap: the partner row is the lock.
      await manager.query(`SELECT id FROM partner WHERE id = $1 FOR UPDATE`, [partnerId]);
      const [{ last }] = await manager.query(`SELECT max(sent_at) AS last FROM partner_reminder WHERE partner_id = $1`, [partnerId]);
      if (remindedToday(last, now, zone)) return false;
      const token = newToken();
      await manager.save(
        manager.create(InviteLink, {
          practiceId: first.practice_id,
          partnerId,
          tokenHash: hashToken(token),
          createdByUserId: null,
          createdAt: now,
          expiresAt: new Date(now.getTime() + REMINDER_LINK_DAYS * 86_400_000),
          singleUse: true,
        }),
      );
      const signInUrl = `${this.config.publicUrl}/i/${token}`;
      const unsubscribeUrl = `${this.config.publicUrl}/api/mail/unsubscribe?token=${unsubscribeToken(await this.keys.get(), partnerId)}`;
      const mailId = await this.mail.queue(manager, {
        ...reminderMail({
          to: first.email,
          locale: first.partner_locale,
          partnerName: first.partner_name,
          counselorName: first.counselor_name || undefined,
          practiceName: first.practice_name,
          dueDates: due.map((c) => c.due_at),
          timeZone: zone,
          now,
          signInUrl,
          unsubscribeUrl,
        }),
        practiceId: first.practice_id,
        kind: 'reminder',
        link: signInUrl,
      });
      for (const c of due) {
        await manager.query(`INSERT INTO partner_reminder (practice_id, partner_id, assignment_id, mail_id, sent_at) VALUES ($1, $2, $3, $4, $5)`, [
          first.practice_id,
          partnerId,
          c.assignment_id,
          mailId,
          now,
        ]);
      }
      return true;
    });
  }
}

/**
 * A scan after a quiet week can owe thousands of reminders. Working them back to back keeps a shared core busy for
 * the whole scan and people's requests wait behind it; resting as long again as each reminder took halves the scan's
 * share of the CPU (it then takes twice as long, which nobody notices: reminders are not minute-exact). Real time, not
 * the Clock: this is about the CPU, not about what is due.
 */
export const REMINDER_SCAN_REST_RATIO = 1;

function pace(workedMs: number): Promise<void> {
  const rest = Math.min(workedMs * REMINDER_SCAN_REST_RATIO, 1000);
  return rest >= 1 ? new Promise((resolve) => setTimeout(resolve, rest)) : Promise.resolve();
}
