import type { Locale } from '@trp/contracts';
import { composeMail, mailDate, MailWords } from '../mail/mail-locale';
import type { MailMessage } from '../mail/mail.service';

export interface ReminderMailFacts {
  readonly to: string;
  /** The partner's language (partner.locale). */
  readonly locale: Locale;
  readonly partnerName: string;
  /** Absent when the counselor account is gone ("Your counselor"). */
  readonly counselorName?: string;
  readonly practiceName: string;
  /** Due dates of the exercises waiting for this partner (nothing else about them). */
  readonly dueDates: readonly Date[];
  readonly timeZone: string;
  readonly now: Date;
  readonly signInUrl: string;
  readonly unsubscribeUrl: string;
}

/** One line per waiting exercise: its due date, and whether that is past. */
interface Due {
  readonly date: string;
  readonly past: boolean;
}

const WORDS: Record<Locale, (facts: ReminderMailFacts, dues: readonly Due[]) => MailWords> = {
  en: (f, dues) => ({
    subject: 'A reminder: something is waiting for you',
    lines: [
      `Hello ${f.partnerName},`,
      '',
      `${f.counselorName || 'Your counselor'} has ${dues.length === 1 ? 'an exercise' : `${dues.length} exercises`} waiting for you:`,
      ...dues.map((due) => `- ${due.past ? 'was due' : 'due'} ${due.date}`),
      '',
      'Open your space with this sign-in link:',
      f.signInUrl,
      '',
      'This link works once, for 7 days. Your usual link keeps working too.',
      '',
      'Do it whenever suits you; your answers are saved as you type.',
      '',
      'To stop these reminders, open this address (or use the switch in your space):',
      f.unsubscribeUrl,
      '',
      f.practiceName,
    ],
  }),
  es: (f, dues) => ({
    subject: 'Un recordatorio: algo te espera',
    lines: [
      `Hola, ${f.partnerName}:`,
      '',
      `${f.counselorName || 'Tu terapeuta'} te dejó ${dues.length === 1 ? 'un ejercicio pendiente' : `${dues.length} ejercicios pendientes`}:`,
      ...dues.map((due) => `- ${due.past ? 'era para el' : 'para el'} ${due.date}`),
      '',
      'Entra a tu espacio con este enlace:',
      f.signInUrl,
      '',
      'Este enlace funciona una sola vez, durante 7 días. Tu enlace de siempre también sigue funcionando.',
      '',
      'Hazlo cuando te venga bien; tus respuestas se guardan mientras escribes.',
      '',
      'Para dejar de recibir estos recordatorios, abre esta dirección (o desactívalos en tu espacio):',
      f.unsubscribeUrl,
      '',
      f.practiceName,
    ],
  }),
};

/**
 * A partner's reminder: that exercises from their counselor wait and when they are due — never the other
 * partner's progress, never answers, never the couple's label, no exercise titles; a neutral subject.
 */
export function reminderMail(facts: ReminderMailFacts): MailMessage {
  const dues = [...facts.dueDates]
    .sort((a, b) => a.getTime() - b.getTime())
    .map((due) => ({
      date: mailDate(facts.locale, due, { weekday: 'long', day: 'numeric', month: 'long', timeZone: facts.timeZone }),
      past: due.getTime() < facts.now.getTime(),
    }));
  return composeMail(facts.to, facts.locale, WORDS[facts.locale](facts, dues), {
    'List-Unsubscribe': `<${facts.unsubscribeUrl}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  });
}
