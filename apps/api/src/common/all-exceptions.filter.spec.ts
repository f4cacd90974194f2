import { ArgumentsHost, HttpStatus, Logger, ServiceUnavailableException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { DatabaseUnavailableError } from '../database/database-unavailable';
import { AllExceptionsFilter, DATABASE_RETRY_AFTER_SECONDS } from './all-exceptions.filter';

/** What the filter sends: status, headers and body, captured from a reply-like recorder. */
function answer(exception: unknown): { status: number; headers: Record<string, string>; body: Record<string, unknown> } {
  const sent = { status: 0, headers: {} as Record<string, string>, body: {} as Record<string, unknown> };
  const reply = {
    status(code: number) {
      sent.status = code;
      return reply;
    },
    header(name: string, value: string) {
      sent.headers[name.toLowerCase()] = value;
      return reply;
    },
    send(body: Record<string, unknown>) {
      sent.body = body;
      return reply;
    },
  };
  const host = { switchToHttp: () => ({ getResponse: () => reply, getRequest: () => ({ id: 'req-1' }) }) } as unknown as ArgumentsHost;
  new AllExceptionsFilter().catch(exception, host);
  return sent;
}

const pgError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('AllExceptionsFilter', () => {
  beforeAll(() => Logger.overrideLogger(false));
  afterAll(() => Logger.overrideLogger(['error', 'warn', 'log']));

  it.each([
    ['the connect retry gave up', new DatabaseUnavailableError(9, 3_001, Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))],
    ['a query cut by a fast shutdown', new QueryFailedError('SELECT 1', [], pgError('57P01', 'terminating connection due to administrator command'))],
    ['a COMMIT whose connection dropped', new QueryFailedError('COMMIT', [], new Error('Connection terminated unexpectedly'))],
  ])('answers 503 with Retry-After and the standard body, nothing of the cause, when %s', (_, exception) => {
    const { status, headers, body } = answer(exception);
    expect(status).toBe(HttpStatus.SERVICE_UNAVAILABLE);
    expect(headers['retry-after']).toBe(String(DATABASE_RETRY_AFTER_SECONDS));
    expect(headers['cache-control']).toBe('no-store');
    expect(body).toEqual({
      statusCode: 503,
      message: 'The service is briefly unavailable. Please try again in a few seconds.',
      error: 'Service Unavailable',
      code: 'database.unavailable',
    });
  });

  it('keeps the other database answers: bad input 400, duplicate 409, anything else 500 without Retry-After', () => {
    expect(answer(new QueryFailedError('SELECT', [], pgError('22P02', 'invalid input syntax for type uuid'))).status).toBe(400);
    expect(answer(new QueryFailedError('INSERT', [], pgError('23505', 'duplicate key'))).status).toBe(409);
    const other = answer(new QueryFailedError('SELECT', [], pgError('42P01', 'relation "x" does not exist')));
    expect(other.status).toBe(500);
    expect(other.headers['retry-after']).toBeUndefined();
    expect(other.body).toEqual({ statusCode: 500, message: 'Something went wrong on our side. Please try again.', error: 'Internal Server Error' });
  });

  it('leaves an HttpException as thrown, even one caused by a connection error', () => {
    const thrown = new ServiceUnavailableException('Mail is down.', { cause: pgError('57P01', 'terminating connection') });
    const { status, headers, body } = answer(thrown);
    expect(status).toBe(503);
    expect(headers['retry-after']).toBeUndefined();
    expect(body).toMatchObject({ statusCode: 503, message: 'Mail is down.' });
  });
});
