import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { Options } from 'pino-http';
import { AppConfig } from '../config/app-config';
import { readableLogStream } from './readable-log';

/** Secrets that travel in paths: invite and invitation tokens. They never reach the logs. */
const TOKEN_IN_PATH = /\/(i|invitations)\/[^/?#]+/g;

export function redactUrl(url: string | undefined): string {
  const path = (url ?? '').split('?')[0] ?? '';
  return path.replace(TOKEN_IN_PATH, '/$1/[redacted]');
}

/**
 * Structured JSON logs with a request id; never cookies, tokens, query strings or bodies. When stdout is a terminal
 * (`npm start` by hand) the same lines are written readable (readable-log.ts); piped or collected, they stay JSON.
 */
export function loggerOptions(config: AppConfig, readable = process.stdout.isTTY === true): Params {
  const options: Options = {
    level: config.logLevel,
    genReqId: (req: IncomingMessage) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: redactUrl(req.url) }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    redact: { paths: ['req.headers', 'res.headers'], remove: true },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    autoLogging: { ignore: (req: IncomingMessage) => req.url === '/api/health' },
  };
  return { pinoHttp: readable ? [options, readableLogStream(process.stdout, config.logLevel === 'debug' || config.logLevel === 'trace')] : options };
}
