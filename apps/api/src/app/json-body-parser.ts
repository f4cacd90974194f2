import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * Fastify's JSON parser, except that an empty body with `Content-Type: application/json` counts as no body.
 * Many clients send that header on every request, also on body-less POSTs such as
 * `POST /api/couples/:id/partners/:partnerId/invite-link`; Fastify alone answers those 400.
 * Prototype-poisoning protection and the body limit stay Fastify's own.
 */
export function registerJsonBodyParser(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    parseJson(request, text, done);
  });
}
