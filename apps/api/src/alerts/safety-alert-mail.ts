import type { Locale } from '@trp/contracts';
import { composeMail, MailWords } from '../mail/mail-locale';
import type { MailMessage } from '../mail/mail.service';

export interface SafetyAlertMailFacts {
  readonly to: string;
  /** The counselor's language (user_account.locale). */
  readonly locale: Locale;
  readonly counselorName: string;
  readonly practiceName: string;
  readonly signInUrl: string;
}

const WORDS: Record<Locale, (facts: SafetyAlertMailFacts) => MailWords> = {
  en: (f) => ({
    subject: 'Something in your caseload needs a look',
    lines: [
      `Hello ${f.counselorName || f.to},`,
      '',
      'An exercise submitted just now includes an answer your practice asked to be told about at once.',
      'Please sign in to see it under "Safety concerns" on your home page:',
      f.signInUrl,
      '',
      'This email holds no names and no answers, on purpose.',
      '',
      f.practiceName,
    ],
  }),
  es: (f) => ({
    subject: 'Hay algo en tus casos que necesita tu atención',
    lines: [
      `Hola, ${f.counselorName || f.to}:`,
      '',
      'Se acaba de enviar un ejercicio con una respuesta de la que tu consulta pidió aviso inmediato.',
      'Inicia sesión para verla en las alertas de seguridad de tu página de inicio:',
      f.signInUrl,
      '',
      'Este correo no incluye nombres ni respuestas, a propósito.',
      '',
      f.practiceName,
    ],
  }),
};

/**
 * The counselor's alert after a flagged safety check: no client names, no answers, no couple label, no link token;
 * only that something needs a look and where to sign in.
 */
export function safetyAlertMail(facts: SafetyAlertMailFacts): MailMessage {
  return composeMail(facts.to, facts.locale, WORDS[facts.locale](facts));
}
