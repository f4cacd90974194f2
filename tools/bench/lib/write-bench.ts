import type { BenchCluster } from './cluster';
import { freePort, sleep } from './cluster';
import { withClient } from './fixtures';
import { type Fault, preparePartners, runPartners, verifySubmissions } from './partner-load';
import { type ServerProcess, startApi } from './servers';
import type { Row } from './table';

export interface WriteOptions {
  readonly cluster: BenchCluster;
  /** A copy of the 1M database the write runs may change. */
  readonly databaseUrl: string;
  readonly database: string;
  readonly partners: number;
  readonly seconds: number;
  readonly faults: boolean;
  readonly log: (line: string) => void;
}

/**
 * Target 3 (200 partners saving drafts and submitting for 30 s on one instance) and target 4 (the same load on
 * two instances side by side, while PostgreSQL's connections are killed and the server restarted, and,
 * separately, while one instance is killed and started again).
 */
export async function writeBench(options: WriteOptions): Promise<Row[]> {
  const rows: Row[] = [];
  const { log } = options;
  let batch = 0;
  const couplesPerRun = Math.ceil(options.partners / 2);

  // 3. steady load on one instance
  {
    const api = await startApi('api', await freePort(), options.databaseUrl);
    try {
      const fixture = await preparePartners(options.databaseUrl, api.base, options.partners, 40, couplesPerRun * batch++);
      log(`partners: ${fixture.partners.length} sessions; running ${options.seconds} s`);
      const result = await runPartners(fixture, [api.base], options.seconds);
      const check = await verifySubmissions(options.databaseUrl, fixture, result.acknowledged);
      log(`partners: ${JSON.stringify(result.statuses)}`);
      rows.push({ section: '3 partners', what: `${options.partners} partners, drafts + submits, ${options.seconds} s, 1 instance`, figure: `${result.requests} requests, ${result.rps.toFixed(0)} req/s, p50 ${result.p50.toFixed(1)} ms, ${result.failed} failed` });
      rows.push({ section: '3 partners', what: 'p99 latency', figure: `${result.p99.toFixed(1)} ms`, target: '≤ 50 ms', met: result.p99 <= 50 });
      rows.push({ section: '3 partners', what: 'submissions: acknowledged / in database / lost / duplicated', figure: `${result.acknowledged.length} / ${check.submittedInDb} / ${check.lost} / ${check.duplicated}`, target: '0 lost, 0 duplicated', met: check.lost === 0 && check.duplicated === 0 && result.acknowledged.length > 0 });
      rows.push({ section: '3 partners', what: 'API still running', figure: api.exited() ? 'crashed' : 'yes', target: 'no crash', met: !api.exited() });
    } finally {
      await api.stop();
    }
  }
  if (!options.faults) return rows;

  // 4a. PostgreSQL: every app connection killed (pg_terminate_backend), then the server restarted (fast)
  // 4b. one of two API instances killed (SIGKILL) and started again
  for (const kind of ['database', 'instance'] as const) {
    const servers: ServerProcess[] = [await startApi('api A', await freePort(), options.databaseUrl), await startApi('api B', await freePort(), options.databaseUrl)];
    let restartedIn = NaN;
    try {
      const fixture = await preparePartners(options.databaseUrl, servers[0]?.base as string, options.partners, 40, couplesPerRun * batch++);
      const bases = servers.map((s) => s.base);
      const faults: Fault[] =
        kind === 'database'
          ? [
              {
                at: 8,
                name: 'pg_terminate_backend of every app connection',
                run: async () => {
                  const killed = await withClient(options.cluster.url('postgres'), async (c) =>
                    (await c.query(`SELECT count(pg_terminate_backend(pid)) AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [options.database])).rows[0].n,
                  );
                  log(`fault: terminated ${killed} connections`);
                },
              },
              {
                at: 18,
                name: 'PostgreSQL restart (fast shutdown, start)',
                run: async () => {
                  const t0 = Date.now();
                  await options.cluster.restart();
                  log(`fault: PostgreSQL restarted in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
                },
              },
            ]
          : [
              {
                at: 10,
                name: 'SIGKILL of API instance B, then started again',
                run: async () => {
                  const victim = servers[1] as ServerProcess;
                  const t0 = Date.now();
                  await victim.stop('SIGKILL');
                  await sleep(1000);
                  servers[1] = await startApi('api B', victim.port, options.databaseUrl);
                  restartedIn = (Date.now() - t0) / 1000;
                  log(`fault: instance B killed and serving again after ${restartedIn.toFixed(1)} s`);
                },
              },
            ];
      log(`faults (${kind}): running ${options.seconds} s on two instances`);
      const result = await runPartners(fixture, bases, options.seconds, faults);
      const check = await verifySubmissions(options.databaseUrl, fixture, result.acknowledged);
      log(`faults (${kind}): ${JSON.stringify(result.statuses)}`);
      const share = result.failed / Math.max(result.requests, 1);
      const section = kind === 'database' ? '4a PostgreSQL faults' : '4b instance kill';
      rows.push({ section, what: `${options.partners} partners, ${options.seconds} s, 2 instances: failed requests`, figure: `${result.failed} of ${result.requests} (${(share * 100).toFixed(2)} %); p99 ${result.p99.toFixed(0)} ms`, target: '≤ 2 %', met: share <= 0.02 });
      for (const recovery of result.recoveries) {
        rows.push({ section, what: `recovery after ${recovery.name}`, figure: `${recovery.seconds.toFixed(1)} s (${recovery.failed} failed)${kind === 'instance' ? `; B serving again after ${restartedIn.toFixed(1)} s` : ''}`, target: '≤ 5 s', met: recovery.seconds <= 5 });
      }
      const crashed = kind === 'database' ? servers.filter((s) => s.exited()).map((s) => s.name) : servers[0]?.exited() ? ['api A'] : [];
      rows.push({ section, what: 'crashes; stack traces in error bodies', figure: `${crashed.length ? crashed.join(', ') : 'none'}; ${result.stackTraces}`, target: 'none; 0', met: crashed.length === 0 && result.stackTraces === 0 });
      rows.push({ section, what: 'acknowledged submissions / lost / duplicated', figure: `${result.acknowledged.length} / ${check.lost} / ${check.duplicated}`, target: '0 lost', met: check.lost === 0 && check.duplicated === 0 && result.acknowledged.length > 0 });
    } finally {
      for (const server of servers) await server.stop();
    }
  }
  return rows;
}
