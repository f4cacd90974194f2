import { Client } from 'pg';
import { getDefinition, validateAnswers } from '@trp/exercises';
import { runMigrations } from '../database/run-migrations';
// eslint-disable-next-line @nx/enforce-module-boundaries -- tools/bench is benchmark tooling, not a library; this spec is its smoke check
import { seedLarge, seedOptions, TRENDS_ASSIGNMENTS, TRENDS_COUPLE_LABEL } from '../../../../tools/bench/lib/seed-large';
import { createTestDatabase, TestDatabase } from './test-database';

/**
 * Smoke check of the benchmark's data generator (tools/bench, `npm run seed:large`) with its small preset
 * (10k responses): the data it loads is complete, in every state, and valid by the exercise definitions.
 * No timing is asserted here: `npm run bench` measures.
 */
describe('seed:large generator (small preset)', () => {
  let database: TestDatabase;
  let client: Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    await runMigrations(database.url);
    client = new Client({ connectionString: database.url });
    await client.connect();
    await seedLarge(client, seedOptions('small', { poolSize: 60 }));
  }, 60_000);

  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  const count = async (sql: string): Promise<number> => Number((await client.query(sql)).rows[0].n);

  it('loads one practice with 50 counselors, 2,000 couples of two partners and at least 10,000 responses', async () => {
    expect(await count(`SELECT count(*) AS n FROM practice`)).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM user_account WHERE 'counselor' = ANY (roles) AND status = 'active'`)).toBe(50);
    expect(await count(`SELECT count(*) AS n FROM couple`)).toBe(2_000);
    expect(await count(`SELECT count(*) AS n FROM partner`)).toBe(4_000);
    expect(await count(`SELECT count(*) AS n FROM invite_link WHERE revoked_at IS NULL`)).toBeGreaterThan(3_000);
    const responses = await count(`SELECT count(*) AS n FROM response`);
    expect(responses).toBeGreaterThanOrEqual(10_000);
    expect(responses).toBeLessThan(10_100);
  });

  it('has the trends couple (issue 16): counselor1’s, with 150 assignments submitted by both partners', async () => {
    const { rows } = await client.query(
      `SELECT u.email, (SELECT count(*) FROM assignment a WHERE a.couple_id = c.id AND a.status = 'reviewed' AND a.submitted_count = 2)::int AS both
         FROM couple c JOIN user_account u ON u.id = c.counselor_id WHERE c.label = $1`,
      [TRENDS_COUPLE_LABEL],
    );
    expect(rows).toEqual([{ email: 'counselor1@bench.test', both: TRENDS_ASSIGNMENTS }]);
  });

  it('has every status of couples, assignments and responses, overdue work and safety flags', async () => {
    const statuses = async (sql: string) => (await client.query(sql)).rows.map((row: { status: string }) => row.status).sort();
    expect(await statuses(`SELECT DISTINCT status FROM couple`)).toEqual(['active', 'archived']);
    expect(await statuses(`SELECT DISTINCT status FROM assignment`)).toEqual(['cancelled', 'open', 'reviewed']);
    expect(await statuses(`SELECT DISTINCT status FROM response`)).toEqual(['draft', 'submitted']);
    expect(await count(`SELECT count(*) AS n FROM assignment WHERE status = 'open' AND due_at < now()`)).toBeGreaterThan(0);
    expect(await count(`SELECT count(*) AS n FROM response WHERE safety_flagged AND status = 'submitted'`)).toBeGreaterThan(0);
    expect(await count(`SELECT count(*) AS n FROM assignment WHERE created_at < now() - interval '300 days'`)).toBeGreaterThan(0);
    // only open assignments of active couples in the last weeks: no open assignment of an archived couple
    expect(await count(`SELECT count(*) AS n FROM assignment a JOIN couple c ON c.id = a.couple_id WHERE c.status = 'archived' AND a.status = 'open'`)).toBe(0);
  });

  it('gives every active couple a session in the coming week and one in the past week, and opens assignments when made', async () => {
    const active = await count(`SELECT count(*) AS n FROM couple WHERE status = 'active'`);
    const coupled = (sql: string) => count(`SELECT count(DISTINCT s.couple_id) AS n FROM session s JOIN couple c ON c.id = s.couple_id WHERE c.status = 'active' AND ${sql}`);
    expect(await coupled(`s.starts_at > now() AND s.starts_at < now() + interval '7 days'`)).toBe(active);
    expect(await coupled(`s.starts_at < now() AND s.starts_at > now() - interval '7 days'`)).toBe(active);
    // older sessions too: the history the digest must not read
    expect(await count(`SELECT count(*) AS n FROM session WHERE starts_at < now() - interval '60 days'`)).toBeGreaterThan(0);
    expect(await count(`SELECT count(*) AS n FROM assignment WHERE opens_at <> created_at`)).toBe(0);
  });

  it('stores answers that pass validateAnswers for the definition and version the assignment was made with', async () => {
    const { rows } = await client.query(
      `SELECT a.exercise_key, a.exercise_version, r.status, r.answers, r.safety_flagged
         FROM response r JOIN assignment a ON a.id = r.assignment_id
        ORDER BY r.id LIMIT 300`,
    );
    expect(rows.length).toBe(300);
    for (const row of rows) {
      const definition = getDefinition(row.exercise_key, row.exercise_version);
      if (!definition) throw new Error(`no definition ${row.exercise_key} v${row.exercise_version}`);
      const checked = validateAnswers(definition, row.answers, row.status === 'submitted' ? 'submit' : 'draft');
      expect(checked.ok ? [] : checked.errors).toEqual([]);
      expect(checked.ok).toBe(true);
    }
  });

  it('keeps every row inside the practice and each partner of the response in the assignment’s couple', async () => {
    expect(
      await count(
        `SELECT count(*) AS n FROM response r
           JOIN assignment a ON a.id = r.assignment_id
           JOIN partner p ON p.id = r.partner_id
          WHERE p.couple_id <> a.couple_id OR r.practice_id <> a.practice_id`,
      ),
    ).toBe(0);
  });

  it('leaves the dashboard progress counters equal to a recount, with the progress triggers on again', async () => {
    expect(await count(`SELECT count(*) AS n FROM couple_progress`)).toBe(2_000);
    expect(
      await count(
        `SELECT count(*) AS n FROM assignment a
          WHERE a.submitted_count <> (SELECT count(*) FROM response r WHERE r.assignment_id = a.id AND r.status = 'submitted')`,
      ),
    ).toBe(0);
    expect(
      await count(
        `SELECT count(*) AS n FROM couple_progress g
          CROSS JOIN LATERAL (
            SELECT count(*) FILTER (WHERE a.status <> 'cancelled') AS assigned, count(*) FILTER (WHERE a.status <> 'cancelled' AND a.submitted_count >= 2) AS completed
              FROM assignment a WHERE a.couple_id = g.couple_id
          ) x
          WHERE (g.assigned_count, g.completed_count) IS DISTINCT FROM (x.assigned::int, x.completed::int)`,
      ),
    ).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM pg_trigger WHERE tgname LIKE 'trp_%' AND tgenabled = 'D'`)).toBe(0);
  });
});
