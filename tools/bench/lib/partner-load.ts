import { randomBytes } from 'node:crypto';
import { buildAnswerPools, type ExercisePool } from './answer-pool';
import { sha256, withClient } from './fixtures';
import { percentile } from './http-load';

/** One simulated partner: their session, their own open assignments, where they are in the current one. */
interface Partner {
  readonly partnerId: string;
  readonly cookie: string;
  readonly assignments: { id: string; exercise: number }[];
  current: number;
  version: number;
  drafts: number;
}

export interface PartnerFixture {
  readonly partners: Partner[];
  readonly assignmentIds: string[];
}

const XSRF = 'bench-xsrf-token';

/**
 * Prepares `partnerCount` partners (both partners of partnerCount/2 active couples of the last counselors, never
 * counselor1 whose pages the read bench measures): a fresh invite link each (the old one revoked, as re-issuing
 * does), `assignmentsPerPartner` new open assignments per couple, and a partner session opened through the
 * product's own `POST /api/portal/session` (each partner from its own address, as phones are).
 */
export async function preparePartners(databaseUrl: string, base: string, partnerCount: number, assignmentsPerPartner: number, skipCouples: number): Promise<PartnerFixture> {
  const couples = Math.ceil(partnerCount / 2);
  const setup = await withClient(databaseUrl, async (client) => {
    await client.query('BEGIN');
    const { rows: picked } = await client.query(
      `SELECT c.id, c.practice_id, c.counselor_id, array_agg(p.id ORDER BY p.position) AS partners
         FROM couple c JOIN partner p ON p.couple_id = c.id AND p.practice_id = c.practice_id
         JOIN user_account u ON u.id = c.counselor_id
        WHERE c.status = 'active' AND u.email <> 'counselor1@bench.test'
        GROUP BY c.id ORDER BY c.id OFFSET $1 LIMIT $2`,
      [skipCouples, couples],
    );
    const links: { partnerId: string; token: string }[] = [];
    const assignments: { id: string; coupleId: string; exercise: number }[] = [];
    const exerciseKeys = ['acknowledge-the-breach', 'communicate-openly', 'set-boundaries'];
    for (const couple of picked) {
      await client.query(`UPDATE invite_link SET revoked_at = now() WHERE partner_id = ANY($1) AND revoked_at IS NULL`, [couple.partners]);
      for (const partnerId of couple.partners as string[]) {
        const token = randomBytes(32).toString('base64url');
        await client.query(
          `INSERT INTO invite_link (practice_id, partner_id, token_hash, created_by_user_id, expires_at) VALUES ($1, $2, $3, $4, now() + interval '30 days')`,
          [couple.practice_id, partnerId, sha256(token), couple.counselor_id],
        );
        links.push({ partnerId, token });
      }
      const { rows } = await client.query(
        `INSERT INTO assignment (practice_id, couple_id, exercise_key, exercise_version, instructions, due_at, created_by_user_id)
         SELECT $1, $2, ($4::text[])[1 + (g % 3)], 1, 'bench load', now() + interval '7 days', $3 FROM generate_series(0, $5 - 1) g
         RETURNING id, exercise_key`,
        [couple.practice_id, couple.id, couple.counselor_id, exerciseKeys, assignmentsPerPartner],
      );
      for (const row of rows) assignments.push({ id: row.id, coupleId: couple.id, exercise: exerciseKeys.indexOf(row.exercise_key) });
    }
    await client.query('COMMIT');
    return { picked, links, assignments };
  });
  const partners: Partner[] = [];
  for (const [i, link] of setup.links.entries()) {
    const response = await fetch(`${base}/api/portal/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` },
      body: JSON.stringify({ token: link.token }),
    });
    if (!response.ok) throw new Error(`portal session for a bench partner answered ${response.status}: ${await response.text()}`);
    const session = response.headers
      .getSetCookie()
      .map((line) => line.split(';')[0] as string)
      .filter((pair) => !pair.startsWith('XSRF-TOKEN='))
      .join('; ');
    const couple = setup.picked.find((c) => (c.partners as string[]).includes(link.partnerId));
    partners.push({
      partnerId: link.partnerId,
      cookie: `${session}; XSRF-TOKEN=${XSRF}`,
      assignments: setup.assignments.filter((a) => a.coupleId === couple?.id).map((a) => ({ id: a.id, exercise: a.exercise })),
      current: 0,
      version: 0,
      drafts: 0,
    });
  }
  return { partners, assignmentIds: setup.assignments.map((a) => a.id) };
}

export interface Fault {
  readonly at: number;
  readonly name: string;
  run(): Promise<void>;
}

export interface PartnerRunResult {
  readonly requests: number;
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly failed: number;
  readonly conflicts: number;
  readonly stackTraces: number;
  readonly acknowledged: { assignmentId: string; partnerId: string }[];
  /** Per fault: seconds from the fault until the last failed request it caused (0 when none failed). */
  readonly recoveries: { name: string; seconds: number; failed: number }[];
  readonly statuses: Record<string, number>;
}

/**
 * 200 partners at once for `seconds`: each saves a draft about once a second (autosave while typing), submits
 * after three drafts and moves on to its next assignment. Requests go round-robin to the given instances, with a
 * load balancer's passive health check: an instance refusing connections is skipped for a second and the request
 * is sent to the other one (safe: it never reached a server). Failed requests (5xx, reset connections, timeouts)
 * are retried by the partner on its next tick, as the web app does. Faults run at their time during the run.
 */
export async function runPartners(fixture: PartnerFixture, bases: readonly string[], seconds: number, faults: readonly Fault[] = []): Promise<PartnerRunResult> {
  const pools: ExercisePool[] = buildAnswerPools(40, 99);
  const down = new Map<string, number>();
  let next = 0;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const failures: number[] = [];
  const acknowledged: { assignmentId: string; partnerId: string }[] = [];
  let conflicts = 0;
  let stackTraces = 0;
  const start = Date.now();
  const deadline = start + seconds * 1000;

  async function send(method: 'PUT' | 'POST', path: string, cookie: string, body: unknown): Promise<{ status: number; json: unknown } | 'error'> {
    for (let attempt = 0; attempt < bases.length; attempt++) {
      const healthy = bases.filter((b) => (down.get(b) ?? 0) < Date.now());
      const base = (healthy.length ? healthy : bases)[next++ % (healthy.length || bases.length)] as string;
      try {
        const response = await fetch(base + path, {
          method,
          headers: { 'content-type': 'application/json', cookie, 'x-xsrf-token': XSRF },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(10_000),
        });
        const text = await response.text();
        if (response.status >= 400 && /\n\s+at\s|"stack"/.test(text)) stackTraces++;
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        return { status: response.status, json };
      } catch (error) {
        const code = (error as { cause?: { code?: string } }).cause?.code;
        if (code === 'ECONNREFUSED') {
          down.set(base, Date.now() + 1000);
          continue; // never reached a server: the balancer tries the other instance
        }
        return 'error';
      }
    }
    return 'error';
  }

  async function partnerLoop(partner: Partner): Promise<void> {
    await sleepMs(Math.random() * 1000);
    while (Date.now() < deadline && partner.current < partner.assignments.length) {
      const assignment = partner.assignments[partner.current] as { id: string; exercise: number };
      const pool = pools[assignment.exercise] as ExercisePool;
      const t0 = performance.now();
      const submitting = partner.drafts >= 3;
      const result = submitting
        ? await send('POST', `/api/portal/assignments/${assignment.id}/submit`, partner.cookie, { answers: JSON.parse((pool.submitted[Math.floor(Math.random() * pool.submitted.length)] as { json: string }).json) })
        : await send('PUT', `/api/portal/assignments/${assignment.id}/draft`, partner.cookie, { answers: JSON.parse((pool.drafts[Math.floor(Math.random() * pool.drafts.length)] as { json: string }).json), version: partner.version });
      const ms = performance.now() - t0;
      latencies.push(ms);
      const key = result === 'error' ? 'network error' : String(result.status);
      statuses[key] = (statuses[key] ?? 0) + 1;
      if (result === 'error' || result.status >= 500) {
        failures.push(Date.now());
      } else if (result.status === 409 && !submitting) {
        // a save that committed but whose answer was lost: take the server's version and go on
        conflicts++;
        const current = (result.json as { current?: { version?: number } } | undefined)?.current;
        if (typeof current?.version === 'number') partner.version = current.version;
        else partner.drafts = 3; // already submitted: go to the submit step (idempotent)
      } else if (result.status >= 400) {
        failures.push(Date.now());
      } else if (submitting) {
        acknowledged.push({ assignmentId: assignment.id, partnerId: partner.partnerId });
        partner.current++;
        partner.version = 0;
        partner.drafts = 0;
      } else {
        partner.version = (result.json as { version: number }).version;
        partner.drafts++;
      }
      await sleepMs(Math.max(0, 500 + Math.random() * 1000 - ms));
    }
  }

  const faultRuns = faults.map(async (fault) => {
    await sleepMs(fault.at * 1000);
    await fault.run();
  });
  const faultTimes = faults.map((f) => ({ name: f.name, at: start + f.at * 1000 }));
  await Promise.all([...fixture.partners.map(partnerLoop), ...faultRuns]);
  const elapsed = (Date.now() - start) / 1000;
  const sorted = [...latencies].sort((a, b) => a - b);
  const recoveries = faultTimes.map((fault, i) => {
    const until = faultTimes[i + 1]?.at ?? Infinity;
    const caused = failures.filter((t) => t >= fault.at && t < until);
    return { name: fault.name, seconds: caused.length ? (Math.max(...caused) - fault.at) / 1000 : 0, failed: caused.length };
  });
  return {
    requests: latencies.length,
    rps: latencies.length / elapsed,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    failed: failures.length,
    conflicts,
    stackTraces,
    acknowledged,
    recoveries,
    statuses,
  };
}

/** After a run: acknowledged submissions missing from the database, and submissions recorded more than once. */
export async function verifySubmissions(databaseUrl: string, fixture: PartnerFixture, acknowledged: readonly { assignmentId: string; partnerId: string }[]): Promise<{ lost: number; duplicated: number; submittedInDb: number }> {
  return withClient(databaseUrl, async (client) => {
    const { rows: stored } = await client.query(`SELECT assignment_id, partner_id FROM response WHERE assignment_id = ANY($1) AND status = 'submitted'`, [fixture.assignmentIds]);
    const have = new Set(stored.map((r) => `${r.assignment_id}/${r.partner_id}`));
    const lost = acknowledged.filter((a) => !have.has(`${a.assignmentId}/${a.partnerId}`)).length;
    const { rows: dup } = await client.query(
      `SELECT (SELECT count(*) FROM response WHERE assignment_id = ANY($1) GROUP BY assignment_id, partner_id HAVING count(*) > 1 LIMIT 1) AS rows_dup,
              (SELECT count(*) FROM (SELECT 1 FROM audit_event WHERE action = 'response.submitted' AND target_id = ANY($2::text[])
                                      GROUP BY target_id, actor_id HAVING count(*) > 1) d) AS audit_dup`,
      [fixture.assignmentIds, fixture.assignmentIds],
    );
    return { lost, duplicated: Number(dup[0]?.rows_dup ?? 0) + Number(dup[0]?.audit_dup ?? 0), submittedInDb: stored.length };
  });
}

function sleepMs(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
