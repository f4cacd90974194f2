import { HttpErrorResponse } from '@angular/common/http';
import { apiErrorOf, errorMessage, fieldErrors } from './api-error';

const answer = (status: number, error: unknown) => new HttpErrorResponse({ status, error });

describe('api errors', () => {
  it('reads the API error body', () => {
    expect(apiErrorOf(answer(409, { statusCode: 409, message: 'Last admin', error: 'Conflict' }))?.message).toBe('Last admin');
    expect(apiErrorOf(answer(409, 'text'))).toBeNull();
    expect(apiErrorOf(new Error('x'))).toBeNull();
  });

  it("shows the server's message for client errors and the fallback for server errors", () => {
    expect(errorMessage(answer(429, { statusCode: 429, message: 'Too many attempts', error: 'Too Many Requests' }), 'Oops')).toBe('Too many attempts.');
    expect(errorMessage(answer(500, { statusCode: 500, message: 'Internal', error: 'x' }), 'Oops')).toBe('Oops');
    expect(errorMessage(answer(0, null), 'Oops')).toMatch(/offline/);
  });

  it('maps field errors, first message per field', () => {
    const error = answer(400, {
      statusCode: 400,
      message: 'Invalid',
      error: 'Bad Request',
      errors: [
        { field: 'password', message: 'Too short' },
        { field: 'password', message: 'Too common' },
        { field: 'displayName', message: 'Required' },
      ],
    });
    expect(fieldErrors(error)).toEqual({ password: 'Too short.', displayName: 'Required.' });
  });

  it("prefers the message's fuller sentence for its one field, and strips a field name from list messages", () => {
    const mfa = answer(400, {
      statusCode: 400,
      message: 'code: the code is not correct. Check the time on your phone.',
      error: 'Bad Request',
      errors: [{ field: 'code', message: 'is not correct' }],
    });
    expect(fieldErrors(mfa)).toEqual({ code: 'The code is not correct. Check the time on your phone.' });
    expect(errorMessage(mfa, 'x')).toBe('The code is not correct. Check the time on your phone.');
    const pipe = answer(400, { statusCode: 400, message: 'x', error: 'Bad Request', errors: [{ field: 'displayName', message: 'displayName should not be empty' }] });
    expect(fieldErrors(pipe)).toEqual({ displayName: 'Should not be empty.' });
    const conflict = answer(409, { statusCode: 409, message: 'Note: not a field', error: 'Conflict' });
    expect(fieldErrors(conflict)).toEqual({});
  });
});
