import { maskEmail } from './mask-email';

describe('maskEmail', () => {
  it('keeps the first letter and the domain only', () => {
    expect(maskEmail('maya.ortiz@example.org')).toBe('m…@example.org');
    expect(maskEmail('a@b.c')).toBe('a…@b.c');
  });

  it('shows nothing of something that is not an address', () => {
    expect(maskEmail('nobody')).toBe('…');
    expect(maskEmail('@example.org')).toBe('…');
  });
});
