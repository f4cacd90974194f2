import type { Locale } from '@trp/contracts';
import type { MailMessage } from './mail.service';

/** What a mail says in one language: its subject and its lines (the plain text, one entry a line). */
export interface MailWords {
  readonly subject: string;
  readonly lines: readonly string[];
}

/** A date as a reader of `locale` writes it ("30 June 2026", "30 de junio de 2026"). */
export function mailDate(locale: Locale, at: Date, options: Intl.DateTimeFormatOptions): string {
  return at.toLocaleDateString(locale === 'es' ? 'es' : 'en-GB', options);
}

/** The one shape of every mail: the recipient, the language it is written in, its words, any extra headers. */
export function composeMail(to: string, locale: Locale, words: MailWords, headers?: Readonly<Record<string, string>>): MailMessage {
  return { to, locale, subject: words.subject, text: words.lines.join('\n'), ...(headers && { headers }) };
}
