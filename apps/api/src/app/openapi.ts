import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiResponseOptions, DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { STAFF_SESSION_COOKIE } from '@trp/contracts';
import { sessionCookieName } from '../auth/csrf';
import { SessionsService } from '../auth/sessions.service';
import { errorBody } from '../common/error-body';
import { AppConfig } from '../config/app-config';

/** Any route that reads or writes, while PostgreSQL stays unreachable beyond the connect retry (AllExceptionsFilter). */
const DATABASE_UNAVAILABLE_RESPONSE: ApiResponseOptions = {
  status: 503,
  description:
    'The database could not be reached within about 3 s (restarting, failing over). Try again after `Retry-After` ' +
    'seconds. A write whose connection dropped while it committed may have been applied: repeating it is safe ' +
    '(submitting is idempotent; a repeated draft save answers 409 with the current version).',
  headers: { 'Retry-After': { description: 'Seconds to wait before trying again.', schema: { type: 'integer', example: 5 } } },
  schema: {
    type: 'object',
    required: ['statusCode', 'message', 'error', 'code'],
    properties: {
      statusCode: { type: 'integer', example: 503 },
      message: { type: 'string', example: 'The service is briefly unavailable. Please try again in a few seconds.' },
      error: { type: 'string', example: 'Service Unavailable' },
      code: { type: 'string', example: 'database.unavailable' },
    },
  },
};

/**
 * OpenAPI document at /api/docs-json (public) and Swagger UI at /api/docs: in production the UI is for signed-in
 * staff only (it is a ready-made console for probing the API), elsewhere for anyone.
 */
export function setUpOpenApi(app: NestFastifyApplication, config: AppConfig): void {
  if (config.production) guardSwaggerUi(app, config);
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Trust Repair Practice API')
      .setDescription(
        'Staff and partners authenticate with session cookies. State-changing requests must echo the readable ' +
          '`XSRF-TOKEN` cookie in the `X-XSRF-TOKEN` header. Errors are `{ statusCode, message, error }`; lists ' +
          'page with `?limit=&cursor=` and answer `{ items, nextCursor }`. While the database is briefly unreachable ' +
          '(restarting, failing over), a request waits up to about 3 s for it, then any route may answer 503 with ' +
          '`Retry-After` (see the 503 response).',
      )
      .setVersion('1')
      .addCookieAuth('trp_session', { type: 'apiKey', in: 'cookie', name: 'trp_session' }, 'staff')
      .addCookieAuth('trp_partner', { type: 'apiKey', in: 'cookie', name: 'trp_partner' }, 'partner')
      .addGlobalResponse(DATABASE_UNAVAILABLE_RESPONSE)
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}

function guardSwaggerUi(app: NestFastifyApplication, config: AppConfig): void {
  const sessions = app.get(SessionsService);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', async (request, reply) => {
      const path = decodeURIComponent((request.url.split('?')[0] ?? '').toLowerCase());
      if (!/^\/api\/docs(\/|$)/.test(path)) return;
      const auth = await sessions.authenticate(request.cookies?.[sessionCookieName(config, STAFF_SESSION_COOKIE)]);
      if (auth) return;
      await reply
        .status(401)
        .header('cache-control', 'no-store')
        .send(errorBody(401, 'Sign in as staff to use the API console; the OpenAPI document is at /api/docs-json.'));
    });
}
