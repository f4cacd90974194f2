import { join } from 'node:path';
import { ROOT } from './api-build';
import { freePort, sleep } from './cluster';
import { reviewTarget, signIn, trendsTarget } from './fixtures';
import { TRENDS_COUPLE_LABEL } from './seed-large';
import { hammer, type LoadFigures, spread, type Spread } from './http-load';
import { type ServerProcess, startApi, startProcess } from './servers';

export interface ReadOptions {
  readonly largeUrl: string;
  readonly smallUrl: string;
  readonly counselorEmail: string;
  readonly password: string;
  readonly rounds: number;
  readonly seconds: number;
  readonly connections: number;
  /** Which pages to measure (default all): dashboard (with the bare baseline), couples, review, digest, trends. */
  readonly pages?: readonly string[];
  readonly log: (line: string) => void;
}

export interface VariantFigures {
  readonly name: string;
  readonly rps: Spread;
  readonly p50: Spread;
  readonly p99: Spread;
  readonly failed: number;
}

interface Variant {
  readonly name: string;
  readonly url: string;
  readonly headers: Record<string, string>;
}

/**
 * Targets 1 and 2: the dashboard against the bare Fastify + pg baseline, and the dashboard, couple list and
 * review page, the pre-session digest and a couple's trends (150 check-ins) at 1M and at 10k responses (`pages` picks some). Every variant runs once per round, rounds interleaved (A B C … A B C …),
 * so drift on the machine hits all of them alike; figures are the median, min and max over the rounds.
 */
export async function readBench(options: ReadOptions): Promise<VariantFigures[]> {
  const servers: ServerProcess[] = [];
  try {
    const large = await startApi('api (1M)', await freePort(), options.largeUrl);
    servers.push(large);
    const small = await startApi('api (10k)', await freePort(), options.smallUrl);
    servers.push(small);
    const barePort = await freePort();
    const bareServer = await startProcess(
      'bare fastify + pg',
      barePort,
      ['--import', 'tsx', join(ROOT, 'tools', 'bench', 'bare-dashboard.ts')],
      { DATABASE_URL: options.largeUrl, DATABASE_POOL_SIZE: '10', PORT: String(barePort) },
      '/api/health',
    );
    servers.push(bareServer);

    const largeCookie = await signIn(large.base, options.counselorEmail, options.password);
    const smallCookie = await signIn(small.base, options.counselorEmail, options.password);
    const largeReview = await reviewTarget(options.largeUrl, options.counselorEmail);
    const smallReview = await reviewTarget(options.smallUrl, options.counselorEmail);
    const largeTrends = await trendsTarget(options.largeUrl, TRENDS_COUPLE_LABEL);
    const smallTrends = await trendsTarget(options.smallUrl, TRENDS_COUPLE_LABEL);
    const variants: Variant[] = [
      { name: 'dashboard, API, 1M', url: `${large.base}/api/dashboard`, headers: { cookie: largeCookie } },
      { name: 'dashboard, bare fastify+pg, 1M', url: `${bareServer.base}/api/dashboard`, headers: { cookie: largeCookie } },
      { name: 'dashboard, API, 10k', url: `${small.base}/api/dashboard`, headers: { cookie: smallCookie } },
      { name: 'couples, API, 1M', url: `${large.base}/api/couples`, headers: { cookie: largeCookie } },
      { name: 'couples, API, 10k', url: `${small.base}/api/couples`, headers: { cookie: smallCookie } },
      { name: 'review, API, 1M', url: `${large.base}/api/assignments/${largeReview}`, headers: { cookie: largeCookie } },
      { name: 'review, API, 10k', url: `${small.base}/api/assignments/${smallReview}`, headers: { cookie: smallCookie } },
      { name: 'digest, API, 1M', url: `${large.base}/api/digest`, headers: { cookie: largeCookie } },
      { name: 'digest, API, 10k', url: `${small.base}/api/digest`, headers: { cookie: smallCookie } },
      { name: 'trends, API, 1M', url: `${large.base}/api/couples/${largeTrends}/trends`, headers: { cookie: largeCookie } },
      { name: 'trends, API, 10k', url: `${small.base}/api/couples/${smallTrends}/trends`, headers: { cookie: smallCookie } },
    ].filter((v) => !options.pages || options.pages.includes(v.name.split(',')[0] as string));
    for (const variant of variants) {
      const probe = await fetch(variant.url, { headers: variant.headers });
      if (!probe.ok) throw new Error(`${variant.name}: ${variant.url} answered ${probe.status}: ${(await probe.text()).slice(0, 300)}`);
      await hammer(variant.url, variant.headers, 2, options.connections); // warm-up (JIT, caches, pool)
    }
    const runs = new Map<string, LoadFigures[]>(variants.map((v) => [v.name, []]));
    for (let round = 1; round <= options.rounds; round++) {
      for (const variant of variants) {
        const figures = await hammer(variant.url, variant.headers, options.seconds, options.connections);
        runs.get(variant.name)?.push(figures);
        options.log(`round ${round} ${variant.name}: ${figures.rps.toFixed(0)} req/s, p99 ${figures.p99} ms${figures.failed ? `, ${figures.failed} failed` : ''}`);
        await sleep(200);
      }
    }
    return variants.map((variant) => {
      const list = runs.get(variant.name) ?? [];
      return {
        name: variant.name,
        rps: spread(list.map((f) => f.rps)),
        p50: spread(list.map((f) => f.p50)),
        p99: spread(list.map((f) => f.p99)),
        failed: list.reduce((sum, f) => sum + f.failed, 0),
      };
    });
  } finally {
    for (const server of servers) await server.stop();
  }
}
