import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, MaxLength, Min } from 'class-validator';
import { spanishFieldMessage } from './locale/localize-error';
import { createValidationPipe, RequestValidationException } from './validation.pipe';

class Query {
  @IsOptional() @IsIn(['en', 'es'], { message: 'locale must be one of en, es' }) locale?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(2) count?: number;
  @IsOptional() @MaxLength(3) name?: string;
}

async function problemsOf(value: unknown) {
  try {
    await createValidationPipe().transform(value, { type: 'query', metatype: Query });
  } catch (error) {
    if (error instanceof RequestValidationException) return error;
    throw error;
  }
  throw new Error('expected a validation error');
}

describe('createValidationPipe', () => {
  it('answers English as before, and keeps each failing constraint with its arguments', async () => {
    const error = await problemsOf({ locale: 'fr', count: '1', name: 'abcdef', extra: 1 });
    expect(error.getResponse()).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'unknown field "extra"; locale must be one of en, es; count must not be less than 2; name must be shorter than or equal to 3 characters',
      errors: [
        { field: 'extra', message: 'unknown field "extra"' },
        { field: 'locale', message: 'locale must be one of en, es' },
        { field: 'count', message: 'count must not be less than 2' },
        { field: 'name', message: 'name must be shorter than or equal to 3 characters' },
      ],
    });
    expect(error.problems.map((p) => [p.field, p.constraint, p.args])).toEqual([
      ['extra', 'whitelistValidation', []],
      ['locale', 'isIn', [['en', 'es']]],
      ['count', 'min', [2]],
      ['name', 'maxLength', [3]],
    ]);
    expect(error.problems.map(spanishFieldMessage)).toEqual([
      'campo desconocido "extra"',
      'debe ser uno de en, es',
      'debe ser 2 o más',
      'puede tener como máximo 3 caracteres',
    ]);
  });
});
