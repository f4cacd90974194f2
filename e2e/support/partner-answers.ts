import { request as playwrightRequest } from 'playwright-core';
import { Client } from 'pg';
import { baseUrl } from './browser';

type Answers = Record<string, unknown>;

/**
 * Submits one partner's answers to every open assignment of their couple, through the partner portal
 * API: the invite token is exchanged for a partner session, then a draft is saved and submitted.
 * `answersFor` picks the answers per exercise key. Answers false when the portal API is not there.
 */
export async function submitThroughPortal(inviteUrl: string, answersFor: (exerciseKey: string) => Answers): Promise<boolean> {
  const token = new URL(inviteUrl).pathname.split('/').pop() ?? '';
  const api = await playwrightRequest.newContext({ baseURL: baseUrl() });
  try {
    const session = await api.post('/api/portal/session', { data: { token } });
    if (session.status() === 404) return false;
    if (!session.ok()) throw new Error(`POST /api/portal/session answered ${session.status()}: ${await session.text()}`);
    const xsrf = async () => (await api.storageState()).cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
    const list = await api.get('/api/portal/assignments');
    if (!list.ok()) throw new Error(`GET /api/portal/assignments answered ${list.status()}`);
    const body = (await list.json()) as { items?: { id: string; exerciseKey: string }[] } | { id: string; exerciseKey: string }[];
    const items = Array.isArray(body) ? body : (body.items ?? []);
    for (const item of items) {
      const answers = answersFor(item.exerciseKey);
      const draft = await api.put(`/api/portal/assignments/${item.id}/draft`, { data: { answers, version: 0 }, headers: { 'X-XSRF-TOKEN': await xsrf() } });
      if (!draft.ok()) throw new Error(`PUT draft answered ${draft.status()}: ${await draft.text()}`);
      const submit = await api.post(`/api/portal/assignments/${item.id}/submit`, { data: { answers }, headers: { 'X-XSRF-TOKEN': await xsrf() } });
      if (!submit.ok()) throw new Error(`POST submit answered ${submit.status()}: ${await submit.text()}`);
    }
    return true;
  } finally {
    await api.dispose();
  }
}

/**
 * The fallback while the portal API does not exist: writes submitted responses straight into the
 * database for every open assignment of the partner's couple.
 */
export async function submitInDatabase(partnerId: string, answersFor: (exerciseKey: string) => Answers, flagged: (answers: Answers) => boolean): Promise<void> {
  const client = new Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; practice_id: string; exercise_key: string }>(
      `SELECT a.id, a.practice_id, a.exercise_key FROM assignment a JOIN partner p ON p.couple_id = a.couple_id AND p.practice_id = a.practice_id
        WHERE p.id = $1 AND a.status = 'open'`,
      [partnerId],
    );
    for (const row of rows) {
      const answers = answersFor(row.exercise_key);
      await client.query(
        `INSERT INTO response (practice_id, assignment_id, partner_id, status, answers, version, safety_flagged, submitted_at)
         VALUES ($1, $2, $3, 'submitted', $4, 2, $5, now())
         ON CONFLICT (assignment_id, partner_id) DO UPDATE SET status = 'submitted', answers = EXCLUDED.answers, safety_flagged = EXCLUDED.safety_flagged, submitted_at = now()`,
        [row.practice_id, row.id, partnerId, JSON.stringify(answers), flagged(answers)],
      );
    }
  } finally {
    await client.end();
  }
}
