import type { Locale } from '@trp/contracts';
import { composeMail, mailDate, MailWords } from '../mail/mail-locale';
import type { MailMessage } from '../mail/mail.service';

export interface InviteMailFacts {
  readonly to: string;
  /** The partner's language (partner.locale). */
  readonly locale: Locale;
  readonly partnerName: string;
  /** Absent when the counselor account is gone ("Your counselor"). */
  readonly counselorName?: string;
  readonly practiceName: string;
  readonly url: string;
  readonly expiresAt: Date;
}

const WORDS: Record<Locale, (facts: InviteMailFacts, until: string) => MailWords> = {
  en: (f, until) => ({
    subject: `Your private link from ${f.practiceName}`,
    lines: [
      `Hello ${f.partnerName},`,
      '',
      `${f.counselorName || 'Your counselor'} at ${f.practiceName} has set up a private space for the exercises you will do between sessions.`,
      '',
      'Open your personal link on your phone or computer:',
      f.url,
      '',
      `The link is just for you, so please keep it to yourself. Your partner gets their own. It works until ${until}. If it stops working, ask your counselor for a new one.`,
      '',
      'There is no password and nothing to install. Your answers are saved as you type, so you can stop and come back whenever you like.',
      '',
      'Take care,',
      f.practiceName,
      '',
      'If you did not expect this email, you can ignore it.',
    ],
  }),
  es: (f, until) => ({
    subject: `Tu enlace personal de ${f.practiceName}`,
    lines: [
      `Hola, ${f.partnerName}:`,
      '',
      `${f.counselorName || 'Tu terapeuta'}, de ${f.practiceName}, preparó un espacio privado para los ejercicios que harás entre sesiones.`,
      '',
      'Abre tu enlace personal en el teléfono o la computadora:',
      f.url,
      '',
      `El enlace es solo para ti, así que no lo compartas. Tu pareja recibe el suyo. Funciona hasta el ${until}. Si deja de funcionar, pídele uno nuevo a tu terapeuta.`,
      '',
      'No hay contraseña ni nada que instalar. Tus respuestas se guardan mientras escribes, así que puedes parar y volver cuando quieras.',
      '',
      'Cuídate,',
      f.practiceName,
      '',
      'Si no esperabas este correo, puedes ignorarlo.',
    ],
  }),
};

/** The mail that carries a partner's personal link: kind, plain, short; no clinical content. */
export function inviteLinkMail(facts: InviteMailFacts): MailMessage {
  const until = mailDate(facts.locale, facts.expiresAt, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return composeMail(facts.to, facts.locale, WORDS[facts.locale](facts, until));
}
