// `npm run seed:large -- [--preset small|large] [--couples N] [--history-years Y] [--responses R] [--counselors C]
//                        [--database-url URL]`
// Loads one large practice (see lib/seed-large.ts) and prints its rate. Without --database-url it uses the bench's
// own PostgreSQL cluster in tmp/bench/pg and (re)creates the database trp_bench_<preset>. With --database-url the
// database must be empty: it is migrated first.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { migrate, nxBuild, ROOT } from './lib/api-build';
import { startCluster } from './lib/cluster';
import { PRESETS, seedLarge, seedOptions } from './lib/seed-large';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      preset: { type: 'string', default: 'large' },
      couples: { type: 'string' },
      counselors: { type: 'string' },
      responses: { type: 'string' },
      'history-years': { type: 'string' },
      'database-url': { type: 'string' },
    },
  });
  const preset = values.preset as keyof typeof PRESETS;
  if (!(preset in PRESETS)) throw new Error(`--preset must be one of ${Object.keys(PRESETS).join(', ')}`);
  const number = (value: string | undefined) => (value === undefined ? undefined : Number(value));
  const options = seedOptions(preset, {
    ...(values.couples && { couples: number(values.couples) }),
    ...(values.counselors && { counselors: number(values.counselors) }),
    ...(values.responses && { responses: number(values.responses) }),
    ...(values['history-years'] && { historyYears: number(values['history-years']) }),
  });
  const log = (line: string) => console.log(`seed: ${line}`);
  nxBuild(['api']);
  let url = values['database-url'];
  const cluster = url ? undefined : await startCluster(join(ROOT, 'tmp', 'bench', 'pg'), log);
  try {
    if (cluster) {
      const name = `trp_bench_${preset}`;
      await cluster.admin(async (admin) => {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.query(`CREATE DATABASE ${name}`);
      });
      url = cluster.url(name);
    }
    migrate(url as string);
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const summary = await seedLarge(client, options, log);
      console.log(`seed: ${summary.rows['response']} responses in ${summary.seconds.toFixed(1)} s = ${summary.responsesPerSecond} responses/s; sign in as ${summary.counselorEmails[0]} / ${options.password}`);
      if (cluster) console.log(`seed: database ${url}`);
    } finally {
      await client.end();
    }
  } finally {
    await cluster?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
