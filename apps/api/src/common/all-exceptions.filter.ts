import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { describeDatabaseError, isDatabaseUnavailable } from '../database/database-unavailable';
import { ErrorBody, errorBody } from './error-body';
import { localizeErrorBody } from './locale/localize-error';
import { requestLocale } from './locale/request-locale';

/** Seconds a client is asked to wait before trying again when the database is unreachable (`Retry-After`). */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

interface FastifyLikeError {
  statusCode?: number;
  code?: string;
  message?: string;
}

/**
 * Every error leaves as `{ statusCode, message, error }` and never with a stack trace.
 * Bad input the database itself refuses (an invalid uuid, an oversized value) is a 400, not a 500.
 * An unreachable database (down, restarting, connection dropped; see database-unavailable.ts) is a 503 with
 * `Retry-After` and `code: "database.unavailable"`, once acquiring a connection has waited its short budget.
 * Messages come in the reader's language (`requestLocale`: cookie trp_locale, else Accept-Language); codes, fields and
 * the shape never change (`localizeErrorBody`).
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(private readonly onNotFound?: (request: FastifyRequest, reply: FastifyReply) => boolean) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    if (!(exception instanceof HttpException) && isDatabaseUnavailable(exception)) {
      // Expected while PostgreSQL restarts: one line each, no stack.
      this.logger.warn({ reqId: request.id, cause: describeDatabaseError(exception) }, 'Database unavailable: answered 503');
      void reply
        .status(HttpStatus.SERVICE_UNAVAILABLE)
        .header('cache-control', 'no-store')
        .header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS))
        .send(localizeErrorBody(databaseUnavailableBody(), exception, readerLocale(request)));
      return;
    }
    const body = localizeErrorBody(this.toBody(exception), exception, readerLocale(request));
    if (body.statusCode === 404 && this.onNotFound?.(request, reply)) return;
    if (body.statusCode >= 500) {
      this.logger.error({ err: exception, reqId: request.id }, 'Unhandled error');
    }
    // A 429 that says how long to wait (a lockout) says it in the standard header too.
    const retryAfter = (body as { retryAfterSeconds?: unknown }).retryAfterSeconds;
    if (body.statusCode === 429 && typeof retryAfter === 'number') void reply.header('retry-after', String(retryAfter));
    void reply.status(body.statusCode).header('cache-control', 'no-store').send(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      if (typeof response === 'string') return errorBody(status, response);
      const { message, ...rest } = response as Record<string, unknown>;
      const text = Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : exception.message;
      return { ...errorBody(status, text), ...rest, statusCode: status } as ErrorBody;
    }
    if (exception instanceof QueryFailedError) {
      const code = (exception.driverError as { code?: string } | undefined)?.code ?? '';
      // 22xxx: data exceptions (invalid text representation, value too long, out of range…).
      if (code.startsWith('22')) return errorBody(HttpStatus.BAD_REQUEST, 'A value in the request is not valid.');
      if (code === '23505') return errorBody(HttpStatus.CONFLICT, 'This conflicts with an existing record.');
    }
    const fastifyError = exception as FastifyLikeError;
    if (typeof fastifyError?.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
      return errorBody(fastifyError.statusCode, clientErrorMessage(fastifyError));
    }
    return errorBody(HttpStatus.INTERNAL_SERVER_ERROR, 'Something went wrong on our side. Please try again.');
  }
}

/** The reader's language; English when the request cannot tell (an error raised before parsing finished). */
function readerLocale(request: FastifyRequest | undefined) {
  try {
    return request ? requestLocale(request) : 'en';
  } catch {
    return 'en';
  }
}

export function databaseUnavailableBody(): ErrorBody {
  return errorBody(HttpStatus.SERVICE_UNAVAILABLE, 'The service is briefly unavailable. Please try again in a few seconds.', { code: 'database.unavailable' });
}

function clientErrorMessage(error: FastifyLikeError): string {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'The request body is too large.';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'Send the request body as application/json.';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'The request body is empty; send a JSON object.';
    default:
      return error.code?.startsWith('FST_ERR_CTP') || /JSON/i.test(error.message ?? '')
        ? 'The request body is not valid JSON.'
        : (error.message ?? 'Bad request');
  }
}
