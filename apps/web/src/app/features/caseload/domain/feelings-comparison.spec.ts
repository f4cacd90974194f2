import { type Answers, type EmotionAnswer, type EmotionKey, getDefinition } from '@trp/exercises';
import { compareFeelings, compareFeelingsTables, INTENSITY_GAP_THRESHOLD, intensityNotCompared } from './feelings-comparison';

const e = (emotion: EmotionKey, intensity: number): EmotionAnswer => ({ emotion, intensity });

describe('compareFeelings', () => {
  it('finds nothing to point out when the guess matches what was reported', () => {
    const result = compareFeelings([e('hurt', 8), e('anger', 5)], [e('anger', 5), e('hurt', 8)]);
    expect(result.differences).toEqual([]);
    expect(result.rows).toEqual([
      { emotion: 'anger', reported: 5, guessed: 5, reportedNamed: true, guessedNamed: true, difference: null, gap: 0 },
      { emotion: 'hurt', reported: 8, guessed: 8, reportedNamed: true, guessedNamed: true, difference: null, gap: 0 },
    ]);
  });

  it('flags an emotion the other reported that the guesser missed, ranked by its intensity', () => {
    const result = compareFeelings([e('anger', 4)], [e('anger', 4), e('fear', 7)]);
    expect(result.differences).toEqual([{ emotion: 'fear', reported: 7, reportedNamed: true, guessedNamed: false, difference: 'missed', gap: 7 }]);
  });

  it('flags an emotion the guesser picked that the other did not report', () => {
    const result = compareFeelings([e('guilt', 6), e('sadness', 3)], [e('sadness', 3)]);
    expect(result.differences).toEqual([{ emotion: 'guilt', guessed: 6, reportedNamed: false, guessedNamed: true, difference: 'not_reported', gap: 6 }]);
  });

  it(`flags an intensity off by ${INTENSITY_GAP_THRESHOLD} or more, in either direction, and not by less`, () => {
    const result = compareFeelings(
      [e('anger', 2), e('hurt', 10), e('regret', 5), e('shame', 4)],
      [e('anger', 5), e('hurt', 7), e('regret', 7), e('shame', 6)],
    );
    expect(result.differences.map((r) => [r.emotion, r.difference, r.gap])).toEqual([
      ['anger', 'intensity', 3],
      ['hurt', 'intensity', 3],
    ]);
    expect(result.rows.filter((r) => r.difference === null).map((r) => [r.emotion, r.gap])).toEqual([
      ['regret', 2],
      ['shame', 2],
    ]);
  });

  it('treats a missed or unreported emotion at intensity 0 as a difference with no weight', () => {
    const result = compareFeelings([e('fear', 0)], [e('remorse', 0)]);
    expect(result.differences).toEqual([
      { emotion: 'fear', guessed: 0, reportedNamed: false, guessedNamed: true, difference: 'not_reported', gap: 0 },
      { emotion: 'remorse', reported: 0, reportedNamed: true, guessedNamed: false, difference: 'missed', gap: 0 },
    ]);
  });

  it('orders differences largest first, ties in the vocabulary order, then the matches', () => {
    const result = compareFeelings(
      [e('shame', 5), e('anger', 9), e('hurt', 1)],
      [e('hurt', 9), e('anger', 9), e('sadness', 4), e('betrayal', 4)],
    );
    expect(result.rows.map((r) => [r.emotion, r.difference, r.gap])).toEqual([
      ['hurt', 'intensity', 8],
      ['shame', 'not_reported', 5],
      ['sadness', 'missed', 4],
      ['betrayal', 'missed', 4],
      ['anger', null, 0],
    ]);
  });

  it('counts a repeated emotion once (the first entry)', () => {
    const result = compareFeelings([e('hurt', 2), e('hurt', 9)], [e('hurt', 2)]);
    expect(result.rows).toEqual([{ emotion: 'hurt', reported: 2, guessed: 2, reportedNamed: true, guessedNamed: true, difference: null, gap: 0 }]);
  });

  it('keeps emotions added to the vocabulary later, after the known ones among equals', () => {
    const later = (emotion: string, intensity: number) => ({ emotion, intensity }) as unknown as EmotionAnswer;
    const result = compareFeelings([later('jealousy', 4), later('awe', 4), e('remorse', 4)], [later('jealousy', 4), later('awe', 4), e('remorse', 4)]);
    expect(result.rows.map((r) => r.emotion)).toEqual(['remorse', 'awe', 'jealousy']);
    expect(compareFeelings([later('jealousy', 4)], []).differences).toEqual([{ emotion: 'jealousy', guessed: 4, reportedNamed: false, guessedNamed: true, difference: 'not_reported', gap: 4 }]);
  });

  describe('an intensity left unset (an untouched slider is no answer)', () => {
    const named = (emotion: EmotionKey): EmotionAnswer => ({ emotion });

    it('is never a difference when both named the emotion, whatever the other side set', () => {
      const result = compareFeelings([named('hurt'), e('anger', 10)], [e('hurt', 2), named('anger')]);
      expect(result.differences).toEqual([]);
      expect(result.rows).toEqual([
        { emotion: 'anger', reportedNamed: true, guessedNamed: true, guessed: 10, difference: null, gap: 0 },
        { emotion: 'hurt', reportedNamed: true, guessedNamed: true, reported: 2, difference: null, gap: 0 },
      ]);
      expect(result.rows.every(intensityNotCompared)).toBe(true);
      expect(intensityNotCompared(compareFeelings([e('hurt', 2)], [e('hurt', 9)]).rows[0])).toBe(false);
    });

    it('still counts naming: a missed or unreported emotion without intensity is a difference of no weight', () => {
      const result = compareFeelings([named('fear'), e('guilt', 6)], [named('remorse')]);
      expect(result.differences).toEqual([
        { emotion: 'guilt', reportedNamed: false, guessedNamed: true, guessed: 6, difference: 'not_reported', gap: 6 },
        { emotion: 'fear', reportedNamed: false, guessedNamed: true, difference: 'not_reported', gap: 0 },
        { emotion: 'remorse', reportedNamed: true, guessedNamed: false, difference: 'missed', gap: 0 },
      ]);
    });
  });

  it('answers empty lists for two empty sides', () => {
    expect(compareFeelings([], [])).toEqual({ rows: [], differences: [] });
  });

  it('is not symmetric: each direction reads as guess against report', () => {
    const guess = [e('anger', 8)];
    const report = [e('sadness', 8)];
    expect(compareFeelings(guess, report).differences.map((r) => r.difference)).toEqual(['not_reported', 'missed']);
    expect(compareFeelings(report, guess).differences.map((r) => [r.emotion, r.difference])).toEqual([
      ['anger', 'missed'],
      ['sadness', 'not_reported'],
    ]);
  });
});

describe('compareFeelingsTables', () => {
  const definition = getDefinition('communicate-openly', 1);
  if (!definition) throw new Error('communicate-openly v1 must exist');

  const answers = (mine: EmotionAnswer[], partner: EmotionAnswer[]): Answers => ({ feelingsTable: { mine, partner } });

  it('compares both directions of each feelings table of the exercise', () => {
    const a = answers([e('hurt', 9), e('betrayal', 8)], [e('guilt', 7)]);
    const b = answers([e('guilt', 3), e('fear', 6)], [e('hurt', 9), e('betrayal', 8)]);
    const [table, ...others] = compareFeelingsTables(definition, a, b);
    expect(others).toEqual([]);
    expect(table.fieldId).toBe('feelingsTable');
    expect(table.label).toContain('What do you feel?');
    // A believed B feels guilt 7; B reported guilt 3 and fear 6.
    expect(table.aAboutB?.differences.map((r) => [r.emotion, r.difference])).toEqual([
      ['fear', 'missed'],
      ['guilt', 'intensity'],
    ]);
    // B guessed A exactly.
    expect(table.bAboutA?.differences).toEqual([]);
    expect(table.bAboutA?.rows).toHaveLength(2);
  });

  it('leaves a direction out when the guess or the report is missing or empty', () => {
    const onlyMine = answers([e('hurt', 9)], []);
    const full = answers([e('guilt', 5)], [e('hurt', 9)]);
    const [table] = compareFeelingsTables(definition, onlyMine, full);
    expect(table.aAboutB).toBeNull(); // A made no guess
    expect(table.bAboutA?.differences).toEqual([]); // B guessed hurt 9, A reported hurt 9

    const [skipped] = compareFeelingsTables(definition, {}, full);
    expect(skipped.aAboutB).toBeNull();
    expect(skipped.bAboutA).toBeNull();

    const [notSubmitted] = compareFeelingsTables(definition, undefined, full);
    expect(notSubmitted).toEqual({ fieldId: 'feelingsTable', label: table.label, aAboutB: null, bAboutA: null });
  });

  it('ignores malformed values instead of failing', () => {
    const broken = { feelingsTable: 'not a table' } as unknown as Answers;
    const halfBroken = { feelingsTable: { mine: [{ emotion: 'hurt', intensity: 'high' }, e('anger', 4)], partner: null } } as unknown as Answers;
    const [table] = compareFeelingsTables(definition, broken, halfBroken);
    expect(table.aAboutB).toBeNull();
    expect(table.bAboutA).toBeNull();
    const [other] = compareFeelingsTables(definition, answers([], [e('anger', 9)]), halfBroken);
    expect(other.aAboutB?.differences.map((r) => [r.emotion, r.difference, r.gap])).toEqual([['anger', 'intensity', 5]]);
  });

  it('has nothing to compare in an exercise without a feelings table', () => {
    const acknowledge = getDefinition('acknowledge-the-breach', 1);
    expect(acknowledge && compareFeelingsTables(acknowledge, {}, {})).toEqual([]);
  });
});
