/**
 * Dashboard latency benchmark (a script, not a test): `npm run bench:dashboard`.
 *
 * Seeds ONE practice with 500 couples and 20,000 assignments (about 37,000 responses with valid answers from
 * `arbitraryAnswersFor`) into a fresh database with multi-row inserts, starts the BUILT API (dist/apps/api/main.js)
 * against it, signs in as the counselor owning every couple, and prints the p50/p95/p99 latency of
 * `GET /api/dashboard` over N sequential requests. Writes `EXPLAIN (ANALYZE, BUFFERS)` of each panel query to
 * tmp/bench/dashboard-explain.txt. The database is dropped at the end (BENCH_KEEP_DATABASE=1 keeps it).
 *
 * Settings: BENCH_DATABASE_URL (else TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres: the
 * server to create the database on), BENCH_REQUESTS (default 300), BENCH_PORT (default 3917).
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { Client } from 'pg';
import { EXERCISE_KEYS, latestDefinition, safetyFlags } from '@trp/exercises';
import type { Answers } from '@trp/exercises';
import { arbitraryAnswersFor, loremText } from '@trp/exercises/testing';
import { DASHBOARD_PANELS } from '../../apps/api/src/dashboard/dashboard.queries';

const COUPLES = 500;
const ASSIGNMENTS_PER_COUPLE = 40; // 500 × 40 = 20,000
const REQUESTS = Number(process.env['BENCH_REQUESTS'] ?? 300);
const PORT = Number(process.env['BENCH_PORT'] ?? 3917);
const SERVER = process.env['BENCH_DATABASE_URL'] ?? process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ROOT = join(__dirname, '..', '..');
const MAIN = join(ROOT, 'dist', 'apps', 'api', 'main.js');
const EMAIL = 'counselor@bench.test';
const PASSWORD = 'benchmark practice password';
const DAY = 86_400_000;

async function main(): Promise<void> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npx nx build api\` first (npm run bench:dashboard does).`);
  const name = `trp_bench_${Date.now().toString(36)}`;
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  await withClient(SERVER, (c) => c.query(`CREATE DATABASE ${name}`));
  let server: ChildProcess | undefined;
  try {
    const env = { ...process.env, DATABASE_URL: databaseUrl, DEMO_DATA: 'false', LOG_LEVEL: 'warn' };
    execFileSync(process.execPath, [MAIN, 'migrate'], { env, stdio: 'inherit' });
    execFileSync(process.execPath, [MAIN, 'create-admin', '--practice', 'Bench Practice', '--email', EMAIL, '--password', PASSWORD, '--name', 'Bench Counselor'], {
      env,
      stdio: 'inherit',
    });
    const seeded = await withClient(databaseUrl, seed);
    console.log(`seeded ${seeded.couples} couples, ${seeded.assignments} assignments, ${seeded.responses} responses in ${seeded.seconds.toFixed(1)} s`);

    server = spawn(process.execPath, [MAIN], {
      env: { ...env, PORT: String(PORT), PUBLIC_URL: `http://127.0.0.1:${PORT}` },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const base = `http://127.0.0.1:${PORT}`;
    await waitForHealth(base);
    const cookie = await signIn(base);

    for (let i = 0; i < 20; i++) await getDashboard(base, cookie); // warm-up (JIT, pool, plan cache)
    const times: number[] = [];
    let body: { safetyFlags: unknown[]; readyToReview: unknown[]; overdue: unknown[]; caseload: unknown[] } | undefined;
    for (let i = 0; i < REQUESTS; i++) {
      const start = performance.now();
      body = await getDashboard(base, cookie);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]?.toFixed(1);
    console.log(
      `GET /api/dashboard × ${REQUESTS} (sequential, after 20 warm-up): p50 ${at(50)} ms, p95 ${at(95)} ms, p99 ${at(99)} ms, max ${times[times.length - 1]?.toFixed(1)} ms`,
    );
    console.log(
      `panels: ${body?.safetyFlags.length} safety flags, ${body?.readyToReview.length} ready to review, ${body?.overdue.length} overdue (queues capped at 100), ${body?.caseload.length} couples`,
    );
    const explainFile = await withClient(databaseUrl, explain);
    console.log(`EXPLAIN (ANALYZE, BUFFERS) of each panel: ${explainFile}`);
  } finally {
    server?.kill('SIGTERM');
    if (process.env['BENCH_KEEP_DATABASE'] !== '1') await withClient(SERVER, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    else console.log(`kept database ${databaseUrl}`);
  }
}

/** Valid submitted answers per exercise, a pool cycled through (texts from the lorem generator). */
function answerPools(): Map<string, Answers[]> {
  const pools = new Map<string, Answers[]>();
  for (const key of EXERCISE_KEYS) {
    const definition = latestDefinition(key);
    if (!definition) continue;
    pools.set(key, fc.sample(arbitraryAnswersFor(definition, { fill: 'some', text: loremText }), { numRuns: 40, seed: 42 }));
  }
  return pools;
}

async function seed(c: Client): Promise<{ couples: number; assignments: number; responses: number; seconds: number }> {
  const started = performance.now();
  const [{ practice_id: practiceId, id: counselorId }] = (await c.query(`SELECT id, practice_id FROM user_account WHERE email = $1`, [EMAIL])).rows;
  await c.query(`UPDATE user_account SET roles = '{admin,counselor}' WHERE id = $1`, [counselorId]);
  const pools = answerPools();
  const now = Date.now();
  const couples = { id: [] as string[], label: [] as string[], created: [] as Date[] };
  const partners = { id: [] as string[], couple: [] as string[], position: [] as number[], name: [] as string[], perspective: [] as string[] };
  const assignments = { id: [] as string[], couple: [] as string[], key: [] as string[], status: [] as string[], due: [] as (Date | null)[], created: [] as Date[] };
  const responses = { assignment: [] as string[], partner: [] as string[], status: [] as string[], answers: [] as string[], flagged: [] as boolean[], submitted: [] as (Date | null)[] };
  let poolIndex = 0;
  const answersFor = (key: string, flagged: boolean): { json: string; flagged: boolean } => {
    const pool = pools.get(key) ?? [];
    const answers = { ...pool[poolIndex++ % pool.length], safetyCheck: flagged ? 'unsure' : 'yes' };
    const definition = latestDefinition(key);
    return { json: JSON.stringify(answers), flagged: definition ? safetyFlags(definition, answers).length > 0 : false };
  };

  for (let ci = 0; ci < COUPLES; ci++) {
    const coupleId = randomUUID();
    couples.id.push(coupleId);
    couples.label.push(`Couple ${String(ci + 1).padStart(3, '0')}`);
    couples.created.push(new Date(now - 300 * DAY));
    const partnerIds = [randomUUID(), randomUUID()];
    partnerIds.forEach((id, i) => {
      partners.id.push(id);
      partners.couple.push(coupleId);
      partners.position.push(i + 1);
      partners.name.push(`${i ? 'Alex' : 'Robin'} ${ci + 1}`);
      partners.perspective.push(i ? 'involved' : 'hurt');
    });
    for (let ai = 0; ai < ASSIGNMENTS_PER_COUPLE; ai++) {
      // Oldest first, weekly. 34 reviewed (both submitted), 2 cancelled, then 4 open: both submitted (ready),
      // one submitted and overdue (ready + overdue), none and overdue, one draft and due next week.
      const id = randomUUID();
      const key = EXERCISE_KEYS[ai % EXERCISE_KEYS.length] ?? 'acknowledge-the-breach';
      const created = new Date(now - (ASSIGNMENTS_PER_COUPLE - ai) * 7 * DAY);
      const slot = ai < 34 ? 'reviewed' : ai < 36 ? 'cancelled' : (['both', 'oneOverdue', 'noneOverdue', 'draft'] as const)[ai - 36];
      const status = slot === 'reviewed' || slot === 'cancelled' ? slot : 'open';
      const due = slot === 'draft' ? new Date(now + 7 * DAY) : slot === 'oneOverdue' || slot === 'noneOverdue' ? new Date(now - 2 * DAY) : new Date(created.getTime() + 7 * DAY);
      assignments.id.push(id);
      assignments.couple.push(coupleId);
      assignments.key.push(key);
      assignments.status.push(status);
      assignments.due.push(due);
      assignments.created.push(created);
      const submitted = slot === 'reviewed' || slot === 'both' ? 2 : slot === 'oneOverdue' || slot === 'cancelled' ? 1 : 0;
      partnerIds.forEach((partnerId, pi) => {
        const isSubmitted = pi < submitted;
        const isDraft = !isSubmitted && slot === 'draft' && pi === 0;
        if (!isSubmitted && !isDraft) return;
        // About 2% of couples have a safety concern on an open assignment.
        const { json, flagged } = answersFor(key, isSubmitted && slot === 'both' && ci % 50 === 0 && pi === 0);
        responses.assignment.push(id);
        responses.partner.push(partnerId);
        responses.status.push(isSubmitted ? 'submitted' : 'draft');
        responses.answers.push(json);
        responses.flagged.push(isSubmitted && flagged);
        responses.submitted.push(isSubmitted ? new Date(created.getTime() + 3 * DAY) : null);
      });
    }
  }

  await c.query('BEGIN');
  await c.query(
    `INSERT INTO couple (id, practice_id, counselor_id, label, created_at) SELECT u.id, $1, $2, u.label, u.created FROM unnest($3::uuid[], $4::text[], $5::timestamptz[]) AS u(id, label, created)`,
    [practiceId, counselorId, couples.id, couples.label, couples.created],
  );
  await c.query(
    `INSERT INTO partner (id, practice_id, couple_id, position, display_name, perspective)
     SELECT u.id, $1, u.couple, u.position, u.name, u.perspective FROM unnest($2::uuid[], $3::uuid[], $4::smallint[], $5::text[], $6::text[]) AS u(id, couple, position, name, perspective)`,
    [practiceId, partners.id, partners.couple, partners.position, partners.name, partners.perspective],
  );
  for (let i = 0; i < assignments.id.length; i += 5000) {
    const s = (values: unknown[]) => values.slice(i, i + 5000);
    await c.query(
      `INSERT INTO assignment (id, practice_id, couple_id, exercise_key, exercise_version, status, due_at, created_at, reviewed_at, cancelled_at, created_by_user_id)
       SELECT u.id, $1, u.couple, u.key, 1, u.status, u.due, u.created,
              CASE WHEN u.status = 'reviewed' THEN u.created + interval '6 days' END, CASE WHEN u.status = 'cancelled' THEN u.created + interval '1 day' END, $2
         FROM unnest($3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::timestamptz[], $8::timestamptz[]) AS u(id, couple, key, status, due, created)`,
      [practiceId, counselorId, s(assignments.id), s(assignments.couple), s(assignments.key), s(assignments.status), s(assignments.due), s(assignments.created)],
    );
  }
  for (let i = 0; i < responses.assignment.length; i += 5000) {
    const s = (values: unknown[]) => values.slice(i, i + 5000);
    await c.query(
      `INSERT INTO response (practice_id, assignment_id, partner_id, status, answers, safety_flagged, submitted_at, created_at, updated_at)
       SELECT $1, u.assignment, u.partner, u.status, u.answers, u.flagged, u.submitted, coalesce(u.submitted, now()), coalesce(u.submitted, now())
         FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::jsonb[], $6::boolean[], $7::timestamptz[]) AS u(assignment, partner, status, answers, flagged, submitted)`,
      [practiceId, s(responses.assignment), s(responses.partner), s(responses.status), s(responses.answers), s(responses.flagged), s(responses.submitted)],
    );
  }
  await c.query('COMMIT');
  await c.query('VACUUM ANALYZE'); // as autovacuum would after a bulk load (visibility map for index-only scans)
  return { couples: couples.id.length, assignments: assignments.id.length, responses: responses.assignment.length, seconds: (performance.now() - started) / 1000 };
}

async function explain(c: Client): Promise<string> {
  const [{ practice_id: practiceId, id: counselorId }] = (await c.query(`SELECT id, practice_id FROM user_account WHERE email = $1`, [EMAIL])).rows;
  const scope = { practiceId, counselorId, now: new Date(), limit: 100 };
  const out: string[] = [];
  for (const [panel, { sql, parameters }] of Object.entries(DASHBOARD_PANELS)) {
    const { rows } = await c.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, parameters(scope));
    out.push(`==== ${panel}\n${rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n')}\n`);
  }
  const dir = join(ROOT, 'tmp', 'bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'dashboard-explain.txt');
  writeFileSync(file, out.join('\n'));
  for (const block of out) {
    const [title] = block.split('\n');
    const time = block.match(/Execution Time: ([\d.]+) ms/)?.[1];
    console.log(`  ${title?.replace('==== ', '')}: execution ${time} ms`);
  }
  return file;
}

async function withClient<T>(connectionString: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function waitForHealth(base: string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('The API did not become healthy within 30 s.');
}

async function signIn(base: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`Sign-in answered ${response.status}: ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
}

async function getDashboard(base: string, cookie: string) {
  const response = await fetch(`${base}/api/dashboard`, { headers: { cookie, accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET /api/dashboard answered ${response.status}: ${await response.text()}`);
  return response.json();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
