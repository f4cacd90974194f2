import { nestsDeeperThan } from './json-depth';

describe('nestsDeeperThan', () => {
  it('counts arrays and objects, not brackets inside strings', () => {
    expect(nestsDeeperThan('{"a":[{"b":1}]}', 3)).toBe(false);
    expect(nestsDeeperThan('{"a":[{"b":[1]}]}', 3)).toBe(true);
    expect(nestsDeeperThan(JSON.stringify({ text: '[[[[[[[[[[{{{{{{' }), 2)).toBe(false);
    expect(nestsDeeperThan(JSON.stringify({ text: 'a quote \\" then [[[[' }), 1)).toBe(false);
  });

  it('reads 10,000 levels without overflowing the stack', () => {
    expect(nestsDeeperThan('['.repeat(10_000) + ']'.repeat(10_000), 64)).toBe(true);
  });
});
