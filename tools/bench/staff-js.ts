// `npx tsx --tsconfig tools/bench/tsconfig.json tools/bench/staff-js.ts <checkout> [<checkout> …]`: the staff app's
// JavaScript as the bench's row "5 web" measures it (every script the browser fetched, gzip -9 of each, 390 px wide,
// `pageJs` of lib/web-bench.ts), for the built `dist/` of each checkout: `/` (the dashboard) and one couple's page
// (where the "Change over time" charts are), signed in as a demo counselor. Each checkout's own `main.js serve` runs
// on a fresh database with the demo practice (DEMO_DATA=true) on the PostgreSQL of TEST_DATABASE_URL (default
// :5432). Build first in each checkout: `npx nx run-many -t build -p api web`. Compare before/after a change by
// passing two checkouts (e.g. a temporary `git worktree` of the commit before it).
import { join, resolve } from 'node:path';
import { createDatabase, startServer } from '../../e2e/support/server';
import { pageJs, type Size } from './lib/web-bench';

const COUNSELOR = { email: 'dana.reyes@riverside.example', password: 'riverside demo practice' };
const COUPLE = 'Amara & Theo';
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
/** Sizes, and whether the trend chart's code (its component selector) is among the scripts loaded. */
const show = (size: Size & { bodies: Buffer[] }) =>
  `${kb(size.raw)} raw, ${kb(size.gzip)} gzip; chart code loaded: ${size.bodies.some((b) => b.includes('trp-trend-chart')) ? 'yes' : 'no'}`;

async function measure(checkout: string): Promise<void> {
  const database = await createDatabase();
  const server = await startServer({ DATABASE_URL: database.url, DEMO_DATA: 'true' }, { main: join(checkout, 'dist', 'apps', 'api', 'main.js'), cwd: checkout });
  try {
    const signIn = (request: { post: (path: string, body: unknown) => Promise<void> }) => request.post('/api/auth/login', COUNSELOR);
    const dashboard = await pageJs(`${server.baseUrl}/`, signIn, 'main h1');
    const login = await fetch(`${server.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(COUNSELOR) });
    const cookie = login.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ');
    const couples = (await (await fetch(`${server.baseUrl}/api/couples?limit=100`, { headers: { cookie } })).json()) as { items: { id: string; label: string }[] };
    const couple = couples.items.find((c) => c.label === COUPLE) ?? couples.items[0];
    const couplePage = await pageJs(`${server.baseUrl}/couples/${couple?.id}`, signIn, 'main h1');
    console.log(`${checkout}\n  staff dashboard (/), JS loaded: ${show(dashboard)}\n  couple page (/couples/:id, "${couple?.label}"), JS loaded: ${show(couplePage)}`);
  } finally {
    await server.stop();
    await database.drop();
  }
}

async function main(): Promise<void> {
  const checkouts = process.argv.slice(2).map((path) => resolve(path));
  if (checkouts.length === 0) throw new Error('usage: staff-js.ts <checkout> [<checkout> …]');
  for (const checkout of checkouts) await measure(checkout);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
