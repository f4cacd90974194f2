import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';

/**
 * "PostgreSQL cannot be reached right now": the server is down, restarting or shutting down, it refused or dropped
 * the connection, or no connection could be had in time. Such a failure is transient and says nothing about the
 * request: the API answers 503 with `Retry-After` (AllExceptionsFilter), and acquiring a connection is retried for
 * a short while first (connect-retry.ts).
 */
export class DatabaseUnavailableError extends Error {
  override readonly name = 'DatabaseUnavailableError';

  constructor(
    /** Connection attempts made before giving up. */
    readonly attempts: number,
    /** Milliseconds from the first attempt until giving up. */
    readonly waitedMs: number,
    cause: unknown,
  ) {
    super(`PostgreSQL could not be reached (${attempts} ${attempts === 1 ? 'attempt' : 'attempts'} in ${Math.round(waitedMs)} ms): ${describeDatabaseError(cause)}`, { cause });
  }
}

/** Node socket errors of a connection that could not be made, or that was cut. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL SQLSTATEs of an unreachable server: 57P01 admin_shutdown (fast shutdown, pg_terminate_backend),
 * 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up, shutting down, in recovery), 53300
 * too_many_connections; and class 08, connection exception (08000, 08001, 08003, 08004, 08006, 08007), matched
 * in isDatabaseUnavailable, but not 08P01 protocol_violation.
 */
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

/**
 * What `pg` and `pg-pool` throw without a code: the socket ended under a query ("Connection terminated
 * unexpectedly"), a client already broken ("… is not queryable"), the pool's connect timeout (waiting for a free
 * connection, or for the server to answer).
 */
const MESSAGES = /^Connection terminated\b|is not queryable|timeout exceeded when trying to connect/;

/**
 * TypeORM releases a query runner whose connection breaks while it is idle between two statements (the socket
 * closed: fast shutdown, pg_terminate_backend), so the transaction's next statement, or its COMMIT, throws one of
 * these instead of a connection error. Nothing was committed: the server rolled the transaction back. (Using a
 * runner after its own transaction ended would throw them too, but that bug fails every time, in the tests.)
 */
const RELEASED_BY_CONNECTION_LOSS = [QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError];

/**
 * True when the error (or what it wraps: TypeORM's `driverError`, `cause`, an AggregateError's `errors`) says the
 * database could not be reached. Errors of the request itself (bad input, constraints, authentication against
 * PostgreSQL, a missing database) are not.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return someInChain(error, (e) => {
    if (e instanceof DatabaseUnavailableError || RELEASED_BY_CONNECTION_LOSS.some((type) => e instanceof type)) return true;
    const code = typeof e['code'] === 'string' ? e['code'] : '';
    if (SOCKET_CODES.has(code) || SQLSTATES.has(code)) return true;
    if (/^08\d{3}$/.test(code)) return true;
    return typeof e['message'] === 'string' && MESSAGES.test(e['message']);
  });
}

/** One line for the log: the innermost code and message, never a stack. */
export function describeDatabaseError(error: unknown): string {
  if (!isObject(error)) return String(error);
  const code = typeof error['code'] === 'string' ? `${error['code']} ` : '';
  const message = typeof error['message'] === 'string' && error['message'] ? error['message'] : String(error);
  return `${code}${message}`.trim();
}

function someInChain(error: unknown, test: (e: Record<string, unknown>) => boolean, depth = 0): boolean {
  if (!isObject(error) || depth > 5) return false;
  if (test(error)) return true;
  const inner = [error['driverError'], error['cause'], ...(Array.isArray(error['errors']) ? error['errors'] : [])];
  return inner.some((e) => e !== error && someInChain(e, test, depth + 1));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
