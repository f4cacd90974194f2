import type { MailMessage } from '../mail/mail.service';

export interface ReminderMailFacts {
  readonly to: string;
  readonly partnerName: string;
  readonly counselorName: string;
  readonly practiceName: string;
  /** Due dates of the exercises waiting for this partner (nothing else about them). */
  readonly dueDates: readonly Date[];
  readonly timeZone: string;
  readonly now: Date;
  readonly signInUrl: string;
  readonly unsubscribeUrl: string;
}

/**
 * A partner's reminder: that exercises from their counselor wait and when they are due — never the other
 * partner's progress, never answers, never the couple's label, no exercise titles; a neutral subject.
 */
export function reminderMail(facts: ReminderMailFacts): MailMessage {
  const date = (at: Date) => at.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: facts.timeZone });
  const count = facts.dueDates.length;
  const lines = [...facts.dueDates]
    .sort((a, b) => a.getTime() - b.getTime())
    .map((due) => `- ${due.getTime() < facts.now.getTime() ? 'was due' : 'due'} ${date(due)}`);
  return {
    to: facts.to,
    subject: 'A reminder: something is waiting for you',
    text: [
      `Hello ${facts.partnerName},`,
      '',
      `${facts.counselorName} has ${count === 1 ? 'an exercise' : `${count} exercises`} waiting for you:`,
      ...lines,
      '',
      'Open your space with this sign-in link:',
      facts.signInUrl,
      '',
      'This link works once, for 7 days. Your usual link keeps working too.',
      '',
      'Do it whenever suits you; your answers are saved as you type.',
      '',
      'To stop these reminders, open this address (or use the switch in your space):',
      facts.unsubscribeUrl,
      '',
      facts.practiceName,
    ].join('\n'),
    headers: { 'List-Unsubscribe': `<${facts.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
