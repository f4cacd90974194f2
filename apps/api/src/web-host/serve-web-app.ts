import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Serves the built Angular app from the API process (one process, one port).
 * Answers a predicate for the 404 handler: unknown non-API GETs get index.html (SPA fallback).
 */
export async function serveWebApp(
  app: NestFastifyApplication,
  webDistDir: string | undefined,
): Promise<((request: FastifyRequest, reply: FastifyReply) => boolean) | undefined> {
  if (!webDistDir || !existsSync(join(webDistDir, 'index.html'))) return undefined;
  // Loaded only when there is a web app to serve.
  const { default: fastifyStatic } = await import('@fastify/static');
  await app.register(fastifyStatic, {
    root: webDistDir,
    prefix: '/',
    wildcard: false,
    index: false,
    setHeaders: (res, path) => {
      // Hashed bundles never change; index.html must always be fresh.
      void res.header('cache-control', /\.[0-9a-z]{8,}\.(js|css)$/i.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  return (request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/api/') && request.url !== '/api';
    const wantsHtml = (request.headers.accept ?? '').includes('text/html') || !request.headers.accept;
    if (!isPage || !wantsHtml || /\.[a-z0-9]{2,5}$/i.test(request.url.split('?')[0] ?? '')) return false;
    void reply.header('cache-control', 'no-cache').type('text/html').sendFile('index.html');
    return true;
  };
}
