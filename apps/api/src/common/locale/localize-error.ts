import type { Locale } from '@trp/contracts';
import { AppException, type SpanishError } from '../app-exception';
import type { ErrorBody, FieldError } from '../error-body';
import { type FieldProblem, RequestValidationException } from '../validation.pipe';

/**
 * An error answer in the reader's language, in one place (AllExceptionsFilter): the same status, code, fields and
 * shape; only `message` and `errors[].message` change. English is the source; a feature error's Spanish sits beside
 * its table (`<feature>.exception.es.ts`), the validation pipe's by constraint, the filter's own below.
 */
export function localizeErrorBody(body: ErrorBody, exception: unknown, locale: Locale): ErrorBody {
  if (locale === 'en') return body;
  if (exception instanceof AppException) return exception.spanish === null ? body : withSpanish(body, exception.spanish);
  if (exception instanceof RequestValidationException && exception.problems.length > 0) {
    const errors: FieldError[] = exception.problems.map((problem) => ({ field: problem.field, message: spanishFieldMessage(problem) }));
    return { ...body, message: errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors };
  }
  const own = FILTER_MESSAGES_ES[body.message];
  return own ? { ...body, message: own } : body;
}

function withSpanish(body: ErrorBody, spanish: SpanishError): ErrorBody {
  const message = typeof spanish === 'string' ? spanish : spanish.message;
  const field = typeof spanish === 'string' ? undefined : spanish.field;
  if (!Array.isArray(body.errors)) return { ...body, message };
  const errors = body.errors.map((error) => ({ ...error, message: field ?? message }));
  return { ...body, message: field && errors.length > 0 ? errors.map((e) => `${e.field}: ${field}`).join('; ') : message, errors };
}

function list(values: unknown): string {
  const items = Array.isArray(values) ? values : values && typeof values === 'object' ? Object.values(values) : [];
  return items.map(String).join(', ');
}

/** The Spanish of one failing field, by class-validator constraint (the field is named by the caller). */
export function spanishFieldMessage(problem: Pick<FieldProblem, 'constraint' | 'args' | 'property'>): string {
  const [first] = problem.args;
  switch (problem.constraint) {
    case 'whitelistValidation':
      return `campo desconocido "${problem.property}"`;
    case 'isIn':
    case 'isEnum':
      return `debe ser uno de ${list(first)}`;
    case 'isString':
      return 'debe ser un texto';
    case 'isNotEmpty':
      return 'no puede quedar vacío';
    case 'isDefined':
      return 'es obligatorio';
    case 'maxLength':
      return `puede tener como máximo ${String(first)} caracteres`;
    case 'minLength':
      return `debe tener al menos ${String(first)} caracteres`;
    case 'min':
      return `debe ser ${String(first)} o más`;
    case 'max':
      return `debe ser ${String(first)} o menos`;
    case 'isInt':
      return 'debe ser un número entero';
    case 'isNumber':
      return 'debe ser un número';
    case 'isUuid':
    case 'isUUID':
      return 'debe ser un identificador válido (UUID)';
    case 'isIso8601':
    case 'isISO8601':
    case 'isDateString':
      return 'debe ser una fecha válida (ISO 8601)';
    case 'isBoolean':
      return 'debe ser true o false';
    case 'isEmail':
      return 'debe ser un correo válido';
    case 'isUrl':
      return 'debe ser una dirección web válida';
    case 'isTimeZone':
      return 'debe ser una zona horaria válida (IANA, p. ej. America/Mexico_City)';
    case 'isArray':
      return 'debe ser una lista';
    case 'isObject':
      return 'debe ser un objeto';
    case 'arrayMaxSize':
      return `puede tener como máximo ${String(first)} elementos`;
    case 'arrayMinSize':
      return `debe tener al menos ${String(first)} ${first === 1 ? 'elemento' : 'elementos'}`;
    case 'arrayUnique':
      return 'no puede repetir elementos';
    case 'nestedValidation':
      return 'debe ser un objeto o una lista';
    case 'matches':
      return 'no tiene el formato esperado';
    default:
      return 'no es válido';
  }
}

/** The Spanish of the messages AllExceptionsFilter writes itself. */
const FILTER_MESSAGES_ES: Readonly<Record<string, string>> = {
  'A value in the request is not valid.': 'Un valor de la solicitud no es válido.',
  'This conflicts with an existing record.': 'Esto choca con un registro que ya existe.',
  'Something went wrong on our side. Please try again.': 'Algo falló de nuestro lado. Vuelve a intentarlo.',
  'The service is briefly unavailable. Please try again in a few seconds.': 'El servicio no está disponible por un momento. Vuelve a intentarlo en unos segundos.',
  'The request body is too large.': 'El cuerpo de la solicitud es demasiado grande.',
  'Send the request body as application/json.': 'Envía el cuerpo de la solicitud como application/json.',
  'The request body is empty; send a JSON object.': 'El cuerpo de la solicitud está vacío; envía un objeto JSON.',
  'The request body is not valid JSON.': 'El cuerpo de la solicitud no es un JSON válido.',
  'Invalid request': 'Solicitud no válida',
};
