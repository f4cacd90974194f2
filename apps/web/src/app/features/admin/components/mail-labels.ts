import type { MailKind, MailStatus } from '@trp/contracts';

const KIND_LABELS: Record<MailKind, string> = {
  staff_invitation: 'Staff invitation',
  invite_link: 'Personal link for a client',
  password_reset: 'Password reset',
  reminder: 'Reminder to a client',
  safety_alert: 'Alert to a counselor',
  daily_summary: 'Morning summary to a counselor',
};

const STATUS_LABELS: Record<MailStatus, string> = { queued: 'Waiting to send', sent: 'Sent', failed: 'Not sent' };

export function mailKindLabel(kind: MailKind): string {
  return KIND_LABELS[kind] ?? kind;
}

export function mailStatusLabel(status: MailStatus): string {
  return STATUS_LABELS[status] ?? status;
}
