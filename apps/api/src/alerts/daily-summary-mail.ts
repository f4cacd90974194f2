import type { Locale } from '@trp/contracts';
import { composeMail, MailWords } from '../mail/mail-locale';
import type { MailMessage } from '../mail/mail.service';

export interface DailySummaryCounts {
  readonly readyToReview: number;
  readonly overdue: number;
  readonly sessionsToday: number;
}

export interface DailySummaryMailFacts {
  readonly to: string;
  /** The counselor's language (user_account.locale). */
  readonly locale: Locale;
  readonly counselorName: string;
  readonly practiceName: string;
  readonly signInUrl: string;
  readonly counts: DailySummaryCounts;
}

const WORDS: Record<Locale, (facts: DailySummaryMailFacts) => MailWords> = {
  en: (f) => ({
    subject: 'Your morning summary',
    lines: [
      `Good morning ${f.counselorName || f.to},`,
      '',
      'Here is where your caseload stands today:',
      `- Ready to review: ${f.counts.readyToReview}`,
      `- Overdue: ${f.counts.overdue}`,
      `- Sessions today: ${f.counts.sessionsToday}`,
      '',
      'Sign in to see the details on your home page:',
      f.signInUrl,
      '',
      'This email holds no names and no answers, on purpose. To stop it, turn off the morning summary in your preferences.',
      '',
      f.practiceName,
    ],
  }),
  es: (f) => ({
    subject: 'Tu resumen de la mañana',
    lines: [
      `Buenos días, ${f.counselorName || f.to}:`,
      '',
      'Así están tus casos hoy:',
      `- Para revisar: ${f.counts.readyToReview}`,
      `- Atrasados: ${f.counts.overdue}`,
      `- Sesiones de hoy: ${f.counts.sessionsToday}`,
      '',
      'Inicia sesión para ver los detalles en tu página de inicio:',
      f.signInUrl,
      '',
      'Este correo no incluye nombres ni respuestas, a propósito. Para dejar de recibirlo, desactiva el resumen de la mañana en tus preferencias.',
      '',
      f.practiceName,
    ],
  }),
};

/**
 * The counselor's opt-in morning summary: counts only (no client names, no couple labels, no answers, no link
 * token), a neutral subject, and where to sign in.
 */
export function dailySummaryMail(facts: DailySummaryMailFacts): MailMessage {
  return composeMail(facts.to, facts.locale, WORDS[facts.locale](facts));
}
