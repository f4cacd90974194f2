import { normalizeText } from './normalize-text';

describe('normalizeText', () => {
  it('trims whitespace of every kind at both ends, and keeps it inside', () => {
    expect(normalizeText(' \t\n a  b \u00A0\u2003')).toBe('a  b');
  });

  it('removes NUL characters, even between spaces', () => {
    expect(normalizeText('\u0000 a\u0000b \u0000')).toBe('ab');
  });

  it('replaces lone surrogates and keeps real pairs', () => {
    expect(normalizeText('a\uD800b\uDC00c')).toBe('a\uFFFDb\uFFFDc');
    expect(normalizeText('\uD83D\uDE00')).toBe('😀');
    expect(normalizeText('\uD800\u0000\uDC00')).toBe('\uD800\uDC00');
  });

  it('changes nothing when applied twice', () => {
    for (const text of [
      ' x ',
      '\u0000 \uD800 ',
      'plain',
      '\uDBFF\uDBFF\uDFFF',
    ]) {
      expect(normalizeText(normalizeText(text))).toBe(normalizeText(text));
    }
  });
});
