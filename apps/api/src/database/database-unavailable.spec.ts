import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { DatabaseUnavailableError, describeDatabaseError, isDatabaseUnavailable } from './database-unavailable';

/** The shapes pg, pg-pool and Node produce (a pg DatabaseError is an Error with a SQLSTATE `code`). */
function pgError(code: string, message = 'server error'): Error {
  return Object.assign(new Error(message), { code, severity: 'FATAL' });
}
function socketError(code: string): Error {
  return Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code, errno: -111, syscall: 'connect' });
}

describe('isDatabaseUnavailable', () => {
  it.each([
    ['connection refused', socketError('ECONNREFUSED')],
    ['connection reset', socketError('ECONNRESET')],
    ['broken pipe', socketError('EPIPE')],
    ['connect timed out at the TCP level', socketError('ETIMEDOUT')],
    ['host unreachable', socketError('EHOSTUNREACH')],
    ['DNS lookup failing for now', socketError('EAI_AGAIN')],
    ['57P01 admin_shutdown (fast shutdown, pg_terminate_backend)', pgError('57P01', 'terminating connection due to administrator command')],
    ['57P02 crash_shutdown', pgError('57P02')],
    ['57P03 cannot_connect_now (starting up)', pgError('57P03', 'the database system is starting up')],
    ['53300 too_many_connections', pgError('53300', 'sorry, too many clients already')],
    ['08006 connection_failure', pgError('08006')],
    ['08001 unable to establish', pgError('08001')],
    ['08003 connection does not exist', pgError('08003')],
    ['08007 transaction resolution unknown', pgError('08007')],
    ['socket ended under a query', new Error('Connection terminated unexpectedly')],
    ['client ended under a query', new Error('Connection terminated')],
    ['pool: connect timed out', new Error('Connection terminated due to connection timeout')],
    ['pool: no free connection in time', new Error('timeout exceeded when trying to connect')],
    ['a client already broken', new Error('Client has encountered a connection error and is not queryable')],
    ['a client already closed', new Error('Client was closed and is not queryable')],
    ['the retry gave up', new DatabaseUnavailableError(7, 3004, socketError('ECONNREFUSED'))],
    ['TypeORM: the next statement of a transaction whose connection broke', new QueryRunnerAlreadyReleasedError()],
    ['TypeORM: a manager query on a transaction whose connection broke', new QueryRunnerProviderAlreadyReleasedError()],
  ])('%s: yes', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', pgError('23505', 'duplicate key value violates unique constraint')],
    ['an invalid uuid', pgError('22P02', 'invalid input syntax for type uuid')],
    ['a serialization failure', pgError('40001')],
    ['a statement timeout', pgError('57014', 'canceling statement due to statement timeout')],
    ['a protocol violation', pgError('08P01')],
    ['a wrong password', pgError('28P01', 'password authentication failed for user "app"')],
    ['a missing database', pgError('3D000', 'database "trp" does not exist')],
    ['disk full', pgError('53100')],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a message that merely mentions a connection', new Error('Connection to the mail server terminated')],
    ['a string', 'ECONNREFUSED'],
    ['null', null],
    ['undefined', undefined],
  ])('%s: no', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it('looks through TypeORM’s QueryFailedError, `cause` and an AggregateError (one per address tried)', () => {
    expect(isDatabaseUnavailable(new QueryFailedError('SELECT 1', [], pgError('57P01')))).toBe(true);
    expect(isDatabaseUnavailable(new QueryFailedError('SELECT 1', [], new Error('Connection terminated unexpectedly')))).toBe(true);
    expect(isDatabaseUnavailable(new QueryFailedError('INSERT …', [], pgError('23505')))).toBe(false);
    expect(isDatabaseUnavailable(new Error('could not start', { cause: socketError('ECONNRESET') }))).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([socketError('ECONNREFUSED'), socketError('ECONNREFUSED')], 'connect failed'))).toBe(true);
  });

  it('stops on a cycle of causes', () => {
    const a: Error & { cause?: unknown } = new Error('a');
    const b: Error & { cause?: unknown } = new Error('b', { cause: a });
    a.cause = b;
    expect(isDatabaseUnavailable(a)).toBe(false);
  });
});

describe('DatabaseUnavailableError', () => {
  it('names the attempts, the time and the last failure in one line, and keeps it as cause', () => {
    const last = socketError('ECONNREFUSED');
    const error = new DatabaseUnavailableError(7, 3004, last);
    expect(error.message).toBe('PostgreSQL could not be reached (7 attempts in 3004 ms): ECONNREFUSED connect ECONNREFUSED 127.0.0.1:5432');
    expect(error.cause).toBe(last);
    expect(new DatabaseUnavailableError(1, 0, pgError('57P03', 'the database system is starting up')).message).toBe(
      'PostgreSQL could not be reached (1 attempt in 0 ms): 57P03 the database system is starting up',
    );
  });
});

describe('describeDatabaseError', () => {
  it('gives code and message, never a stack', () => {
    expect(describeDatabaseError(pgError('57P01', 'terminating connection due to administrator command'))).toBe('57P01 terminating connection due to administrator command');
    expect(describeDatabaseError(new Error('Connection terminated unexpectedly'))).toBe('Connection terminated unexpectedly');
    expect(describeDatabaseError('plain')).toBe('plain');
  });
});
