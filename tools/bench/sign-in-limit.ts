/**
 * The cost of keeping the per-address rate limit in PostgreSQL (issue 13), a script, not a test:
 *   npx tsx --tsconfig tools/bench/tsconfig.json tools/bench/sign-in-limit.ts
 *
 * Builds the API if dist/ is missing, creates a fresh database on BENCH_DATABASE_URL (else TEST_DATABASE_URL, else
 * postgres://postgres@127.0.0.1:5432/postgres), starts the built API twice on CPU 0 — RATE_LIMIT_STORE=memory and
 * RATE_LIMIT_STORE=postgresql, both with TRUST_PROXY=127.0.0.1 — and sends POST /api/auth/login with a wrong
 * password, each request from a fresh X-Forwarded-For address for a fresh unknown email (so neither the rate limit
 * nor the lockout answers first: every request does the whole failure path: the throttler's count, the lockout's
 * three rows, argon2id against the dummy hash, two audit rows). Rounds interleave the two variants. Prints p50/p99
 * per variant, sequential (1 connection) and with BENCH_CONNECTIONS (default 4) at once; and, to show the storage's
 * own cost without argon2id's, POST /api/portal/session with an unknown token (the same throttler, then one lookup).
 * The database is dropped.
 * Settings: BENCH_REQUESTS per round and variant (default 150), BENCH_ROUNDS (default 4).
 */
import { performance } from 'node:perf_hooks';
import { migrate } from './lib/api-build';
import { freePort } from './lib/cluster';
import { withClient } from './lib/fixtures';
import { percentile } from './lib/http-load';
import { ServerProcess, startApi } from './lib/servers';

const SERVER = process.env['BENCH_DATABASE_URL'] ?? process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REQUESTS = Number(process.env['BENCH_REQUESTS'] ?? 150);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 4);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 4);
const STORES = ['memory', 'postgresql'] as const;
type Store = (typeof STORES)[number];

let counter = 0;
/** A fresh client address and email for every request: 10.a.b.c from a counter. */
function nextAttempt(): { address: string; email: string } {
  counter += 1;
  return { address: `10.${(counter >> 16) & 255}.${(counter >> 8) & 255}.${counter & 255}`, email: `nobody-${counter}@bench.test` };
}

type Route = 'login' | 'exchange';

async function attempt(base: string, route: Route): Promise<number> {
  const { address, email } = nextAttempt();
  const started = performance.now();
  const response = await fetch(`${base}/api/${route === 'login' ? 'auth/login' : 'portal/session'}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify(route === 'login' ? { email, password: 'not the password at all' } : { token: `unknown-${email}` }),
  });
  await response.arrayBuffer();
  const ms = performance.now() - started;
  if (response.status !== 401) throw new Error(`expected 401, got ${response.status}`);
  return ms;
}

async function run(base: string, requests: number, connections: number, route: Route = 'login'): Promise<number[]> {
  const samples: number[] = [];
  let left = requests;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (left > 0) {
        left -= 1;
        samples.push(await attempt(base, route));
      }
    }),
  );
  return samples;
}

async function main(): Promise<void> {
  const name = `trp_bench_limit_${Date.now().toString(36)}`;
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  await withClient(SERVER, (c) => c.query(`CREATE DATABASE ${name}`));
  const servers: Partial<Record<Store, ServerProcess>> = {};
  try {
    migrate(databaseUrl);
    for (const store of STORES) {
      servers[store] = await startApi(`api-${store}`, await freePort(), databaseUrl, { RATE_LIMIT_STORE: store, TRUST_PROXY: '127.0.0.1' });
    }
    const samples: Record<string, number[]> = {};
    const add = (key: string, values: number[]) => (samples[key] ??= []).push(...values);
    for (const store of STORES) await run((servers[store] as ServerProcess).base, 30, 2); // warm-up
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const store of STORES) {
        const base = (servers[store] as ServerProcess).base;
        add(`${store} 1`, await run(base, REQUESTS, 1));
        add(`${store} ${CONNECTIONS}`, await run(base, REQUESTS, CONNECTIONS));
        add(`${store} exchange`, await run(base, REQUESTS, 1, 'exchange'));
      }
    }
    const rows: string[] = [];
    for (const connections of [1, CONNECTIONS]) {
      for (const store of STORES) {
        const sorted = [...(samples[`${store} ${connections}`] ?? [])].sort((a, b) => a - b);
        rows.push(`| login (wrong password) | ${store} | ${connections} | ${sorted.length} | ${percentile(sorted, 50).toFixed(1)} ms | ${percentile(sorted, 99).toFixed(1)} ms |`);
      }
    }
    for (const store of STORES) {
      const sorted = [...(samples[`${store} exchange`] ?? [])].sort((a, b) => a - b);
      rows.push(`| portal/session (unknown token) | ${store} | 1 | ${sorted.length} | ${percentile(sorted, 50).toFixed(1)} ms | ${percentile(sorted, 99).toFixed(1)} ms |`);
    }
    const [{ rows: limitRows }] = [await withClient(databaseUrl, (c) => c.query(`SELECT count(*)::int AS n FROM rate_limit`))];
    console.log(`\nPOST /api/auth/login and /api/portal/session, a fresh address (and email) each; ${ROUNDS} interleaved rounds; API on CPU 0`);
    console.log('| POST /api/… | rate-limit store | connections | requests | p50 | p99 |\n|---|---|---|---|---|---|');
    console.log(rows.join('\n'));
    console.log(`rate_limit rows at the end: ${limitRows[0]?.n} (swept once a minute per process)`);
  } finally {
    for (const server of Object.values(servers)) await server?.stop();
    await withClient(SERVER, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
