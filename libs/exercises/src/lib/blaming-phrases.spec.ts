import { findBlamingPhrases } from './blaming-phrases';

function phrases(text: string): string[] {
  return findBlamingPhrases(text).map((span) => span.phrase);
}

describe('findBlamingPhrases', () => {
  it.each([
    ['You always come home late.', 'You always'],
    ['you never listen', 'you never'],
    ["It's your fault we're here", "It's your fault"],
    ['its your fault', 'its your fault'],
    ['It is all your fault', 'It is all your fault'],
    ["That's your fault", "That's your fault"],
    ['You make me feel small', 'You make me'],
    ['you made me lie', 'you made me'],
    ['I left because of you', 'because of you'],
    ['You should have told me', 'You should have'],
    ['you should’ve called', 'you should’ve'],
    ["You're always on your phone", "You're always"],
    ['you are never home', 'you are never'],
  ])('finds blame in %p', (text, phrase) => {
    expect(phrases(text)).toEqual([phrase]);
  });

  it('ignores case, curly apostrophes and extra spaces', () => {
    expect(phrases('YOU   ALWAYS')).toEqual(['YOU   ALWAYS']);
    expect(phrases('It’s your fault')).toEqual(['It’s your fault']);
    expect(phrases('it‘s  your\nfault')).toEqual(['it‘s  your\nfault']);
    expect(phrases('you\u00A0never')).toEqual(['you\u00A0never']);
  });

  it('respects word boundaries', () => {
    expect(phrases('you neverland')).toEqual([]);
    expect(phrases('bayou always flooded')).toEqual([]);
    expect(phrases('because of your work')).toEqual([]);
    expect(phrases('you alwaysss')).toEqual([]);
    expect(phrases('you make meatballs')).toEqual([]);
  });

  it('does not flag kind or "I" phrasing', () => {
    expect(phrases("It's not your fault.")).toEqual([]);
    expect(phrases('I feel hurt when plans change without a message.')).toEqual(
      [],
    );
    expect(phrases('')).toEqual([]);
  });

  it('gives positions that slice back to the phrase, in text order, with a gentle suggestion', () => {
    const text =
      '😀 Because of you I cry, and you never ask. You always forget.';
    const spans = findBlamingPhrases(text);
    expect(spans.map((span) => span.phrase)).toEqual([
      'Because of you',
      'you never',
      'You always',
    ]);
    for (const span of spans) {
      expect(text.slice(span.start, span.end)).toBe(span.phrase);
      expect(span.suggestion).toMatch(/^Try /);
    }
    expect(spans[0].start).toBe(3);
  });

  it('reports overlapping phrases once', () => {
    expect(phrases('because of you always')).toEqual(['because of you']);
  });

  it('suggests describing what happened for "you always"', () => {
    expect(findBlamingPhrases('you always')[0].suggestion).toBe(
      'Try describing one time it happened and how you felt, rather than what your partner always does.',
    );
  });
});

describe('findBlamingPhrases in Spanish', () => {
  it.each([
    ['Tú siempre llegas tarde.', 'Tú siempre'],
    ['siempre me ignoras', 'siempre me ignoras'],
    ['Nunca escuchas', 'Nunca escuchas'],
    ['tu nunca estas', 'tu nunca'],
    ['Es tu culpa que estemos aquí', 'Es tu culpa'],
    ['fue todo culpa tuya', 'fue todo culpa tuya'],
    ['la culpa es tuya', 'la culpa es tuya'],
    ['Me haces sentir poca cosa', 'Me haces'],
    ['me hiciste mentir', 'me hiciste'],
    ['Me fui por tu culpa', 'por tu culpa'],
    ['Deberías haberme avisado', 'Deberías haberme'],
    ['tendrías que haber llamado', 'tendrías que haber'],
    ['debiste decírmelo', 'debiste'],
    ['tenias que haber llamado', 'tenias que haber'],
  ])('finds blame in %p', (text, phrase) => {
    expect(phrases(text)).toEqual([phrase]);
  });

  it('does not flag kind or "yo" phrasing', () => {
    expect(phrases('No es tu culpa.')).toEqual([]);
    expect(phrases('Nunca fue tu culpa')).toEqual([]);
    expect(phrases('Me siento mal cuando cambian los planes sin avisar.')).toEqual([]);
    expect(phrases('Siempre pienso en lo que pasó')).toEqual([]);
    expect(phrases('nunca más quiero sentirme así')).toEqual([]);
    expect(phrases('quiero que siempre estemos bien')).toEqual([]);
  });

  it('gives the suggestion in the locale asked for, whatever the language of the text', () => {
    expect(findBlamingPhrases('tú siempre', 'es')[0]?.suggestion).toBe(
      'Intenta contar una vez en que pasó y cómo te sentiste, en lugar de lo que tu pareja hace siempre.',
    );
    expect(findBlamingPhrases('tú siempre')[0]?.suggestion).toMatch(/^Try /);
    expect(findBlamingPhrases('you never', 'es')[0]?.suggestion).toMatch(/^Intenta /);
  });
});
