// `npx tsx --tsconfig tools/bench/tsconfig.json tools/bench/explain.ts [large|small]`: EXPLAIN (ANALYZE, BUFFERS)
// of the dashboard's panel queries, the pre-session digest's queries and the trends read for counselor1 on the bench's seeded
// database (run `npm run bench` or `npm run seed:large` first). Prints the plans; keep them under tmp/bench/
// (`… explain.ts large > tmp/bench/explain-large.txt`).
import { join } from 'node:path';
import { DASHBOARD_PANELS } from '../../apps/api/src/dashboard/dashboard.queries';
import {
  DIGEST_ASSIGNMENTS_SQL,
  DIGEST_COUNTS_SQL,
  DIGEST_PARTNERS_SQL,
  DIGEST_RESPONSES_SQL,
  DIGEST_SCORES_SQL,
  DIGEST_SESSIONS_SQL,
} from '../../apps/api/src/digest/digest.queries';
import { fieldsOf, RELEASED_DEFINITIONS, SCORED_BUILT_IN_KEYS } from '@trp/exercises';
import { TRENDS_SQL } from '../../apps/api/src/trends/trends.queries';
import { ROOT } from './lib/api-build';
import { TRENDS_COUPLE_LABEL } from './lib/seed-large';
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
      // The digest, as DigestService runs it for the default window (today UTC + 7 days).
      const explain = async (name: string, sql: string, parameters: unknown[]) => {
        const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, parameters);
        console.log(`\n### digest: ${name}\n${plan.rows.map((r) => r['QUERY PLAN'] as string).join('\n')}`);
      };
      const now = new Date();
      const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
      const to = new Date(from.getTime() + 7 * 86_400_000);
      const sessionsParameters = [scope.practiceId, scope.counselorId, from, to, now];
      await explain('sessions', DIGEST_SESSIONS_SQL, sessionsParameters);
      const sessions = (await client.query(DIGEST_SESSIONS_SQL, sessionsParameters)).rows as { couple_id: string; previous_at: Date | null; couple_created_at: Date }[];
      const coupleIds = [...new Set(sessions.map((s) => s.couple_id))];
      const earliest = new Date(Math.min(...sessions.map((s) => (s.previous_at ?? s.couple_created_at).getTime())));
      console.log(`\n(digest: ${sessions.length} sessions, ${coupleIds.length} couples, earliest since ${earliest.toISOString()})`);
      await explain('counts', DIGEST_COUNTS_SQL, [scope.practiceId, coupleIds, now]);
      await explain('partners', DIGEST_PARTNERS_SQL, [scope.practiceId, coupleIds]);
      await explain('assignments', DIGEST_ASSIGNMENTS_SQL, [scope.practiceId, coupleIds, earliest, now]);
      await explain('responses', DIGEST_RESPONSES_SQL, [scope.practiceId, coupleIds, earliest]);
      await explain('scores', DIGEST_SCORES_SQL, [scope.practiceId, coupleIds, earliest, now, SCORED_BUILT_IN_KEYS]);
      // The trends read for the generator's couple with 150 check-ins (issue 16), with the exercise keys and field ids
      // TrendsService asks for (exercises with a scale or emotions field, or a score).
      const chartable = (f: { type: string }) => f.type === 'scale' || f.type === 'emotions';
      const keys = [...new Set(RELEASED_DEFINITIONS.filter((d) => fieldsOf(d).some(chartable) || d.scoring !== undefined).map((d) => d.key))];
      const fieldIds = [...new Set(RELEASED_DEFINITIONS.flatMap((d) => fieldsOf(d).filter(chartable).map((f) => f.id)))];
      const trendsCouple = await client.query(`SELECT id FROM couple WHERE label = $1`, [TRENDS_COUPLE_LABEL]);
      if (trendsCouple.rows[0]) {
        const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${TRENDS_SQL}`, [scope.practiceId, trendsCouple.rows[0].id, keys, fieldIds]);
        console.log(`\n### trends (couple with 150 check-ins)\n${plan.rows.map((r) => r['QUERY PLAN'] as string).join('\n')}`);
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
