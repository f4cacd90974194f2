import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { freePort, sleep } from './cluster';
import { signIn, withClient } from './fixtures';
import { hammer, type LoadFigures, spread } from './http-load';
import { type ServerProcess, startApi } from './servers';
import type { Row } from './table';

export interface JobsBenchOptions {
  /** A copy of the 1M database (the scans write reminders). */
  readonly databaseUrl: string;
  readonly counselorEmail: string;
  readonly password: string;
  readonly rounds: number;
  readonly seconds: number;
  readonly connections: number;
  readonly log: (line: string) => void;
}

/** An SMTP sink in the bench process (CPU 1): counts what arrives and when, keeps nothing else. */
async function startSink(): Promise<{ url: string; arrivals: number[]; close(): Promise<void> }> {
  const arrivals: number[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        arrivals.push(performance.now());
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, arrivals, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Periodic task durations the worker logs at debug level (`periodic task done`, JSON lines on stdout). */
function watchPeriodic(server: ServerProcess): { task: string; ms: number }[] {
  const passes: { task: string; ms: number }[] = [];
  let pending = '';
  server.child.stdout?.on('data', (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.includes('periodic task done')) continue;
      try {
        const parsed = JSON.parse(line) as { task?: string; ms?: number };
        if (parsed.task && typeof parsed.ms === 'number') passes.push({ task: parsed.task, ms: parsed.ms });
      } catch {
        // not a JSON line
      }
    }
  });
  return passes;
}

/**
 * Issue 14's targets: one reminder scan over the 1M data, the dashboard's p99 while the scans run vs idle, and mail
 * throughput to a local SMTP sink. Two instances on CPU 0, as docs/architecture.md runs workers apart: a web instance
 * (WORKERS=false) that serves the dashboard load, and a worker (WORKERS=true, JOBS_CHECK_SECONDS=5, the minimum) that
 * scans and sends. Each round: the dashboard idle (no worker), then the reminder state is cleared (every partner
 * is due again: ≈ 2,000 reminders), the worker starts and the dashboard is measured while it scans and sends; the
 * round ends when every reminder mail reached the sink. Quiet hours are off on this copy so the time of day of the
 * run does not matter.
 */
export async function jobsBench(options: JobsBenchOptions): Promise<Row[]> {
  const sink = await startSink();
  const servers: ServerProcess[] = [];
  const idle: LoadFigures[] = [];
  const busy: LoadFigures[] = [];
  const heavyScans: number[] = [];
  const lightScans: number[] = [];
  const throughput: number[] = [];
  const mailCounts: number[] = [];
  const backlog: number[] = [];
  const { PgBoss } = await import('pg-boss');
  const boss = new PgBoss({ connectionString: options.databaseUrl, schema: 'pgboss', max: 2, supervise: false, schedule: false, migrate: false });
  boss.on('error', (error: Error) => options.log(`bench pg-boss: ${error.message}`));
  try {
    await boss.start();
    await withClient(options.databaseUrl, (client) =>
      client.query(`UPDATE practice SET settings = settings || '{"quietHoursStart": null, "quietHoursEnd": null, "remindersEnabled": true}'::jsonb`),
    );
    const web = await startApi('api web (1M, WORKERS=false)', await freePort(), options.databaseUrl, { WORKERS: 'false' });
    servers.push(web);
    const cookie = await signIn(web.base, options.counselorEmail, options.password);
    const dashboard = `${web.base}/api/dashboard`;
    await hammer(dashboard, { cookie }, 2, options.connections); // warm-up
    for (let round = 1; round <= options.rounds; round++) {
      const quiet = await hammer(dashboard, { cookie }, options.seconds, options.connections);
      idle.push(quiet);
      options.log(`jobs round ${round}: dashboard idle p99 ${quiet.p99} ms, ${quiet.rps.toFixed(0)} req/s`);
      await withClient(options.databaseUrl, async (client) => {
        await client.query('DELETE FROM partner_reminder');
        await client.query('DELETE FROM invite_link WHERE single_use');
        await client.query('DELETE FROM mail_message');
      });
      const before = sink.arrivals.length;
      const worker = await startApi('api worker (1M)', await freePort(), options.databaseUrl, {
        WORKERS: 'true',
        JOBS_CHECK_SECONDS: '5',
        SMTP_URL: sink.url,
        LOG_LEVEL: 'debug',
      });
      servers.push(worker);
      const passes = watchPeriodic(worker);
      // The first scan starts 5 s after the worker is up; the load covers it, the mails it queues and later scans.
      const during = await hammer(dashboard, { cookie }, Math.max(options.seconds, 15), options.connections);
      busy.push(during);
      let queued = 0;
      for (let i = 0; ; i++) {
        const [counts] = await withClient(options.databaseUrl, async (client) => (await client.query(`SELECT count(*)::int AS total, count(*) FILTER (WHERE status = 'queued')::int AS waiting FROM mail_message`)).rows);
        queued = counts.total;
        if (queued > 0 && counts.waiting === 0 && passes.some((p) => p.task === 'reminders')) break;
        if (i > 1_200) throw new Error(`jobs round ${round}: ${counts.waiting} of ${counts.total} mails still queued after 10 minutes`);
        await sleep(500);
      }
      const arrived = sink.arrivals.slice(before);
      const reminderPasses = passes.filter((p) => p.task === 'reminders');
      heavyScans.push(reminderPasses[0]?.ms ?? NaN);
      lightScans.push(...reminderPasses.slice(1).map((p) => p.ms));
      const first = arrived[0] ?? 0;
      const last = arrived[arrived.length - 1] ?? 0;
      const rate = arrived.length > 1 ? (arrived.length - 1) / ((last - first) / 1000) : NaN;
      throughput.push(rate);
      mailCounts.push(arrived.length);
      options.log(
        `jobs round ${round}: dashboard during scans p99 ${during.p99} ms, ${during.rps.toFixed(0)} req/s; first scan ${reminderPasses[0]?.ms} ms (${queued} reminders), later scans ${reminderPasses.slice(1).map((p) => p.ms).join(', ')} ms; ${arrived.length} mails at ${rate.toFixed(0)} mails/s`,
      );
      // Sending alone: the same mails again as one backlog (rows back to queued, one job each, inserted at once
      // through pg-boss from the bench), so the rate is the worker's, not the rate the scan queued them at.
      const backlogStart = sink.arrivals.length;
      const ids = await withClient(options.databaseUrl, async (client) => (await client.query(`UPDATE mail_message SET status = 'queued', sent_at = NULL, attempts = 0 RETURNING id`)).rows as { id: string }[]);
      const queuedAt = performance.now();
      await boss.insert('mail', ids.map(({ id }) => ({ data: { mailId: id }, retryLimit: 5, retryDelay: 120, retryBackoff: true, heartbeatSeconds: 30 })));
      for (let i = 0; sink.arrivals.length - backlogStart < ids.length; i++) {
        if (i > 2_400) throw new Error(`jobs round ${round}: only ${sink.arrivals.length - backlogStart} of ${ids.length} backlog mails arrived`);
        await sleep(250);
      }
      const backlogRate = ids.length / (((sink.arrivals[sink.arrivals.length - 1] ?? queuedAt) - queuedAt) / 1000);
      backlog.push(backlogRate);
      options.log(`jobs round ${round}: a backlog of ${ids.length} mails sent at ${backlogRate.toFixed(0)} mails/s`);
      await worker.stop();
      servers.splice(servers.indexOf(worker), 1);
    }
  } finally {
    for (const server of servers) await server.stop();
    await boss.stop({ graceful: false, close: true }).catch(() => undefined);
    await sink.close();
  }
  const p99Idle = spread(idle.map((f) => f.p99));
  const p99Busy = spread(busy.map((f) => f.p99));
  const ratio = p99Busy.median / Math.max(p99Idle.median, 1);
  const heavy = spread(heavyScans);
  const mails = spread(throughput);
  const sending = spread(backlog);
  const rows: Row[] = [
    { section: '14 reminder scan', what: `one scan over the 1M data that queues ≈ ${spread(mailCounts).median} reminders (each its own transaction)`, figure: `${(heavy.median / 1000).toFixed(1)} s [${(heavy.min / 1000).toFixed(1)}–${(heavy.max / 1000).toFixed(1)}]`, target: 'seconds' },
  ];
  if (lightScans.length > 0) {
    const light = spread(lightScans);
    rows.push({ section: '14 reminder scan', what: 'a later scan (everyone reminded today: the candidate query only)', figure: `${light.median.toFixed(0)} ms [${light.min}–${light.max}]` });
  }
  rows.push(
    { section: '14 reminder scan', what: 'dashboard p99 idle / during scans and sending (web instance, WORKERS=false)', figure: `${p99Idle.median} ms [${p99Idle.min}–${p99Idle.max}] / ${p99Busy.median} ms [${p99Busy.min}–${p99Busy.max}]` },
    { section: '14 reminder scan', what: 'dashboard p99 ratio during scans / idle', figure: `${ratio.toFixed(2)}×`, target: '≤ 1.2×', met: ratio <= 1.2 },
    { section: '14 mail', what: 'reminder mails arriving while the scan queues them (bounded by the scan)', figure: `${mails.median.toFixed(0)} mails/s [${mails.min.toFixed(0)}–${mails.max.toFixed(0)}]` },
    { section: '14 mail', what: `mail throughput: a backlog of ${spread(mailCounts).median} mails, one worker on CPU 0 → SMTP sink in the bench process`, figure: `${sending.median.toFixed(0)} mails/s [${sending.min.toFixed(0)}–${sending.max.toFixed(0)}]`, target: '≥ 50 mails/s', met: sending.median >= 50 },
  );
  return rows;
}
