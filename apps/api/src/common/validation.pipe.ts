import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { errorBody, FieldError } from './error-body';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.replace(/^property (\S+) should not exist$/, 'unknown field "$1"'),
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
    exceptionFactory: (errors) => {
      const fieldErrors = flatten(errors);
      const message = fieldErrors.map((e) => (e.message.includes(e.field) ? e.message : `${e.field}: ${e.message}`)).join('; ');
      return new BadRequestException(errorBody(400, message || 'Invalid request', { errors: fieldErrors }));
    },
  });
}
