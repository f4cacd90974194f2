/** The admin's mail log (GET /api/admin/mail). */
export const MAIL_STATUSES = ['queued', 'sent', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

export const MAIL_KINDS = ['staff_invitation', 'invite_link', 'password_reset', 'reminder', 'safety_alert', 'daily_summary'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

export interface MailLogItem {
  readonly id: string;
  readonly kind: MailKind;
  readonly to: string;
  readonly status: MailStatus;
  readonly attempts: number;
  readonly createdAt: string;
  readonly sentAt?: string;
  readonly lastError?: string;
  /** Only on the embedded demo without SMTP_URL: what would have gone out (links shown as a placeholder). */
  readonly text?: string;
}

export interface MailLogQuery {
  readonly status?: MailStatus;
  readonly limit?: number;
  readonly cursor?: string;
}
