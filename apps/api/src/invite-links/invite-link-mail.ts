import type { MailMessage } from '../mail/mail.service';

export interface InviteMailFacts {
  readonly to: string;
  readonly partnerName: string;
  readonly counselorName: string;
  readonly practiceName: string;
  readonly url: string;
  readonly expiresAt: Date;
}

/** The mail that carries a partner's personal link: kind, plain, short; no clinical content. */
export function inviteLinkMail(facts: InviteMailFacts): MailMessage {
  const until = facts.expiresAt.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return {
    to: facts.to,
    subject: `Your private link from ${facts.practiceName}`,
    text: [
      `Hello ${facts.partnerName},`,
      '',
      `${facts.counselorName} at ${facts.practiceName} has set up a private space for the exercises you will do between sessions.`,
      '',
      'Open your personal link on your phone or computer:',
      facts.url,
      '',
      `The link is just for you, so please keep it to yourself. Your partner gets their own. It works until ${until}. If it stops working, ask your counselor for a new one.`,
      '',
      'There is no password and nothing to install. Your answers are saved as you type, so you can stop and come back whenever you like.',
      '',
      'Take care,',
      facts.practiceName,
      '',
      'If you did not expect this email, you can ignore it.',
    ].join('\n'),
  };
}
