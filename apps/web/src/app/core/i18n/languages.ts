import type { Locale } from '@trp/contracts';

/** The languages offered, each named in itself so a person who cannot read the current one still finds theirs. */
export const LANGUAGES: readonly { readonly locale: Locale; readonly name: string }[] = [
  { locale: 'en', name: 'English' },
  { locale: 'es', name: 'Español' },
];
