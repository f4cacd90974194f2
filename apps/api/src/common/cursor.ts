import { BadRequestException } from '@nestjs/common';
import { errorBody } from './error-body';

/** A keyset position: the sort value of the last item and its id (the tie-breaker). */
export type CursorKey = readonly [value: string | number | null, id: string];

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** Decodes `?cursor=`; anything not made by encodeCursor is a 400 naming the field. */
export function decodeCursor(cursor: string): CursorKey {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      (value[0] === null || typeof value[0] === 'string' || typeof value[0] === 'number') &&
      typeof value[1] === 'string'
    ) {
      return [value[0], value[1]];
    }
  } catch {
    // fall through
  }
  throw invalidCursor();
}

/** The 400 for a cursor this API did not make. */
export function invalidCursor(): BadRequestException {
  return new BadRequestException(
    errorBody(400, 'cursor: is not a valid cursor; pass back the nextCursor of the previous page', {
      errors: [{ field: 'cursor', message: 'is not a valid cursor' }],
    }),
  );
}
