import cookie from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import { registerCsrfCookie } from '../auth/csrf';
import { AllExceptionsFilter } from '../common/all-exceptions.filter';
import { errorBody } from '../common/error-body';
import { registerRequestContext } from '../common/request-context';
import { AppConfig } from '../config/app-config';
import { serveWebApp } from '../web-host/serve-web-app';
import { registerApiCompression } from './api-compression';
import { AppModule } from './app.module';
import { registerJsonBodyParser } from './json-body-parser';
import { setUpOpenApi } from './openapi';
import { registerSecurityHeaders } from './security-headers';

/** Builds the whole application (API, OpenAPI, web app) without listening: used by main and by tests. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    // Only the configured proxies may say who the client is: otherwise anyone could pick their own address.
    trustProxy: typeof config.trustProxy === 'object' ? [...config.trustProxy] : config.trustProxy,
    genReqId: () => randomUUID(),
    routerOptions: { ignoreTrailingSlash: true },
    // Errors Fastify answers before any route runs (an id longer than the router takes, a malformed path) leave in
    // the contract's shape too. An id that long cannot exist: 404, as for any unknown id.
    frameworkErrors: (error: { code?: string }, _request: FastifyRequest, reply: FastifyReply) => {
      const status = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 404 : 400;
      void reply
        .status(status)
        .header('cache-control', 'no-store')
        .send(errorBody(status, status === 404 ? 'Not found.' : 'The address is not valid.'));
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, databaseUrl), adapter, {
    bufferLogs: true,
    abortOnError: false,
    // Fastify's own parsers stay; registerJsonBodyParser replaces the JSON one.
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api');
  registerJsonBodyParser(app);
  await app.register(cookie);
  registerCsrfCookie(app, config);
  registerRequestContext(app);
  await registerSecurityHeaders(app, config);
  await registerApiCompression(app);
  const spaFallback = await serveWebApp(app, config.webDistDir);
  app.useGlobalFilters(new AllExceptionsFilter(spaFallback));
  setUpOpenApi(app, config);
  await app.init();
  return app;
}
