import { BadRequestException } from '@nestjs/common';
import { decodeCursor, encodeCursor } from './cursor';

describe('cursor', () => {
  it('round-trips a key', () => {
    expect(decodeCursor(encodeCursor(['smith', 'a1']))).toEqual(['smith', 'a1']);
    expect(decodeCursor(encodeCursor([42, 'b2']))).toEqual([42, 'b2']);
  });

  it('refuses anything else with a 400 naming the field', () => {
    for (const bad of ['', 'not-base64!', Buffer.from('{"a":1}').toString('base64url'), Buffer.from('[1,2]').toString('base64url')]) {
      expect(() => decodeCursor(bad)).toThrow(BadRequestException);
    }
  });
});
