import { EXERCISE_LOCALES } from '@trp/exercises';
import { LOCALES } from './locale';

describe('LOCALES', () => {
  it('are the languages exercise content comes in (kept apart only because @trp/exercises cannot import contracts)', () => {
    expect([...EXERCISE_LOCALES]).toEqual([...LOCALES]);
  });
});
