import { Writable } from 'node:stream';

const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
const COLOURS: Record<number, string> = { 10: '\x1b[90m', 20: '\x1b[90m', 30: '\x1b[32m', 40: '\x1b[33m', 50: '\x1b[31m', 60: '\x1b[35m' };
const RESET = '\x1b[0m';
/** Fields every line has, or that the line shows in its own way. */
const SHOWN = new Set(['level', 'time', 'pid', 'hostname', 'msg', 'context', 'req', 'res', 'responseTime', 'reqId']);

interface LogLine {
  level?: number;
  time?: number;
  msg?: string;
  context?: string;
  req?: { method?: string; url?: string };
  res?: { statusCode?: number };
  responseTime?: number;
  [key: string]: unknown;
}

/**
 * One pino JSON line as a line for people: `14:02:07 INFO  [Context] message key=value`, a request as
 * `GET /api/dashboard → 200 (12 ms)`. Only what the JSON line holds (pino's redaction and serializers ran first).
 */
export function readableLine(json: string, colour = false): string {
  let line: LogLine;
  try {
    line = JSON.parse(json) as LogLine;
  } catch {
    return json;
  }
  const level = line.level ?? 30;
  const time = new Date(line.time ?? Date.now()).toISOString().slice(11, 19);
  const name = (LEVELS[level] ?? String(level)).padEnd(5);
  const context = line.context ? `[${line.context}] ` : line.req ? '[HTTP] ' : '';
  const request = line.req && line.res ? `${line.req.method} ${line.req.url} → ${line.res.statusCode}${line.responseTime !== undefined ? ` (${line.responseTime} ms)` : ''}` : '';
  const message = [request, request && line.msg === 'request completed' ? '' : (line.msg ?? '')].filter(Boolean).join(' ');
  const extra = Object.entries(line)
    .filter(([key]) => !SHOWN.has(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' ');
  const levelText = colour ? `${COLOURS[level] ?? ''}${name}${RESET}` : name;
  return `${time} ${levelText} ${context}${message}${extra ? ` ${extra}` : ''}`;
}

/** Nest's start-up chatter (a line per module and per route): shown readable only at LOG_LEVEL debug or trace. */
const START_UP_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);

/** Whether a readable stream shows this line (`verbose`: LOG_LEVEL is debug or trace). */
export function shownReadable(json: string, verbose: boolean): boolean {
  if (verbose) return true;
  const context = /"context":"([^"]*)"/.exec(json)?.[1];
  return !(context && START_UP_CONTEXTS.has(context));
}

/**
 * A pino destination that writes readable lines to `out` (the terminal), for `npm start` in a terminal; the
 * JSON lines are unchanged anywhere else (piped, collected, tests).
 */
export function readableLogStream(out: NodeJS.WriteStream = process.stdout, verbose = false): Writable {
  let pending = '';
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (line && shownReadable(line, verbose)) out.write(`${readableLine(line, out.isTTY === true)}\n`);
      done();
    },
  });
}
