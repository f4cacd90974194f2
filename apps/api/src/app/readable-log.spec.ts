import { loggerOptions } from './logger-options';
import { readableLine, shownReadable } from './readable-log';
import { loadConfig } from '../config/load-config';

describe('readable logs (stdout is a terminal)', () => {
  const at = Date.UTC(2026, 11, 3, 14, 2, 7);

  it('writes a Nest line as time, level, context and message, with the other fields as key=value', () => {
    const line = JSON.stringify({ level: 30, time: at, pid: 1, hostname: 'h', context: 'Jobs', task: 'reminders', ms: 12, msg: 'periodic task done' });
    expect(readableLine(line)).toBe('14:02:07 INFO  [Jobs] periodic task done task=reminders ms=12');
  });

  it('writes a request as method, path, status and time (the path as the serializer redacted it)', () => {
    const line = JSON.stringify({ level: 40, time: at, req: { id: 'r1', method: 'POST', url: '/i/[redacted]' }, res: { statusCode: 410 }, responseTime: 3, msg: 'request completed' });
    expect(readableLine(line)).toBe('14:02:07 WARN  [HTTP] POST /i/[redacted] → 410 (3 ms)');
  });

  it('colours the level only when asked, and passes a line that is not JSON through', () => {
    expect(readableLine(JSON.stringify({ level: 50, time: at, msg: 'boom' }), true)).toBe('14:02:07 \x1b[31mERROR\x1b[0m boom');
    expect(readableLine('plain text')).toBe('plain text');
  });

  it('leaves out Nest’s line per module and per route unless LOG_LEVEL is debug or trace', () => {
    const route = JSON.stringify({ level: 30, context: 'RouterExplorer', msg: 'Mapped {/api/health, GET} route' });
    expect(shownReadable(route, false)).toBe(false);
    expect(shownReadable(route, true)).toBe(true);
    expect(shownReadable(JSON.stringify({ level: 30, context: 'NestApplication', msg: 'Nest application successfully started' }), false)).toBe(true);
  });

  it('is chosen only for a terminal: JSON otherwise', () => {
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'postgres://x@127.0.0.1/db' });
    expect(Array.isArray(loggerOptions(config, true).pinoHttp)).toBe(true);
    expect(Array.isArray(loggerOptions(config, false).pinoHttp)).toBe(false);
  });
});
