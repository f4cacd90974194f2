import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AsyncLocalStorage } from 'node:async_hooks';

/** Who is asking, for the audit log: the request id and the client address. */
export interface RequestContext {
  readonly requestId: string;
  readonly ip: string | null;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** The current request's context; undefined outside a request (commands, seeders). */
export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}

/** Opens the request context just before the handler (after body parsing, which would lose it). */
export function registerRequestContext(app: NestFastifyApplication): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('preHandler', (request, _reply, done) => {
      storage.run({ requestId: String(request.id), ip: request.ip ?? null }, done);
    });
}
