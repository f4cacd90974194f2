import {
  DEFAULT_LIMITS,
  maxItemsOf,
  maxLengthOf,
  scaleRangeOf,
} from './limits';
import type { Field } from './model';

const field = (type: Field['type'], extra: Partial<Field> = {}): Field => ({
  id: 'f',
  type,
  label: 'F',
  ...extra,
});

describe('limits', () => {
  it('uses the limits a field states', () => {
    expect(maxLengthOf(field('longText', { maxLength: 12 }))).toBe(12);
    expect(maxItemsOf(field('list', { maxItems: 4 }))).toBe(4);
    expect(scaleRangeOf(field('scale', { min: 0, max: 5 }))).toEqual({
      min: 0,
      max: 5,
    });
  });

  it('falls back to bounded defaults per type', () => {
    expect(maxLengthOf(field('longText'))).toBe(4000);
    expect(maxLengthOf(field('shortText'))).toBe(300);
    expect(maxLengthOf(field('list'))).toBe(300);
    expect(maxItemsOf(field('list'))).toBe(10);
    expect(maxItemsOf(field('iStatement'))).toBe(3);
    expect(maxItemsOf(field('emotions'))).toBe(11);
    expect(maxItemsOf(field('feelingsTable'))).toBe(
      DEFAULT_LIMITS.emotionsMaxItems,
    );
    expect(scaleRangeOf(field('scale'))).toEqual({ min: 1, max: 10 });
  });
});
