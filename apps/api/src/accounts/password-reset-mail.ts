import type { MailMessage } from '../mail/mail.service';

export interface PasswordResetMailFacts {
  readonly to: string;
  readonly displayName: string;
  readonly practiceName: string;
  /** The admin who sent it; absent when the person asked on the sign-in page. */
  readonly sentBy?: string;
  readonly url: string;
}

/** The password reset mail: plain text, neutral subject, nothing about clients or relationships. */
export function passwordResetMail(facts: PasswordResetMailFacts): MailMessage {
  const why = facts.sentBy
    ? `${facts.sentBy}, an admin at ${facts.practiceName}, sent you a link to choose a new password for your Trust Repair Practice account.`
    : `Someone (we hope you) asked to reset the password of your Trust Repair Practice account at ${facts.practiceName}.`;
  return {
    to: facts.to,
    subject: 'Reset your password',
    text: [
      `Hello ${facts.displayName || facts.to},`,
      '',
      why,
      '',
      'To choose a new password, open this link:',
      facts.url,
      '',
      'The link works for one hour and only once. Choosing a new password signs you out on every device.',
      '',
      'If you did not ask for this, you can ignore this email: your password stays as it is.',
      '',
      facts.practiceName,
    ].join('\n'),
  };
}
