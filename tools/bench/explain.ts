// `npx tsx --tsconfig tools/bench/tsconfig.json tools/bench/explain.ts [large|small]`: EXPLAIN (ANALYZE, BUFFERS)
// of the dashboard's panel queries for counselor1 on the bench's seeded database (run `npm run bench` or
// `npm run seed:large` first). Prints each plan's execution time and whether it scans a table sequentially.
import { join } from 'node:path';
import { DASHBOARD_PANELS } from '../../apps/api/src/dashboard/dashboard.queries';
import { ROOT } from './lib/api-build';
import { startCluster } from './lib/cluster';
import { withClient } from './lib/fixtures';

async function main(): Promise<void> {
  const preset = process.argv[2] ?? 'large';
  const cluster = await startCluster(join(ROOT, 'tmp', 'bench', 'pg'), (line) => console.error(line));
  try {
    await withClient(cluster.url(`trp_bench_${preset}`), async (client) => {
      const { rows } = await client.query(`SELECT id, practice_id FROM user_account WHERE email = 'counselor1@bench.test'`);
      const scope = { practiceId: rows[0].practice_id, counselorId: rows[0].id, now: new Date(), limit: 100 };
      for (const [name, panel] of Object.entries(DASHBOARD_PANELS)) {
        const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${panel.sql}`, panel.parameters(scope));
        const lines = plan.rows.map((r) => r['QUERY PLAN'] as string);
        console.log(`\n### ${name}\n${lines.join('\n')}`);
      }
    });
  } finally {
    await cluster.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
