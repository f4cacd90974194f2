import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { JobAttempt, JobsService } from '../jobs/jobs.service';
import { MfaKeyService } from '../mfa/mfa-key.service';
import { decryptSecret, encryptSecret } from '../mfa/totp-cipher';
import { mailHtml } from './mail-html';
import { DEFAULT_LOCALE, type MailKind } from '@trp/contracts';
import { MailMessageEntity } from './mail-message.entity';
import { MailMessage, MailService } from './mail.service';
import { maskEmail } from './mask-email';

/** The queue every mail goes through. */
export const MAIL_QUEUE = 'mail';

/** A mail in hand when PostgreSQL went away is retried about a minute after its heartbeats stop (jobs.service.ts). */
export const MAIL_HEARTBEAT_SECONDS = 30;

/** Mails one worker sends side by side (each on its own SMTP connection). */
export const MAIL_BATCH_SIZE = 8;

/** What a stored body shows where the link was (and what the demo's mail log shows). */
export const LINK_PLACEHOLDER = '[personal link, shown only in the mail itself]';

export interface QueuedMail extends MailMessage {
  readonly practiceId: string | null;
  readonly kind: MailKind;
  /** The secret link inside `text`: stored encrypted apart from the body, and gone once the mail is sent. */
  readonly link?: string;
}

interface MailJob {
  readonly mailId: string;
}

/**
 * Every mail is a job: `queue` writes the mail row (the admin's mail log) and its `mail` job in the caller's
 * transaction, so the asking request answers at once and the mail exists exactly when that commits. The worker
 * sends it (plain text and HTML), retries with backoff, and marks it sent — clearing the encrypted link — or,
 * after the last try, failed.
 */
@Injectable()
export class MailOutboxService implements OnModuleInit {
  private readonly logger = new Logger('Mail');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
    private readonly mail: MailService,
    private readonly keys: MfaKeyService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.defineQueue<MailJob>({
      name: MAIL_QUEUE,
      retryLimit: this.config.mailRetry.limit,
      retryDelaySeconds: this.config.mailRetry.delaySeconds,
      heartbeatSeconds: MAIL_HEARTBEAT_SECONDS,
      batchSize: MAIL_BATCH_SIZE,
      handle: (job) => this.deliver(job),
    });
  }

  /** Queues a mail inside `manager`'s transaction; answers the mail's id. */
  async queue(manager: EntityManager, mail: QueuedMail): Promise<string> {
    const hide = (body: string) => (mail.link ? body.split(mail.link).join(LINK_PLACEHOLDER) : body);
    const locale = mail.locale ?? DEFAULT_LOCALE;
    const html = mail.html ?? mailHtml(mail.subject, mail.text, locale);
    const saved = await manager.save(
      manager.create(MailMessageEntity, {
        practiceId: mail.practiceId,
        kind: mail.kind,
        to: mail.to,
        subject: mail.subject,
        text: hide(mail.text),
        html: hide(html),
        headers: { 'Content-Language': locale, ...mail.headers },
        status: 'queued',
        attempts: 0,
        createdAt: this.clock.now(),
      }),
    );
    if (mail.link) {
      const key = await this.keys.get();
      await manager.update(MailMessageEntity, { id: saved.id }, { linkCipher: encryptSecret(key, mail.link, saved.id) });
    }
    await this.jobs.enqueue<MailJob>(MAIL_QUEUE, { mailId: saved.id }, manager);
    return saved.id;
  }

  /** Puts a failed mail back on the queue (the caller checked it belongs to the practice and is `failed`). */
  async requeue(manager: EntityManager, mailId: string): Promise<void> {
    await manager.update(MailMessageEntity, { id: mailId }, { status: 'queued' });
    await this.jobs.enqueue<MailJob>(MAIL_QUEUE, { mailId }, manager);
  }

  /** One try of one mail. Throws to have pg-boss retry it. */
  private async deliver(job: JobAttempt<MailJob>): Promise<void> {
    const rows = (await this.dataSource.query(
      `UPDATE mail_message SET attempts = attempts + 1 WHERE id = $1 AND status = 'queued' RETURNING id`,
      [job.data.mailId],
    )) as [unknown[], number];
    if (rows[1] === 0) return; // gone, already sent, or failed and not retried
    const mail = await this.dataSource.getRepository(MailMessageEntity).findOneByOrFail({ id: job.data.mailId });
    try {
      const link = mail.linkCipher ? decryptSecret(await this.keys.get(), mail.linkCipher, mail.id) : undefined;
      const show = (body: string) => (link ? body.split(LINK_PLACEHOLDER).join(link) : body);
      await this.mail.send({ to: mail.to, subject: mail.subject, text: show(mail.text), html: show(mail.html), headers: mail.headers });
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      await this.dataSource.query(`UPDATE mail_message SET last_error = $2, status = $3 WHERE id = $1`, [
        mail.id,
        message,
        job.lastTry ? 'failed' : 'queued',
      ]);
      this.logger.warn({ to: maskEmail(mail.to), kind: mail.kind, attempt: job.retryCount + 1, final: job.lastTry, err: message }, 'mail not sent');
      throw error;
    }
    await this.dataSource.query(`UPDATE mail_message SET status = 'sent', sent_at = $2, link_cipher = NULL WHERE id = $1`, [mail.id, this.clock.now()]);
  }
}
