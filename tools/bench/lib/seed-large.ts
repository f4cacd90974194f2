import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as argon2 from 'argon2';
import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { fieldsOf } from '@trp/exercises';
import { buildAnswerPools, type ExercisePool, type PooledAnswers } from './answer-pool';

/** What to generate: one practice, its counselors and couples, and years of repeated assignments. */
export interface SeedOptions {
  readonly counselors: number;
  readonly couples: number;
  /** How many responses to reach (the generator lands at or just above it). */
  readonly responses: number;
  readonly historyYears: number;
  /** Answer sets generated per exercise and reused round-robin. */
  readonly poolSize: number;
  /** Password of every staff account (argon2id, hashed once). */
  readonly password: string;
  readonly seed: number;
}

export const PRESETS = {
  small: { counselors: 50, couples: 2_000, responses: 10_000, historyYears: 1, poolSize: 300 },
  large: { counselors: 50, couples: 2_000, responses: 1_000_000, historyYears: 5, poolSize: 1_500 },
} as const;

export const BENCH_PASSWORD = 'correct horse battery staple';

export function seedOptions(preset: keyof typeof PRESETS, overrides: Partial<SeedOptions> = {}): SeedOptions {
  return { ...PRESETS[preset], password: BENCH_PASSWORD, seed: 20_261_127, ...overrides };
}

export interface SeedSummary {
  readonly practiceId: string;
  readonly adminEmail: string;
  /** counselor emails in order: counselor1@bench.test … */
  readonly counselorEmails: readonly string[];
  readonly rows: Readonly<Record<string, number>>;
  readonly seconds: number;
  readonly responsesPerSecond: number;
}

const DAY = 86_400_000;
/** The label of the couple the trends bench reads (issue 16): counselor1's, with TRENDS_ASSIGNMENTS weekly check-ins. */
export const TRENDS_COUPLE_LABEL = 'Bench trends couple';
/** Submitted (by both partners) assignments of that couple, one a week, of the exercises that have something to chart. */
export const TRENDS_ASSIGNMENTS = 150;

/** Open assignments per active couple (the most recent ones); the older ones are reviewed or cancelled. */
const OPEN_PER_COUPLE = 3;

/** A small deterministic PRNG (mulberry32), so a seed reproduces the same practice. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** COPY text format: NULL is \N; backslashes doubled (JSON has no raw tab or newline). */
function field(value: string | number | boolean | Date | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return String(value).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/** Streams rows into `COPY table (columns) FROM STDIN`, in chunks, honouring backpressure. */
async function copyRows(client: Client, table: string, columns: readonly string[], rows: Iterable<readonly unknown[]>): Promise<number> {
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  let count = 0;
  async function* chunks(): AsyncGenerator<string> {
    let buffer: string[] = [];
    for (const row of rows) {
      buffer.push((row as (string | number | boolean | Date | null)[]).map(field).join('\t'));
      count++;
      if (buffer.length >= 2_000) {
        yield buffer.join('\n') + '\n';
        buffer = [];
      }
    }
    if (buffer.length) yield buffer.join('\n') + '\n';
  }
  await pipeline(chunks(), stream as unknown as Writable);
  return count;
}

type AssignmentStatus = 'open' | 'reviewed' | 'cancelled';
type ResponsePlan = 'none' | 'draft' | 'submitted';

interface CoupleRow {
  id: string;
  counselorId: string;
  archived: boolean;
  start: number;
  end: number;
  partners: [string, string];
}

interface AssignmentPlan {
  id: string;
  couple: number;
  exercise: number;
  createdAt: number;
  dueAt: number | null;
  status: AssignmentStatus;
  responses: [ResponsePlan, ResponsePlan];
}

/** Tables whose triggers keep the dashboard's progress counters (migration 1764316800000-CoupleProgress). */
const PROGRESS_TRIGGER_TABLES = ['couple', 'assignment', 'response'] as const;

/**
 * Loads one large practice into an empty, migrated database with COPY (no row-by-row inserts): an admin and
 * `counselors` counselors (argon2id password `options.password`), `couples` couples (10 % archived) with two
 * partners and a live invite link each, and enough assignments (the three exercises repeated over
 * `historyYears`) to reach `responses` responses. Old assignments are reviewed (both submitted) or cancelled
 * (nothing, a draft or one submission); the newest ones of each active couple are open in every state (none,
 * draft, one or both submitted, overdue). Answers come from a pool valid by `validateAnswers`; about 3 % of the
 * submissions raise a safety flag. Ends with VACUUM ANALYZE, as autovacuum would on a live system.
 */
export async function seedLarge(client: Client, options: SeedOptions, log: (line: string) => void = () => undefined): Promise<SeedSummary> {
  const started = Date.now();
  const random = prng(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const now = Date.now();
  const historyStart = now - options.historyYears * 365 * DAY;

  const t0 = Date.now();
  const pools: ExercisePool[] = buildAnswerPools(options.poolSize, options.seed);
  log(`answer pool: ${pools.map((p) => `${p.definition.key} ${p.submitted.length}+${p.drafts.length}`).join(', ')} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  const passwordHash = await argon2.hash(options.password, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const practiceId = randomUUID();
  const rows: Record<string, number> = {};
  await client.query('SET synchronous_commit = off');
  await client.query('BEGIN');
  try {
    // The progress triggers would update a counter per loaded row; they are off for the load and the counters
    // are recounted once at the end (trp_rebuild_progress), still inside this transaction.
    for (const table of PROGRESS_TRIGGER_TABLES) await client.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
    await client.query(`INSERT INTO practice (id, name, created_at) VALUES ($1, 'Benchmark Counselling', $2)`, [practiceId, new Date(historyStart)]);
    const adminEmail = 'admin@bench.test';
    const staff: (readonly unknown[])[] = [[randomUUID(), practiceId, adminEmail, 'Bench Admin', '{admin}', 'active', passwordHash, new Date(historyStart), new Date(historyStart), new Date(historyStart)]];
    const counselorIds: string[] = [];
    const counselorEmails: string[] = [];
    for (let i = 1; i <= options.counselors; i++) {
      const id = randomUUID();
      counselorIds.push(id);
      counselorEmails.push(`counselor${i}@bench.test`);
      staff.push([id, practiceId, `counselor${i}@bench.test`, `Counselor ${i}`, '{counselor}', 'active', passwordHash, new Date(historyStart), new Date(historyStart), new Date(historyStart)]);
    }
    rows['user_account'] = await copyRows(
      client,
      'user_account',
      ['id', 'practice_id', 'email', 'display_name', 'roles', 'status', 'password_hash', 'password_changed_at', 'created_at', 'updated_at'],
      staff,
    );

    // Couples: counselors take couples round-robin; each couple started at some point of the history window.
    const couples: CoupleRow[] = [];
    for (let i = 0; i < options.couples; i++) {
      const archived = i % 10 === 9;
      const start = historyStart + random() * 0.3 * (now - historyStart);
      const end = archived ? now - (0.1 + random() * 0.3) * (now - start) : now;
      couples.push({ id: randomUUID(), counselorId: counselorIds[i % counselorIds.length] as string, archived, start, end, partners: [randomUUID(), randomUUID()] });
    }
    // The trends couple: the first (counselor1's, active), the same in every preset so 10k and 1M differ only in
    // what surrounds it; its life spans its weekly check-ins.
    const trendsCouple = couples[0] as CoupleRow;
    trendsCouple.start = Math.min(trendsCouple.start, now - (TRENDS_ASSIGNMENTS + 2) * 7 * DAY);
    rows['couple'] = await copyRows(
      client,
      'couple',
      ['id', 'practice_id', 'counselor_id', 'label', 'status', 'archived_at', 'created_at', 'updated_at'],
      couples.map((c, i) => [c.id, practiceId, c.counselorId, c === trendsCouple ? TRENDS_COUPLE_LABEL : `Couple ${i + 1} ${pick(SURNAMES)}`, c.archived ? 'archived' : 'active', c.archived ? new Date(c.end) : null, new Date(c.start), new Date(c.end)]),
    );
    rows['partner'] = await copyRows(
      client,
      'partner',
      ['id', 'practice_id', 'couple_id', 'position', 'display_name', 'email', 'perspective', 'created_at', 'updated_at'],
      (function* () {
        for (const [i, c] of couples.entries()) {
          const perspectives = i % 10 < 7 ? ['hurt', 'involved'] : ['unspecified', 'unspecified'];
          for (const position of [1, 2] as const) {
            const name = pick(FIRST_NAMES);
            const email = i % 3 === 0 ? null : `${name.toLowerCase()}.${i + 1}.${position}@partner.test`;
            yield [c.partners[position - 1], practiceId, c.id, position, name, email, perspectives[position - 1], new Date(c.start), new Date(c.start)];
          }
        }
      })(),
    );
    rows['invite_link'] = await copyRows(
      client,
      'invite_link',
      ['id', 'practice_id', 'partner_id', 'token_hash', 'created_by_user_id', 'created_at', 'expires_at', 'revoked_at', 'first_opened_at', 'last_opened_at', 'use_count'],
      (function* () {
        for (const c of couples) {
          for (const partnerId of c.partners) {
            const issued = Math.max(c.start, c.end - 20 * DAY);
            const state = random();
            const opened = state < 0.85 ? new Date(issued + DAY) : null;
            const expires = state > 0.95 ? new Date(issued + 10 * DAY) : new Date(Math.max(issued, now - 10 * DAY) + 30 * DAY);
            yield [randomUUID(), practiceId, partnerId, createHash('sha256').update(randomBytes(32)).digest('hex'), c.counselorId, new Date(issued), expires, c.archived ? new Date(c.end) : null, opened, opened, opened ? 1 + Math.floor(random() * 20) : 0];
          }
        }
      })(),
    );

    // Assignments: the three exercises in turn, spread evenly over each couple's life.
    const perCouple = Math.max(OPEN_PER_COUPLE + 1, Math.ceil(options.responses / (options.couples * 1.9)));
    const plans: AssignmentPlan[] = [];
    let planned = 0;
    // The trends couple's weekly check-ins come first; the rest of the history fills up to `responses` in all.
    const trendsIndex = couples.indexOf(trendsCouple);
    const chartable = pools.map((p, index) => ({ p, index })).filter(({ p }) => fieldsOf(p.definition).some((f) => f.type === 'scale' || f.type === 'emotions')).map(({ index }) => index);
    for (let j = 0; j < TRENDS_ASSIGNMENTS; j++) {
      const createdAt = now - (TRENDS_ASSIGNMENTS - j + 1) * 7 * DAY;
      plans.push({ id: randomUUID(), couple: trendsIndex, exercise: chartable[j % chartable.length] as number, createdAt, dueAt: createdAt + 7 * DAY, status: 'reviewed', responses: ['submitted', 'submitted'] });
      planned += 2;
    }
    for (const [ci, c] of couples.entries()) {
      if (planned >= options.responses) break;
      if (c === trendsCouple) continue;
      const span = Math.max(c.end - c.start, DAY);
      for (let j = 0; j < perCouple && planned < options.responses; j++) {
        const recent = !c.archived && j >= perCouple - OPEN_PER_COUPLE;
        const createdAt = recent ? now - (perCouple - j) * 4 * DAY - random() * DAY : c.start + (span * j) / perCouple + random() * DAY;
        const dueAt = random() < 0.8 ? createdAt + 7 * DAY : null;
        let status: AssignmentStatus = 'reviewed';
        let responses: [ResponsePlan, ResponsePlan] = ['submitted', 'submitted'];
        if (recent) {
          status = 'open';
          responses = OPEN_STATES[(ci * OPEN_PER_COUPLE + j) % OPEN_STATES.length] as [ResponsePlan, ResponsePlan];
        } else if (random() < 0.05) {
          status = 'cancelled';
          responses = pick(CANCELLED_STATES);
        }
        planned += responses.filter((r) => r !== 'none').length;
        plans.push({ id: randomUUID(), couple: ci, exercise: j % pools.length, createdAt, dueAt, status, responses });
      }
    }
    const visibilities = ['counselor_only', 'after_both_submit', 'in_session'];
    rows['assignment'] = await copyRows(
      client,
      'assignment',
      ['id', 'practice_id', 'couple_id', 'exercise_key', 'exercise_version', 'instructions', 'due_at', 'visibility', 'status', 'unlocked_at', 'reviewed_at', 'cancelled_at', 'created_by_user_id', 'created_at', 'updated_at', 'opens_at'],
      (function* () {
        for (const [i, a] of plans.entries()) {
          const c = couples[a.couple] as CoupleRow;
          const pool = pools[a.exercise] as ExercisePool;
          const closedAt = new Date(a.createdAt + 9 * DAY);
          const visibility = visibilities[i % 3];
          yield [
            a.id, practiceId, c.id, pool.definition.key, pool.definition.version, i % 4 === 0 ? 'Take your time; we will talk about it next session.' : null,
            a.dueAt === null ? null : new Date(a.dueAt), visibility, a.status,
            visibility === 'in_session' && a.status === 'reviewed' ? closedAt : null,
            a.status === 'reviewed' ? closedAt : null, a.status === 'cancelled' ? closedAt : null,
            c.counselorId, new Date(a.createdAt), a.status === 'open' ? new Date(a.createdAt) : closedAt, new Date(a.createdAt),
          ];
        }
      })(),
    );

    // Responses: every submitted one from the submit-mode pool, drafts from the draft-mode pool.
    let submittedIndex = 0;
    let draftIndex = 0;
    rows['response'] = await copyRows(
      client,
      'response',
      ['id', 'practice_id', 'assignment_id', 'partner_id', 'status', 'answers', 'version', 'safety_flagged', 'submitted_at', 'created_at', 'updated_at'],
      (function* () {
        for (const a of plans) {
          const c = couples[a.couple] as CoupleRow;
          const pool = pools[a.exercise] as ExercisePool;
          for (const [p, plan] of a.responses.entries()) {
            if (plan === 'none') continue;
            const answers: PooledAnswers = plan === 'submitted' ? (pool.submitted[submittedIndex++ % pool.submitted.length] as PooledAnswers) : (pool.drafts[draftIndex++ % pool.drafts.length] as PooledAnswers);
            const createdAt = new Date(a.createdAt + (1 + p) * 0.5 * DAY);
            const updatedAt = new Date(Math.min(now, a.createdAt + (2 + p) * DAY * (0.5 + random())));
            yield [randomUUID(), practiceId, a.id, c.partners[p], plan, answers.json, 1 + Math.floor(random() * 6), plan === 'submitted' && answers.flagged, plan === 'submitted' ? updatedAt : null, createdAt, updatedAt];
          }
        }
      })(),
    );
    rows['counselor_note'] = await copyRows(
      client,
      'counselor_note',
      ['id', 'practice_id', 'couple_id', 'assignment_id', 'author_user_id', 'body', 'created_at', 'updated_at'],
      (function* () {
        for (const [i, a] of plans.entries()) {
          if (i % 20 !== 0) continue;
          const c = couples[a.couple] as CoupleRow;
          const at = new Date(a.createdAt + 8 * DAY);
          yield [randomUUID(), practiceId, c.id, a.id, c.counselorId, 'Discussed the exercise in session; follow up on the agreed check-ins.', at, at];
        }
      })(),
    );
    // Sessions: every 14 days over each couple's life (the history the digest must not read), the latest one
    // 2–6 days ago (so "since last session" is real), and, for active couples, one in the coming week.
    rows['session'] = await copyRows(
      client,
      'session',
      ['id', 'practice_id', 'couple_id', 'starts_at', 'duration_minutes', 'created_by', 'created_at'],
      (function* () {
        for (const c of couples) {
          const last = c.archived ? c.end - DAY : now - (2 + random() * 4) * DAY;
          for (let at = last; at >= c.start; at -= 14 * DAY) yield [randomUUID(), practiceId, c.id, new Date(at), 50, c.counselorId, new Date(at - 7 * DAY)];
          if (!c.archived) yield [randomUUID(), practiceId, c.id, new Date(now + (1 + random() * 5) * DAY), 50, c.counselorId, new Date(now - DAY)];
        }
      })(),
    );
    const recount = Date.now();
    await client.query('SELECT trp_rebuild_progress($1)', [practiceId]);
    for (const table of PROGRESS_TRIGGER_TABLES) await client.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
    log(`progress counters recounted in ${((Date.now() - recount) / 1000).toFixed(1)} s`);
    await client.query('COMMIT');
    const loaded = Date.now();
    log(`loaded ${rows['response']} responses in ${((loaded - started) / 1000).toFixed(1)} s; VACUUM ANALYZE…`);
    for (const table of ['user_account', 'couple', 'couple_progress', 'partner', 'invite_link', 'assignment', 'response', 'counselor_note', 'session']) await client.query(`VACUUM ANALYZE ${table}`);
    const seconds = (Date.now() - started) / 1000;
    const summary: SeedSummary = {
      practiceId,
      adminEmail,
      counselorEmails,
      rows,
      seconds,
      responsesPerSecond: Math.round((rows['response'] ?? 0) / seconds),
    };
    log(`seeded ${Object.entries(rows).map(([t, n]) => `${t} ${n}`).join(', ')} in ${seconds.toFixed(1)} s (${summary.responsesPerSecond} responses/s)`);
    return summary;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** Open assignments cycle through every state a counselor sees: nothing yet, drafts, one or both submitted. */
const OPEN_STATES: readonly (readonly [ResponsePlan, ResponsePlan])[] = [
  ['none', 'none'],
  ['draft', 'none'],
  ['submitted', 'draft'],
  ['submitted', 'submitted'],
  ['draft', 'draft'],
  ['submitted', 'none'],
  ['none', 'submitted'],
];

const CANCELLED_STATES: readonly [ResponsePlan, ResponsePlan][] = [
  ['none', 'none'],
  ['draft', 'none'],
  ['submitted', 'none'],
  ['submitted', 'draft'],
];

const FIRST_NAMES = ['Alex', 'Sam', 'Jordan', 'Taylor', 'Morgan', 'Casey', 'Riley', 'Jamie', 'Robin', 'Avery', 'Maria', 'David', 'Aisha', 'Kenji', 'Lena', 'Omar', 'Priya', 'Tom'];
const SURNAMES = ['Garcia', 'Smith', 'Nguyen', 'Okafor', 'Novak', 'Rossi', 'Kim', 'Silva', 'Brown', 'Haddad', 'Lindqvist', 'Murphy'];
