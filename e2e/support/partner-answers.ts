import { request as playwrightRequest } from 'playwright-core';
import { baseUrl } from './browser';

type Answers = Record<string, unknown>;

/**
 * Submits one partner's answers to every open assignment of their couple, through the partner portal
 * API: the invite token is exchanged for a partner session, then a draft is saved and submitted.
 * `answersFor` picks the answers per exercise key. Any answer but success fails the test: nothing is written around the API.
 */
export async function submitThroughPortal(inviteUrl: string, answersFor: (exerciseKey: string) => Answers): Promise<void> {
  const token = new URL(inviteUrl).pathname.split('/').pop() ?? '';
  const api = await playwrightRequest.newContext({ baseURL: baseUrl() });
  try {
    const session = await api.post('/api/portal/session', { data: { token } });
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
  } finally {
    await api.dispose();
  }
}
