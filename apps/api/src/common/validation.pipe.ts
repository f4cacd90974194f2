import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { errorBody, FieldError } from './error-body';

/** One failing field as the pipe found it: enough to say it again in another language (`spanishFieldMessage`). */
export interface FieldProblem extends FieldError {
  /** The class-validator constraint (`isIn`, `maxLength`, `whitelistValidation`, …). */
  readonly constraint: string;
  /** The constraint's arguments (`isIn`: the allowed values; `maxLength`: the limit); `[]` when unknown. */
  readonly args: readonly unknown[];
  readonly property: string;
}

/** A 400 of the validation pipe that keeps what failed, so the error filter can answer it in Spanish too. */
export class RequestValidationException extends BadRequestException {
  constructor(readonly problems: readonly FieldProblem[]) {
    const fieldErrors: FieldError[] = problems.map(({ field, message }) => ({ field, message }));
    const message = fieldErrors.map((e) => (e.message.includes(e.field) ? e.message : `${e.field}: ${e.message}`)).join('; ');
    super(errorBody(400, message || 'Invalid request', { errors: fieldErrors }));
  }
}

function constraintArgs(error: ValidationError, constraint: string): readonly unknown[] {
  const target = error.target?.constructor;
  if (typeof target !== 'function') return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === error.property && (m.name === constraint || m.type === constraint));
  return metadata?.constraints ?? [];
}

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      message: message.replace(/^property (\S+) should not exist$/, 'unknown field "$1"'),
      constraint,
      args: constraintArgs(error, constraint),
      property: error.property,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Rejects unknown fields and names every failing field in the 400 answer. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: true,
    // The target (never answered) lets flatten() find each constraint's arguments for the Spanish messages.
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => new RequestValidationException(flatten(errors)),
  });
}
