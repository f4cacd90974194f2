import type { Locale } from '@trp/contracts';
import { composeMail, MailWords } from '../mail/mail-locale';
import type { MailMessage } from '../mail/mail.service';

export interface PasswordResetMailFacts {
  readonly to: string;
  /** The account's language (user_account.locale). */
  readonly locale: Locale;
  readonly displayName: string;
  readonly practiceName: string;
  /** The admin who sent it; absent when the person asked on the sign-in page. */
  readonly sentBy?: string;
  readonly url: string;
}

const WORDS: Record<Locale, (facts: PasswordResetMailFacts) => MailWords> = {
  en: (f) => ({
    subject: 'Reset your password',
    lines: [
      `Hello ${f.displayName || f.to},`,
      '',
      f.sentBy
        ? `${f.sentBy}, an admin at ${f.practiceName}, sent you a link to choose a new password for your Trust Repair Practice account.`
        : `Someone (we hope you) asked to reset the password of your Trust Repair Practice account at ${f.practiceName}.`,
      '',
      'To choose a new password, open this link:',
      f.url,
      '',
      'The link works for one hour and only once. Choosing a new password signs you out on every device.',
      '',
      'If you did not ask for this, you can ignore this email: your password stays as it is.',
      '',
      f.practiceName,
    ],
  }),
  es: (f) => ({
    subject: 'Restablece tu contraseña',
    lines: [
      `Hola, ${f.displayName || f.to}:`,
      '',
      f.sentBy
        ? `${f.sentBy}, de la administración de ${f.practiceName}, te envió un enlace para elegir una nueva contraseña de tu cuenta de Trust Repair Practice.`
        : `Alguien (esperamos que tú) pidió restablecer la contraseña de tu cuenta de Trust Repair Practice en ${f.practiceName}.`,
      '',
      'Para elegir una nueva contraseña, abre este enlace:',
      f.url,
      '',
      'El enlace funciona durante una hora y una sola vez. Al elegir una nueva contraseña, se cierra tu sesión en todos tus dispositivos.',
      '',
      'Si no lo pediste, puedes ignorar este correo: tu contraseña sigue igual.',
      '',
      f.practiceName,
    ],
  }),
};

/** The password reset mail: plain text, neutral subject, nothing about clients or relationships. */
export function passwordResetMail(facts: PasswordResetMailFacts): MailMessage {
  return composeMail(facts.to, facts.locale, WORDS[facts.locale](facts));
}
