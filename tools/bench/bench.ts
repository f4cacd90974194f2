// `npm run bench`: every figure of issues 7, 14, 15 and 16 in one run, printed as one table. See docs/performance.md.
// Runs itself on CPU 1 (package.json: `taskset -c 1`); the servers under test run on CPU 0.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { migrate, nxBuild, ROOT } from './lib/api-build';
import { type BenchCluster, startCluster } from './lib/cluster';
import { sha256 } from './lib/fixtures';
import { jobsBench } from './lib/jobs-bench';
import { readBench } from './lib/read-bench';
import { BENCH_PASSWORD, PRESETS, seedLarge, seedOptions } from './lib/seed-large';
import { printTable, type Row } from './lib/table';
import { webBench } from './lib/web-bench';
import { writeBench } from './lib/write-bench';

const log = (line: string) => console.error(`bench: ${line}`);

/** What a seeded database was made from: the migrations and the generator. A change means seed again. */
function fingerprint(preset: string): string {
  const files = [
    ...readdirSync(join(ROOT, 'migrations', 'src')).map((f) => join(ROOT, 'migrations', 'src', f)),
    join(ROOT, 'tools', 'bench', 'lib', 'seed-large.ts'),
    join(ROOT, 'tools', 'bench', 'lib', 'answer-pool.ts'),
  ].sort();
  return sha256(preset + files.map((f) => readFileSync(f, 'utf8')).join('\n')).slice(0, 16);
}

/** The database of a preset, seeded unless an earlier run left one made from the same migrations and generator. */
async function seededDatabase(cluster: BenchCluster, preset: keyof typeof PRESETS, reseed: boolean): Promise<{ url: string; seeded?: { responses: number; seconds: number; rate: number } }> {
  const name = `trp_bench_${preset}`;
  const url = cluster.url(name);
  const wanted = fingerprint(preset);
  const existing = await cluster.admin(async (admin) => {
    const { rows } = await admin.query(`SELECT shobj_description(oid, 'pg_database') AS note FROM pg_database WHERE datname = $1`, [name]);
    return rows[0] ? (rows[0].note as string | null) : undefined;
  });
  if (!reseed && existing === wanted) {
    log(`reusing ${name} (same migrations and generator)`);
    return { url };
  }
  await cluster.admin(async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  });
  migrate(url);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const summary = await seedLarge(client, seedOptions(preset), (line) => log(`seed ${preset}: ${line}`));
    await cluster.admin((admin) => admin.query(`COMMENT ON DATABASE ${name} IS '${wanted}'`));
    return { url, seeded: { responses: summary.rows['response'] ?? 0, seconds: summary.seconds, rate: summary.responsesPerSecond } };
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      reseed: { type: 'boolean', default: false },
      rounds: { type: 'string', default: '5' },
      seconds: { type: 'string', default: '6' },
      only: { type: 'string', default: 'read,partner,faults,web,jobs' },
    },
  });
  const only = new Set(values.only.split(','));
  const rounds = Number(values.rounds);
  const seconds = Number(values.seconds);
  const started = Date.now();
  log(`building ${only.has('web') ? 'api and web' : 'api'} (production)…`);
  nxBuild(only.has('web') ? ['api', 'web'] : ['api']);
  const cluster = await startCluster(join(ROOT, 'tmp', 'bench', 'pg'), log);
  const rows: Row[] = [];
  try {
    const large = await seededDatabase(cluster, 'large', values.reseed);
    const small = await seededDatabase(cluster, 'small', values.reseed);
    if (large.seeded) rows.push({ section: 'seed', what: `generator, ${large.seeded.responses} responses`, figure: `${large.seeded.seconds.toFixed(0)} s, ${large.seeded.rate} responses/s`, target: 'minutes', met: large.seeded.seconds < 600 });
    if (only.has('read') || only.has('digest') || only.has('trends')) {
      // `--only digest` / `--only trends`: those pages' rounds alone (10k and 1M), for issue 15's and 16's targets.
      const pages = only.has('read') ? undefined : ['digest', 'trends'].filter((page) => only.has(page));
      const figures = await readBench({ largeUrl: large.url, smallUrl: small.url, counselorEmail: 'counselor1@bench.test', password: BENCH_PASSWORD, rounds, seconds, connections: 10, pages, log });
      rows.push(...readRows(figures));
    }
    if (only.has('jobs')) {
      // Issue 14: reminder scans over the 1M data and mail throughput, on a copy (the scans write reminders).
      const copy = 'trp_bench_jobs';
      log(`copying the 1M database to ${copy} for the jobs runs…`);
      await cluster.admin(async (admin) => {
        await admin.query(`DROP DATABASE IF EXISTS ${copy} WITH (FORCE)`);
        await admin.query(`CREATE DATABASE ${copy} TEMPLATE trp_bench_large`);
        await admin.query('CHECKPOINT');
      });
      spawnSync('sync');
      try {
        rows.push(...(await jobsBench({ databaseUrl: cluster.url(copy), counselorEmail: 'counselor1@bench.test', password: BENCH_PASSWORD, rounds: Math.min(rounds, 3), seconds: Math.max(seconds, 10), connections: 10, log })));
      } finally {
        await cluster.admin((admin) => admin.query(`DROP DATABASE IF EXISTS ${copy} WITH (FORCE)`));
      }
    }
    if (only.has('partner') || only.has('faults') || only.has('web')) {
      const copy = 'trp_bench_write';
      log(`copying the 1M database to ${copy} for the write runs…`);
      await cluster.admin(async (admin) => {
        await admin.query(`DROP DATABASE IF EXISTS ${copy} WITH (FORCE)`);
        await admin.query(`CREATE DATABASE ${copy} TEMPLATE trp_bench_large`);
        // The copy wrote gigabytes; flush them before measuring, or the OS writes them back during the run and
        // stalls the WAL flushes of its commits (seen: 70–185 ms COMMITs in one burst, the whole p99 of part 3).
        await admin.query('CHECKPOINT');
      });
      spawnSync('sync');
      try {
        if (only.has('partner') || only.has('faults')) {
          rows.push(...(await writeBench({ cluster, databaseUrl: cluster.url(copy), database: copy, partners: 200, seconds: 30, faults: only.has('faults'), log })));
        }
        if (only.has('web')) rows.push(...(await webBench(cluster.url(copy), 'counselor1@bench.test', BENCH_PASSWORD, log)));
      } finally {
        await cluster.admin((admin) => admin.query(`DROP DATABASE IF EXISTS ${copy} WITH (FORCE)`));
      }
    }
  } finally {
    await cluster.stop();
  }
  printTable(rows, { rounds, seconds, minutes: (Date.now() - started) / 60_000 });
}

function readRows(figures: Awaited<ReturnType<typeof readBench>>): Row[] {
  const by = (name: string) => {
    const found = figures.find((f) => f.name === name);
    if (!found) throw new Error(`no figures for ${name}`);
    return found;
  };
  const has = (name: string) => figures.some((f) => f.name === name);
  const rows: Row[] = figures.map((f) => ({
    section: '1-2 reads',
    what: f.name,
    figure: `${f.rps.median.toFixed(0)} req/s [${f.rps.min.toFixed(0)}–${f.rps.max.toFixed(0)}]; p50 ${f.p50.median} ms; p99 ${f.p99.median} ms [${f.p99.min}–${f.p99.max}]${f.failed ? `; ${f.failed} failed` : ''}`,
  }));
  if (has('dashboard, bare fastify+pg, 1M')) {
    const api = by('dashboard, API, 1M');
    const bare = by('dashboard, bare fastify+pg, 1M');
    const rpsRatio = api.rps.median / bare.rps.median;
    const p99Ratio = api.p99.median / Math.max(bare.p99.median, 1);
    rows.push({ section: '1 dashboard vs bare', what: 'req/s ratio API / bare', figure: `${rpsRatio.toFixed(2)}×`, target: '≥ 0.7×', met: rpsRatio >= 0.7 });
    rows.push({ section: '1 dashboard vs bare', what: 'p99 ratio API / bare', figure: `${p99Ratio.toFixed(2)}×`, target: '≤ 2×', met: p99Ratio <= 2 });
  }
  const sections: Record<string, string> = { digest: '15 digest 1M vs 10k', trends: '16 trends 1M vs 10k' };
  for (const page of ['dashboard', 'couples', 'review', 'digest', 'trends']) {
    if (!has(`${page}, API, 1M`)) continue;
    // The digest's row is issue 15's target, the trends' issue 16's (a couple with 150 check-ins); the others issue 7's.
    const ratio = by(`${page}, API, 1M`).p99.median / Math.max(by(`${page}, API, 10k`).p99.median, 1);
    rows.push({ section: sections[page] ?? '2 1M vs 10k', what: `${page}: p99 ratio 1M / 10k`, figure: `${ratio.toFixed(2)}×`, target: '≤ 1.2×', met: ratio <= 1.2 });
  }
  return rows;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
