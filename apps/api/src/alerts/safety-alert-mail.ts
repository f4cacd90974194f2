import type { MailMessage } from '../mail/mail.service';

/**
 * The counselor's alert after a flagged safety check: no client names, no answers, no couple label, no link token;
 * only that something needs a look and where to sign in.
 */
export function safetyAlertMail(facts: { to: string; counselorName: string; practiceName: string; signInUrl: string }): MailMessage {
  return {
    to: facts.to,
    subject: 'Something in your caseload needs a look',
    text: [
      `Hello ${facts.counselorName || facts.to},`,
      '',
      'An exercise submitted just now includes an answer your practice asked to be told about at once.',
      'Please sign in to see it under "Safety concerns" on your home page:',
      facts.signInUrl,
      '',
      'This email holds no names and no answers, on purpose.',
      '',
      facts.practiceName,
    ].join('\n'),
  };
}
