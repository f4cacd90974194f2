import type { Locale } from '@trp/contracts';
import { composeMail, mailDate, MailWords } from '../mail/mail-locale';
import type { MailMessage } from '../mail/mail.service';

export interface InvitationMailFacts {
  readonly to: string;
  /** The invited account's language (the practice's `defaultLocale` when it was invited). */
  readonly locale: Locale;
  readonly practiceName: string;
  /** The admin who invited; absent when that account is gone. */
  readonly invitedBy?: string;
  readonly url: string;
  readonly expiresAt: Date;
}

const WORDS: Record<Locale, (facts: InvitationMailFacts, until: string) => MailWords> = {
  en: (f, until) => ({
    subject: `Your account at ${f.practiceName}`,
    lines: [
      'Hello,',
      '',
      `${f.invitedBy || 'Your practice admin'} at ${f.practiceName} has made an account for you on Trust Repair Practice.`,
      '',
      'To choose your name and password, open this link:',
      f.url,
      '',
      `The link works once, until ${until}. If it stops working, ask ${f.invitedBy || 'your practice admin'} to send a new one.`,
      '',
      'If you did not expect this email, you can ignore it.',
      '',
      f.practiceName,
    ],
  }),
  es: (f, until) => ({
    subject: `Tu cuenta en ${f.practiceName}`,
    lines: [
      'Hola:',
      '',
      f.invitedBy
        ? `${f.invitedBy}, de ${f.practiceName}, te creó una cuenta en Trust Repair Practice.`
        : `En ${f.practiceName} te crearon una cuenta en Trust Repair Practice.`,
      '',
      'Para elegir tu nombre y tu contraseña, abre este enlace:',
      f.url,
      '',
      `El enlace funciona una sola vez, hasta el ${until}. Si deja de funcionar, pídele uno nuevo a ${f.invitedBy || 'la administración de tu consulta'}.`,
      '',
      'Si no esperabas este correo, puedes ignorarlo.',
      '',
      f.practiceName,
    ],
  }),
};

/** The staff invitation mail: plain, neutral subject, nothing about clients or relationships. */
export function invitationMail(facts: InvitationMailFacts): MailMessage {
  const until = mailDate(facts.locale, facts.expiresAt, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return composeMail(facts.to, facts.locale, WORDS[facts.locale](facts, until));
}
