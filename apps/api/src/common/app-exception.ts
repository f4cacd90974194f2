import { HttpException, HttpStatus } from '@nestjs/common';
import { errorBody } from './error-body';

/** One error a feature can raise: its HTTP status and the human message the caller sees. */
export interface ErrorSpec {
  readonly status: HttpStatus;
  readonly message: string;
}

/**
 * The base of every feature's typed errors. A feature declares its codes in one table
 * (`<feature>.exception.ts`) and throws `new XException('code')`; the answer is
 * `{ statusCode, message, error, code: '<feature>.<code>', ...extra }`.
 */
export abstract class AppException extends HttpException {
  protected constructor(
    readonly feature: string,
    readonly code: string,
    spec: ErrorSpec,
    extra: Record<string, unknown> = {},
    message = spec.message,
  ) {
    super(errorBody(spec.status, message, { code: `${feature}.${code}`, ...extra }), spec.status);
  }
}
