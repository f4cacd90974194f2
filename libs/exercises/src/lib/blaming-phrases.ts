import type { ExerciseLocale } from './locale';

/** A phrase in a text that may sound like blame, with a gentle idea for rewording it. */
export interface BlamingPhrase {
  /** Index of the first UTF-16 code unit of the phrase in the text (as `String.prototype.slice` counts). */
  readonly start: number;
  /** Index just after the phrase: `text.slice(start, end) === phrase`. */
  readonly end: number;
  /** The phrase exactly as written. */
  readonly phrase: string;
  readonly suggestion: string;
}

/** Straight, curly and look-alike apostrophes. */
const APOSTROPHE = "['\u2018\u2019\u02BC\u0060\u00B4]";
/** Not in the middle of a word: "you neverland" is no match. */
const WORD_START = '(?<![\\p{L}\\p{N}_])';
const WORD_END = '(?![\\p{L}\\p{N}_])';

interface Rule {
  readonly pattern: string;
  /** The idea for rewording, in each language of the form (a rule matches whatever the language of the text). */
  readonly suggestion: Readonly<Record<ExerciseLocale, string>>;
}

const ALWAYS: Rule['suggestion'] = {
  en: 'Try describing one time it happened and how you felt, rather than what your partner always does.',
  es: 'Intenta contar una vez en que pasó y cómo te sentiste, en lugar de lo que tu pareja hace siempre.',
};
const NEVER: Rule['suggestion'] = {
  en: 'Try saying what you missed and what you would like, rather than what your partner never does.',
  es: 'Intenta decir lo que extrañaste y lo que te gustaría, en lugar de lo que tu pareja nunca hace.',
};
const FAULT: Rule['suggestion'] = {
  en: 'Try saying how this has affected you, rather than whose fault it is.',
  es: 'Intenta decir cómo te ha afectado esto, en lugar de quién tiene la culpa.',
};
const MAKE_ME: Rule['suggestion'] = {
  en: 'Try starting with "I feel …". Your feelings are yours to name, and that is easier for your partner to hear.',
  es: 'Intenta empezar con «Me siento …». Hablar de lo que tú sientes hace que a tu pareja le sea más fácil escucharte.',
};
const BECAUSE_OF_YOU: Rule['suggestion'] = {
  en: 'Try describing what happened and how you felt, rather than pointing to your partner as the cause.',
  es: 'Intenta contar qué pasó y cómo te sentiste, en lugar de señalar a tu pareja como la causa.',
};
const SHOULD_HAVE: Rule['suggestion'] = {
  en: 'Try saying what you needed then, or what you would like next time.',
  es: 'Intenta decir lo que necesitabas en ese momento, o lo que te gustaría la próxima vez.',
};

/** A Spanish verb in the second person singular ("llegas", "estás", "escuchas"), not "más". */
const ES_YOU_VERB = '(?![mM][aáAÁ]s(?![\\p{L}]))\\p{L}+(?:as|es|ás|és)';

const RULES: readonly Rule[] = [
  { pattern: `you(?:${APOSTROPHE}re|\\s+are)?\\s+always`, suggestion: ALWAYS },
  { pattern: `you(?:${APOSTROPHE}re|\\s+are)?\\s+never`, suggestion: NEVER },
  {
    pattern: `(?:it${APOSTROPHE}?s|that${APOSTROPHE}?s|(?:it|that)\\s+(?:is|was)|this\\s+is)\\s+(?:all\\s+)?your\\s+fault`,
    suggestion: FAULT,
  },
  { pattern: 'you\\s+(?:make|made)\\s+me', suggestion: MAKE_ME },
  { pattern: 'because\\s+of\\s+you', suggestion: BECAUSE_OF_YOU },
  { pattern: `you\\s+should(?:\\s+have|${APOSTROPHE}ve)`, suggestion: SHOULD_HAVE },
  // Spanish, with or without accents (people type fast on phones).
  { pattern: `(?:t[uú]\\s+siempre|siempre\\s+(?:me\\s+|nos\\s+)?${ES_YOU_VERB})`, suggestion: ALWAYS },
  { pattern: `(?:t[uú]\\s+nunca|nunca\\s+(?:me\\s+|nos\\s+)?${ES_YOU_VERB})`, suggestion: NEVER },
  {
    // Not "no es tu culpa", "nunca fue tu culpa": those are kind.
    pattern: '(?<!(?:^|[^\\p{L}])(?:no|nunca)\\s+)(?:(?:es|fue|era|ha\\s+sido)\\s+(?:todo\\s+|toda\\s+)?(?:tu\\s+culpa|culpa\\s+tuya)|la\\s+culpa\\s+(?:es|fue)\\s+tuya)',
    suggestion: FAULT,
  },
  { pattern: 'me\\s+(?:haces|hiciste|has\\s+hecho)', suggestion: MAKE_ME },
  { pattern: '(?:por\\s+tu\\s+culpa|por\\s+culpa\\s+tuya|a\\s+causa\\s+de\\s+ti)', suggestion: BECAUSE_OF_YOU },
  {
    pattern: '(?:deber[ií]as\\s+|tendr[ií]as\\s+que\\s+|ten[ií]as\\s+que\\s+)haber(?:me|nos|lo|la|le|los|las|les)?|debiste',
    suggestion: SHOULD_HAVE,
  },
];

const MATCHERS = RULES.map((rule) => ({
  regex: new RegExp(`${WORD_START}${rule.pattern}${WORD_END}`, 'giu'),
  suggestion: rule.suggestion,
}));

/**
 * Finds phrasing that may sound like blame ("you always", "you never", "it's your fault", …; in Spanish "tú siempre",
 * "nunca me escuchas", "es tu culpa", …), with the suggestion in `locale`,
 * case-insensitively, whatever the apostrophes and spacing. Spans do not overlap and come in
 * text order. Meant as a gentle hint while someone types, never as a validation error.
 */
export function findBlamingPhrases(text: string, locale: ExerciseLocale = 'en'): readonly BlamingPhrase[] {
  const found: BlamingPhrase[] = [];
  for (const { regex, suggestion } of MATCHERS) {
    for (const match of text.matchAll(regex)) {
      found.push({
        start: match.index,
        end: match.index + match[0].length,
        phrase: match[0],
        suggestion: suggestion[locale],
      });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const spans: BlamingPhrase[] = [];
  for (const phrase of found) {
    const previous = spans[spans.length - 1];
    if (!previous || phrase.start >= previous.end) {
      spans.push(phrase);
    }
  }
  return spans;
}
