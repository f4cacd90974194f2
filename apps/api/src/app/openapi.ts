import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** OpenAPI document at /api/docs-json and Swagger UI at /api/docs. */
export function setUpOpenApi(app: NestFastifyApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Trust Repair Practice API')
      .setDescription(
        'Staff and partners authenticate with session cookies. State-changing requests must echo the readable ' +
          '`XSRF-TOKEN` cookie in the `X-XSRF-TOKEN` header. Errors are `{ statusCode, message, error }`; lists ' +
          'page with `?limit=&cursor=` and answer `{ items, nextCursor }`.',
      )
      .setVersion('1')
      .addCookieAuth('trp_session', { type: 'apiKey', in: 'cookie', name: 'trp_session' }, 'staff')
      .addCookieAuth('trp_partner', { type: 'apiKey', in: 'cookie', name: 'trp_partner' }, 'partner')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
