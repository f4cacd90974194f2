import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { maskEmail } from './mask-email';

export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  /** Plain text. May hold a secret link: it is sent, never logged. */
  readonly text: string;
}

/**
 * Sends mail through SMTP_URL (from MAIL_FROM) when configured. Without SMTP it only logs
 * "mail to <masked recipient>: <subject>" — never the body, which may carry a link's token.
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl) : undefined;
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
    await this.transport.sendMail({ from: this.config.mailFrom, to: message.to, subject: message.subject, text: message.text });
    this.logger.log(`mail sent to ${maskEmail(message.to)}: ${message.subject}`);
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
