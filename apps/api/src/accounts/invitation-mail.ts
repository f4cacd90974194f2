import type { MailMessage } from '../mail/mail.service';

export interface InvitationMailFacts {
  readonly to: string;
  readonly practiceName: string;
  readonly invitedBy: string;
  readonly url: string;
  readonly expiresAt: Date;
}

/** The staff invitation mail: plain, neutral subject, nothing about clients or relationships. */
export function invitationMail(facts: InvitationMailFacts): MailMessage {
  const until = facts.expiresAt.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return {
    to: facts.to,
    subject: `Your account at ${facts.practiceName}`,
    text: [
      'Hello,',
      '',
      `${facts.invitedBy} at ${facts.practiceName} has made an account for you on Trust Repair Practice.`,
      '',
      'To choose your name and password, open this link:',
      facts.url,
      '',
      `The link works once, until ${until}. If it stops working, ask ${facts.invitedBy} to send a new one.`,
      '',
      'If you did not expect this email, you can ignore it.',
      '',
      facts.practiceName,
    ].join('\n'),
  };
}
