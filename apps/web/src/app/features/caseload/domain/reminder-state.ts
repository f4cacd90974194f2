import type { PartnerView } from '@trp/contracts';
import type { IconName } from '@trp/web-ui';

export interface ReminderState {
  readonly on: boolean;
  readonly icon: IconName;
  readonly text: string;
}

/**
 * Whether a partner gets reminder emails, in words for the couple page: only with an email address, their own
 * switch on and the practice sending reminders. Null for an erased partner (nothing to say).
 */
export function reminderState(partner: PartnerView, practiceSends: boolean): ReminderState | null {
  if (partner.erasedAt) return null;
  if (!partner.email) return { on: false, icon: 'notifications_off', text: $localize`:@@caseload.reminders.no-email:No reminders: no email address` };
  if (!partner.remindersEnabled) return { on: false, icon: 'notifications_off', text: $localize`:@@caseload.reminders.turned-off:Reminders off (turned off by ${partner.displayName}:name:)` };
  if (!practiceSends) return { on: false, icon: 'notifications_off', text: $localize`:@@caseload.reminders.practice-off:Reminders off for the whole practice` };
  return { on: true, icon: 'notifications_active', text: $localize`:@@caseload.reminders.on:Reminders on` };
}
