import { STATUS_CODES } from 'node:http';

export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/** The one error shape of the API: `{ statusCode, message, error }`, plus `errors` per field for bad input. */
export interface ErrorBody {
  readonly statusCode: number;
  readonly message: string;
  readonly error: string;
  readonly errors?: readonly FieldError[];
  readonly [extra: string]: unknown;
}

export function errorBody(statusCode: number, message: string, extra: Record<string, unknown> = {}): ErrorBody {
  return { statusCode, message, error: STATUS_CODES[statusCode] ?? 'Error', ...extra };
}
