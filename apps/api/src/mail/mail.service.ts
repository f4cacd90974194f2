import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import type { Locale } from '@trp/contracts';
import { maskEmail } from './mask-email';

export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  /** Plain text. May hold a secret link: it is sent, never logged. */
  readonly text: string;
  /** The HTML part (made from the text when absent). */
  readonly html?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** The language it is written in (the recipient's): the HTML part's `lang` and `Content-Language`. Default: English. */
  readonly locale?: Locale;
}

/** SMTP connections one instance keeps open at most (as many as a worker's batch sends side by side). */
export const MAIL_CONNECTIONS = 8;

/**
 * The SMTP transport: sends through SMTP_URL (from MAIL_FROM) when configured. Without SMTP it only logs
 * "mail to <masked recipient>: <subject>" — never the body, which may carry a link's token. Features do not call
 * it: they queue mail with MailOutboxService, whose `mail` job calls it.
 */
@Injectable()
export class MailService implements OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    // A pool of SMTP connections, reused from mail to mail (the workers send a batch side by side): no new
    // connection and greeting per mail. Options in SMTP_URL's query (`?pool=false`) take precedence.
    this.transport = config.smtpUrl ? createTransport({ url: config.smtpUrl, pool: true, maxConnections: MAIL_CONNECTIONS }) : undefined;
  }

  /** Whether mail really leaves the server (SMTP configured). */
  get delivers(): boolean {
    return this.transport !== undefined;
  }

  async send(message: MailMessage): Promise<void> {
    if (!this.transport) {
      this.logger.log(`mail to ${maskEmail(message.to)}: ${message.subject}`);
      return;
    }
    await this.transport.sendMail({
      from: this.config.mailFrom,
      to: message.to,
      subject: message.subject,
      text: message.text,
      ...(message.html && { html: message.html }),
      ...(message.headers && { headers: { ...message.headers } }),
    });
    this.logger.log(`mail sent to ${maskEmail(message.to)}: ${message.subject}`);
  }

  /** After the job workers stopped (they stop in onModuleDestroy). */
  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
