import type { MailMessage } from '../mail/mail.service';

export interface DailySummaryCounts {
  readonly readyToReview: number;
  readonly overdue: number;
  readonly sessionsToday: number;
}

/**
 * The counselor's opt-in morning summary: counts only (no client names, no couple labels, no answers, no link
 * token), a neutral subject, and where to sign in.
 */
export function dailySummaryMail(facts: { to: string; counselorName: string; practiceName: string; signInUrl: string; counts: DailySummaryCounts }): MailMessage {
  const { readyToReview, overdue, sessionsToday } = facts.counts;
  return {
    to: facts.to,
    subject: 'Your morning summary',
    text: [
      `Good morning ${facts.counselorName || facts.to},`,
      '',
      'Here is where your caseload stands today:',
      `- Ready to review: ${readyToReview}`,
      `- Overdue: ${overdue}`,
      `- Sessions today: ${sessionsToday}`,
      '',
      'Sign in to see the details on your home page:',
      facts.signInUrl,
      '',
      'This email holds no names and no answers, on purpose. To stop it, turn off the morning summary in your preferences.',
      '',
      facts.practiceName,
    ].join('\n'),
  };
}
