import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HttpStatus } from '@nestjs/common';
import { ACCESS_ERRORS } from '../../access/access.exception';
import { ACCESS_ERRORS_ES } from '../../access/access.exception.es';
import { ACCOUNTS_ERRORS } from '../../accounts/accounts.exception';
import { ACCOUNTS_ERRORS_ES } from '../../accounts/accounts.exception.es';
import { AGREEMENTS_ERRORS } from '../../agreements/agreements.exception';
import { AGREEMENTS_ERRORS_ES } from '../../agreements/agreements.exception.es';
import { ASSIGNMENTS_ERRORS } from '../../assignments/assignments.exception';
import { ASSIGNMENTS_ERRORS_ES } from '../../assignments/assignments.exception.es';
import { AUTH_ERRORS } from '../../auth/auth.exception';
import { AUTH_ERRORS_ES } from '../../auth/auth.exception.es';
import { COUPLES_ERRORS } from '../../couples/couples.exception';
import { COUPLES_ERRORS_ES } from '../../couples/couples.exception.es';
import { DIGEST_ERRORS } from '../../digest/digest.exception';
import { DIGEST_ERRORS_ES } from '../../digest/digest.exception.es';
import { INVITE_LINKS_ERRORS } from '../../invite-links/invite-links.exception';
import { INVITE_LINKS_ERRORS_ES } from '../../invite-links/invite-links.exception.es';
import { LIBRARY_ERRORS } from '../../library/library.exception';
import { LIBRARY_ERRORS_ES } from '../../library/library.exception.es';
import { MAIL_ERRORS } from '../../mail/mail.exception';
import { MAIL_ERRORS_ES } from '../../mail/mail.exception.es';
import { MFA_ERRORS } from '../../mfa/mfa.exception';
import { MFA_ERRORS_ES } from '../../mfa/mfa.exception.es';
import { NOTES_ERRORS } from '../../notes/notes.exception';
import { NOTES_ERRORS_ES } from '../../notes/notes.exception.es';
import { NOTICES_ERRORS } from '../../notices/notices.exception';
import { NOTICES_ERRORS_ES } from '../../notices/notices.exception.es';
import { PORTAL_ERRORS } from '../../portal/portal.exception';
import { PORTAL_ERRORS_ES } from '../../portal/portal.exception.es';
import { PRACTICES_ERRORS } from '../../practices/practices.exception';
import { PRACTICES_ERRORS_ES } from '../../practices/practices.exception.es';
import { RECORDS_ERRORS } from '../../records/records.exception';
import { RECORDS_ERRORS_ES } from '../../records/records.exception.es';
import { SESSIONS_ERRORS } from '../../sessions/sessions.exception';
import { SESSIONS_ERRORS_ES } from '../../sessions/sessions.exception.es';
import { SHARED_PHONE_ERRORS } from '../../shared-phone/shared-phone.exception';
import { SHARED_PHONE_ERRORS_ES } from '../../shared-phone/shared-phone.exception.es';
import { AccessException } from '../../access/access.exception';
import { AccountsException } from '../../accounts/accounts.exception';
import { AssignmentsException } from '../../assignments/assignments.exception';
import { AuthException } from '../../auth/auth.exception';
import { CouplesException } from '../../couples/couples.exception';
import { PortalException } from '../../portal/portal.exception';
import type { ErrorSpec, SpanishError } from '../app-exception';
import { errorBody } from '../error-body';
import { localizeErrorBody } from './localize-error';

/** Every feature's error table with its Spanish (a new `*.exception.ts` belongs here). */
const TABLES: readonly [string, Record<string, ErrorSpec>, Readonly<Record<string, SpanishError>>][] = [
  ['access', ACCESS_ERRORS, ACCESS_ERRORS_ES],
  ['accounts', ACCOUNTS_ERRORS, ACCOUNTS_ERRORS_ES],
  ['agreements', AGREEMENTS_ERRORS, AGREEMENTS_ERRORS_ES],
  ['assignments', ASSIGNMENTS_ERRORS, ASSIGNMENTS_ERRORS_ES],
  ['auth', AUTH_ERRORS, AUTH_ERRORS_ES],
  ['couples', COUPLES_ERRORS, COUPLES_ERRORS_ES],
  ['digest', DIGEST_ERRORS, DIGEST_ERRORS_ES],
  ['invite-links', INVITE_LINKS_ERRORS, INVITE_LINKS_ERRORS_ES],
  ['library', LIBRARY_ERRORS, LIBRARY_ERRORS_ES],
  ['mail', MAIL_ERRORS, MAIL_ERRORS_ES],
  ['mfa', MFA_ERRORS, MFA_ERRORS_ES],
  ['notes', NOTES_ERRORS, NOTES_ERRORS_ES],
  ['notices', NOTICES_ERRORS, NOTICES_ERRORS_ES],
  ['portal', PORTAL_ERRORS, PORTAL_ERRORS_ES],
  ['practices', PRACTICES_ERRORS, PRACTICES_ERRORS_ES],
  ['records', RECORDS_ERRORS, RECORDS_ERRORS_ES],
  ['sessions', SESSIONS_ERRORS, SESSIONS_ERRORS_ES],
  ['shared-phone', SHARED_PHONE_ERRORS, SHARED_PHONE_ERRORS_ES],
];

describe('Spanish error messages', () => {
  it('covers every *.exception.ts of the API', () => {
    const root = join(__dirname, '..', '..');
    const files = readdirSync(root).filter((dir) => existsSync(join(root, dir, `${dir}.exception.ts`)));
    expect(TABLES.map(([feature]) => feature).sort()).toEqual(files.sort());
  });

  it.each(TABLES)('has Spanish for every code of %s, in other words than the English, naming the same field', (_feature, table, spanish) => {
    expect(Object.keys(spanish).sort()).toEqual(Object.keys(table).sort());
    for (const [code, spec] of Object.entries(table)) {
      const es = spanish[code];
      const message = typeof es === 'string' ? es : (es?.message ?? '');
      expect({ code, message }).not.toEqual({ code, message: spec.message });
      expect(message.trim()).not.toBe('');
      // A message that starts with a field name ("opensAt: …") keeps that name in Spanish, and says it per field too.
      const field = /^([a-zA-Z]+): /.exec(spec.message)?.[1];
      if (field) {
        expect({ code, message }).toEqual({ code, message: expect.stringMatching(new RegExp(`^${field}: `)) });
        expect({ code, field: typeof es === 'string' ? undefined : typeof es?.field }).toEqual({ code, field: 'string' });
      }
    }
  });
});

describe('localizeErrorBody', () => {
  const body = (exception: { getResponse(): unknown }) => exception.getResponse() as ReturnType<typeof errorBody>;

  it('leaves English as it is', () => {
    const exception = new AccessException('coupleNotFound');
    expect(localizeErrorBody(body(exception), exception, 'en')).toBe(body(exception));
  });

  it('replaces only the message of a feature error, keeping code and shape', () => {
    const exception = new AccessException('coupleNotFound');
    expect(localizeErrorBody(body(exception), exception, 'es')).toEqual({
      statusCode: HttpStatus.NOT_FOUND,
      error: 'Not Found',
      code: 'access.coupleNotFound',
      message: 'No encontramos esta pareja entre tus casos.',
    });
  });

  it('says each field’s message in Spanish, the field path unchanged (also when a route names another field)', () => {
    const exception = new AssignmentsException('opensTooLate');
    expect(localizeErrorBody(body(exception), exception, 'es')).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      code: 'assignments.opensTooLate',
      message: 'opensAt: tiene que ser dentro del próximo año',
      errors: [{ field: 'opensAt', message: 'tiene que ser dentro del próximo año' }],
    });
    const renamed = new CouplesException('invalidCounselor', {}, undefined, 'toCounselorId');
    expect(localizeErrorBody(body(renamed), renamed, 'es')).toMatchObject({
      message: 'toCounselorId: no es una persona terapeuta activa de esta consulta',
      errors: [{ field: 'toCounselorId', message: 'no es una persona terapeuta activa de esta consulta' }],
    });
  });

  it('uses the Spanish built at throw time for messages with numbers or rules in them', () => {
    const locked = AuthException.lockedOut(new Date(120_000), new Date(0));
    expect(localizeErrorBody(body(locked), locked, 'es')).toMatchObject({
      code: 'auth.lockedOut',
      retryAfterSeconds: 120,
      message: 'Demasiados intentos fallidos de inicio de sesión. Espera 2 minutos y vuelve a intentarlo.',
    });
    const weak = AccountsException.weakPassword('newPassword', 'The password must be at least 12 characters long.');
    expect(localizeErrorBody(body(weak), weak, 'es')).toMatchObject({
      message: 'newPassword: La contraseña tiene que tener al menos 12 caracteres.',
      errors: [{ field: 'newPassword', message: 'La contraseña tiene que tener al menos 12 caracteres.' }],
    });
  });

  it('leaves answer validation errors as they are: they come in the partner’s language already', () => {
    const exception = PortalException.invalidAnswers([{ path: 'readiness', message: 'Choose a number from 1 to 10.' }]);
    expect(localizeErrorBody(body(exception), exception, 'es')).toBe(body(exception));
  });

  it('translates the filter’s own messages and leaves unknown ones in English', () => {
    expect(localizeErrorBody(errorBody(400, 'The request body is not valid JSON.'), new Error('x'), 'es').message).toBe('El cuerpo de la solicitud no es un JSON válido.');
    expect(localizeErrorBody(errorBody(404, 'Cannot GET /x'), new Error('x'), 'es').message).toBe('Cannot GET /x');
  });
});
