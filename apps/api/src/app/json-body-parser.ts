import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './json-depth';

/**
 * Fastify's JSON parser, except that an empty body with `Content-Type: application/json` counts as no body.
 * Many clients send that header on every request, also on body-less POSTs such as
 * `POST /api/couples/:id/partners/:partnerId/invite-link`; Fastify alone answers those 400.
 * Prototype-poisoning protection and the body limit stay Fastify's own. A body nested deeper than
 * MAX_JSON_DEPTH is refused with 400 before it is parsed.
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
    if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
      done(Object.assign(new Error(`The request body is nested too deeply (at most ${MAX_JSON_DEPTH} levels).`), { statusCode: 400, code: 'TRP_BODY_TOO_DEEP' }), undefined);
      return;
    }
    parseJson(request, text, done);
  });
}
