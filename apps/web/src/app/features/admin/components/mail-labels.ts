import type { MailKind, MailStatus } from '@trp/contracts';

const KIND_LABELS: Record<MailKind, string> = {
  staff_invitation: $localize`:@@admin.mail.kindStaffInvitation:Staff invitation`,
  invite_link: $localize`:@@admin.mail.kindInviteLink:Personal link for a client`,
  password_reset: $localize`:@@admin.mail.kindPasswordReset:Password reset`,
  reminder: $localize`:@@admin.mail.kindReminder:Reminder to a client`,
  safety_alert: $localize`:@@admin.mail.kindSafetyAlert:Alert to a counselor`,
  daily_summary: $localize`:@@admin.mail.kindDailySummary:Morning summary to a counselor`,
};

const STATUS_LABELS: Record<MailStatus, string> = {
  queued: $localize`:@@admin.mail.statusQueued:Waiting to send`,
  sent: $localize`:@@admin.mail.statusSent:Sent`,
  failed: $localize`:@@admin.mail.statusFailed:Not sent`,
};

export function mailKindLabel(kind: MailKind): string {
  return KIND_LABELS[kind] ?? kind;
}

export function mailStatusLabel(status: MailStatus): string {
  return STATUS_LABELS[status] ?? status;
}
