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
  readonly suggestion: string;
}

const RULES: readonly Rule[] = [
  {
    pattern: `you(?:${APOSTROPHE}re|\\s+are)?\\s+always`,
    suggestion:
      'Try describing one time it happened and how you felt, rather than what your partner always does.',
  },
  {
    pattern: `you(?:${APOSTROPHE}re|\\s+are)?\\s+never`,
    suggestion:
      'Try saying what you missed and what you would like, rather than what your partner never does.',
  },
  {
    pattern: `(?:it${APOSTROPHE}?s|that${APOSTROPHE}?s|(?:it|that)\\s+(?:is|was)|this\\s+is)\\s+(?:all\\s+)?your\\s+fault`,
    suggestion:
      'Try saying how this has affected you, rather than whose fault it is.',
  },
  {
    pattern: 'you\\s+(?:make|made)\\s+me',
    suggestion:
      'Try starting with "I feel …". Your feelings are yours to name, and that is easier for your partner to hear.',
  },
  {
    pattern: 'because\\s+of\\s+you',
    suggestion:
      'Try describing what happened and how you felt, rather than pointing to your partner as the cause.',
  },
  {
    pattern: `you\\s+should(?:\\s+have|${APOSTROPHE}ve)`,
    suggestion:
      'Try saying what you needed then, or what you would like next time.',
  },
];

const MATCHERS = RULES.map((rule) => ({
  regex: new RegExp(`${WORD_START}${rule.pattern}${WORD_END}`, 'giu'),
  suggestion: rule.suggestion,
}));

/**
 * Finds phrasing that may sound like blame ("you always", "you never", "it's your fault", …),
 * case-insensitively, whatever the apostrophes and spacing. Spans do not overlap and come in
 * text order. Meant as a gentle hint while someone types, never as a validation error.
 */
export function findBlamingPhrases(text: string): readonly BlamingPhrase[] {
  const found: BlamingPhrase[] = [];
  for (const { regex, suggestion } of MATCHERS) {
    for (const match of text.matchAll(regex)) {
      found.push({
        start: match.index,
        end: match.index + match[0].length,
        phrase: match[0],
        suggestion,
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
