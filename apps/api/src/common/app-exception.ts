import { HttpException, HttpStatus } from '@nestjs/common';
import { errorBody } from './error-body';

/** One error a feature can raise: its HTTP status and the human message the caller sees. */
export interface ErrorSpec {
  readonly status: HttpStatus;
  readonly message: string;
}

/**
 * The Spanish of one error: its message, or, for an error about one request field, the message and the field's own
 * message (`errors[].message`; the whole message then names each field: `opensAt: …`).
 */
export type SpanishError = string | { readonly message: string; readonly field: string };

/**
 * The base of every feature's typed errors. A feature declares its codes in one table
 * (`<feature>.exception.ts`), their Spanish beside it (`<feature>.exception.es.ts`), and throws
 * `new XException('code')`; the answer is `{ statusCode, message, error, code: '<feature>.<code>', ...extra }`,
 * its message in the reader's language (AllExceptionsFilter, `localizeErrorBody`).
 */
export abstract class AppException extends HttpException {
  /** What a Spanish reader gets; `null` when the message is already in the reader's language (answer validation). */
  spanish: SpanishError | null;

  protected constructor(
    readonly feature: string,
    readonly code: string,
    spec: ErrorSpec,
    extra: Record<string, unknown> = {},
    message = spec.message,
    spanish: SpanishError | null,
  ) {
    super(errorBody(spec.status, message, { code: `${feature}.${code}`, ...extra }), spec.status);
    this.spanish = spanish;
  }

  /** For a message built at throw time (a wait time, a rule): its Spanish, or `null` when already localized. */
  inSpanish(spanish: SpanishError | null): this {
    this.spanish = spanish;
    return this;
  }
}
