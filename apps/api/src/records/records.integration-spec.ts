import { fieldLabel, fieldsOf, latestDefinition } from '@trp/exercises';
import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { sampleAnswers, seedAssignment, seedCouple, SeededCouple, seedInviteLink, seedResponse } from '../test/seed-caseload';
import { seedWorkspaceCallers, WorkspaceCaller, WorkspaceCallers } from '../test/workspace-callers';

/** Open and close tags balance (void elements aside) and the document is one <html>: a strict well-formedness check. */
function assertBalancedHtml(html: string): void {
  expect(html.startsWith('<!doctype html>')).toBe(true);
  const stack: string[] = [];
  for (const [, slash, name] of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g)) {
    const tag = (name ?? '').toLowerCase();
    if (['meta', 'br', 'hr', 'img', 'link', 'input'].includes(tag)) continue;
    if (slash) expect(`${stack.pop()}`).toBe(tag);
    else stack.push(tag);
  }
  expect(stack).toEqual([]);
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/**
 * "Query every table for the planted strings": every column of every table of every schema (public, and pg-boss's
 * jobs), as text (text, json, arrays, uuids: a partner's id is a trace too), listed from information_schema, so that
 * a table or column added later is read too without this test changing.
 */
async function tablesContaining(testApp: TestApp, needle: string): Promise<string[]> {
  const columns: { table_schema: string; table_name: string; column_name: string }[] = await testApp.dataSource.query(
    `SELECT c.table_schema, c.table_name, c.column_name
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
      WHERE c.table_schema NOT IN ('pg_catalog', 'information_schema')
      ORDER BY 1, 2, 3`,
  );
  const byTable = new Map<string, string[]>();
  for (const c of columns) {
    const table = `"${c.table_schema}"."${c.table_name}"`;
    byTable.set(table, [...(byTable.get(table) ?? []), `"${c.column_name}"::text`]);
  }
  // The scan can't be silently empty: the tables about partners are all in it.
  for (const table of ['partner', 'response', 'mail_message', 'partner_reminder', 'agreement', 'agreement_item', 'audit_event']) {
    expect([table, byTable.has(`"public"."${table}"`)]).toEqual([table, true]);
  }
  const found: string[] = [];
  for (const [table, cols] of byTable) {
    const [row] = await testApp.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${cols.map((c) => `${c} LIKE $1`).join(' OR ')}`, [`%${needle}%`]);
    if (row.n > 0) found.push(table.replace('"public".', '').replace(/"/g, ''));
  }
  return found;
}

describe('a person’s data: export and erasure', () => {
  let testApp: TestApp;
  let w: WorkspaceCallers;

  beforeAll(async () => {
    testApp = await createTestApp({ authRateLimit: { limit: 1000, windowMs: 60_000 } });
    w = await seedWorkspaceCallers(testApp, 'records');
  });
  afterAll(() => testApp.close());

  /** A couple of the owner's with planted texts: partner 1's answer and draft, partner 2's answers, a note, a safety note. */
  async function plantedCouple(tag: string): Promise<{ couple: SeededCouple; assignments: string[] }> {
    const couple = await seedCouple(testApp.dataSource, {
      practiceId: w.riverside.practiceId,
      counselorId: w.couple.counselorId,
      label: `LABEL-${tag}`,
      partners: [
        { displayName: `Robin ${tag}`, email: `robin.${tag.toLowerCase()}@example.org`, perspective: 'hurt' },
        { displayName: `Alex ${tag}`, email: `alex.${tag.toLowerCase()}@example.org`, perspective: 'involved' },
      ],
    });
    const [robin, alex] = couple.partners;
    const base = { practiceId: couple.practiceId, coupleId: couple.id };
    const first = await seedAssignment(testApp.dataSource, { ...base, instructions: 'Take your time.', createdAt: new Date('2026-01-01T10:00:00Z') });
    const second = await seedAssignment(testApp.dataSource, { ...base, exerciseKey: 'set-boundaries', createdAt: new Date('2026-01-08T10:00:00Z') });
    await seedResponse(testApp.dataSource, {
      ...base,
      assignmentId: first.id,
      partnerId: robin.id,
      status: 'submitted',
      answers: sampleAnswers('acknowledge-the-breach', { whatHappened: `ROBIN-SENT-${tag} <script>alert(1)</script>`, privateNote: `ROBIN-PRIVATE-${tag}` }),
    });
    await seedResponse(testApp.dataSource, {
      ...base,
      assignmentId: second.id,
      partnerId: robin.id,
      status: 'draft',
      answers: { needs: [`ROBIN-DRAFT-${tag}`] },
    });
    await seedResponse(testApp.dataSource, {
      ...base,
      assignmentId: first.id,
      partnerId: alex.id,
      status: 'submitted',
      answers: sampleAnswers('acknowledge-the-breach', { whatHappened: `ALEX-SENT-${tag}`, privateNote: `ALEX-PRIVATE-${tag}` }),
    });
    await seedResponse(testApp.dataSource, { ...base, assignmentId: second.id, partnerId: alex.id, status: 'draft', answers: { needs: [`ALEX-DRAFT-${tag}`] } });
    expect((await w.clients.owner.post(`/api/couples/${couple.id}/notes`, { body: `NOTE-${tag}` })).status).toBe(201);
    await testApp.dataSource.query(`UPDATE assignment SET safety_review_note = $1, safety_reviewed_at = now(), safety_reviewed_by_user_id = $3 WHERE id = $2`, [`SAFETYNOTE-${tag}`, first.id, couple.counselorId]);
    await seedInviteLink(testApp.dataSource, { practiceId: couple.practiceId, partnerId: robin.id });
    return { couple, assignments: [first.id, second.id] };
  }

  const forbiddenIn = (text: string, tag: string) => [`ALEX-SENT-${tag}`, `ALEX-PRIVATE-${tag}`, `ALEX-DRAFT-${tag}`, `NOTE-${tag}`, `SAFETYNOTE-${tag}`, `LABEL-${tag}`].filter((s) => text.includes(s));

  /**
   * A boundaries assignment both partners submitted, its agreement drafted, decided and shared: an item only Robin
   * proposed, one only Alex did, one both did (all agreed, so shared), and one of Robin's left undecided (never shared).
   */
  async function sharedAgreement(couple: SeededCouple, tag: string): Promise<string> {
    const [robin, alex] = couple.partners;
    const base = { practiceId: couple.practiceId, coupleId: couple.id };
    const assignment = await seedAssignment(testApp.dataSource, { ...base, exerciseKey: 'set-boundaries', createdAt: new Date('2026-01-15T10:00:00Z') });
    await seedResponse(testApp.dataSource, {
      ...base,
      assignmentId: assignment.id,
      partnerId: robin.id,
      status: 'submitted',
      answers: sampleAnswers('set-boundaries', { needs: [`ROBIN-ONLY-${tag}`, `BOTH-${tag}`, `ROBIN-UNDECIDED-${tag}`] }),
    });
    await seedResponse(testApp.dataSource, {
      ...base,
      assignmentId: assignment.id,
      partnerId: alex.id,
      status: 'submitted',
      answers: sampleAnswers('set-boundaries', { needs: [`ALEX-ONLY-${tag}`, `BOTH-${tag}`] }),
    });
    const url = `/api/assignments/${assignment.id}/agreement`;
    const items = (await w.clients.owner.get(url)).body.items as { id: string; text: string }[];
    for (const item of items.filter((i) => !i.text.startsWith('ROBIN-UNDECIDED'))) {
      expect((await w.clients.owner.patch(`${url}/items/${item.id}`, { decision: 'agreed' })).status).toBe(200);
    }
    expect((await w.clients.owner.post(`${url}/share`)).status).toBe(200);
    return assignment.id;
  }
  const sharedTexts = (tag: string) => [`ROBIN-ONLY-${tag}`, `BOTH-${tag}`, `ALEX-ONLY-${tag}`];

  describe('GET /api/couples/:id/partners/:partnerId/export', () => {
    it('holds exactly that partner’s data as JSON: profile, links, each assignment with its version, their answers and draft', async () => {
      const { couple, assignments } = await plantedCouple('J1');
      const robin = couple.partners[0];
      const response = await w.clients.owner.get(`/api/couples/${couple.id}/partners/${robin.id}/export`);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.headers['content-disposition']).toMatch(/^attachment; filename="records-\d{4}-\d{2}-\d{2}\.json"$/);
      expect(forbiddenIn(response.text, 'J1')).toEqual([]);
      const body = response.body;
      expect(body.partner).toMatchObject({ id: robin.id, displayName: 'Robin J1', email: 'robin.j1@example.org', perspective: 'hurt', erasedAt: null });
      expect(body.links).toHaveLength(1);
      expect(body.links[0]).toEqual(expect.objectContaining({ useCount: 0, revokedAt: null }));
      expect(JSON.stringify(body.links)).not.toMatch(/hash|token/i);
      expect(body.assignments.map((a: { id: string }) => a.id)).toEqual(assignments);
      const [first, second] = body.assignments;
      expect(first.exercise).toEqual({ key: 'acknowledge-the-breach', version: 1, title: expect.any(String) });
      expect(first.submitted.answers.whatHappened).toBe('ROBIN-SENT-J1 <script>alert(1)</script>');
      expect(first.submitted.answers.privateNote).toBe('ROBIN-PRIVATE-J1');
      expect(first.draft).toBeNull();
      expect(second.submitted).toBeNull();
      expect(second.draft.answers).toEqual({ needs: ['ROBIN-DRAFT-J1'] });
      const [event] = await testApp.dataSource.query(`SELECT actor_id, target_type, target_id, details FROM audit_event WHERE action = 'partner.exported' AND target_id = $1`, [robin.id]);
      expect(event).toEqual({ actor_id: w.riverside.users['owner']?.id, target_type: 'partner', target_id: robin.id, details: { coupleId: couple.id, partnerId: robin.id, format: 'json' } });
    });

    it('as HTML: a well-formed printable document with the prompts in the partner’s wording and their answers escaped', async () => {
      const { couple } = await plantedCouple('H1');
      const alex = couple.partners[1];
      const response = await w.clients.owner.get(`/api/couples/${couple.id}/partners/${alex.id}/export?format=html`);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      assertBalancedHtml(response.text);
      expect(response.text).toContain('<title>Records of Alex H1</title>');
      expect(response.text).toContain('ALEX-SENT-H1');
      expect(response.text).toContain('ALEX-DRAFT-H1');
      expect(response.text).toContain('@media print');
      // The prompts read as Alex (the involved partner) saw them, not the neutral wording.
      const worded = fieldsOf(latestDefinition('acknowledge-the-breach') ?? { sections: [] } as never).filter((f) => f.perspectiveLabels?.involved);
      expect(worded.length).toBeGreaterThan(0);
      for (const field of worded) expect(response.text).toContain(escapeText(fieldLabel(field, 'involved')));
      const leaked = [`ROBIN-SENT-H1`, `ROBIN-PRIVATE-H1`, `ROBIN-DRAFT-H1`, `NOTE-H1`, `SAFETYNOTE-H1`, `LABEL-H1`].filter((s) => response.text.includes(s));
      expect(leaked).toEqual([]);
      // Robin's answer holds a script tag: in Robin's export it is text, never markup.
      const robinHtml = (await w.clients.owner.get(`/api/couples/${couple.id}/partners/${couple.partners[0].id}/export?format=html`)).text;
      assertBalancedHtml(robinHtml);
      expect(robinHtml).toContain('ROBIN-SENT-H1 &lt;script&gt;alert(1)&lt;/script&gt;');
      expect(robinHtml).not.toContain('<script>');
      const formats = await testApp.dataSource.query(`SELECT details->>'format' AS f FROM audit_event WHERE action = 'partner.exported' AND target_id = $1`, [alex.id]);
      expect(formats).toEqual([{ f: 'html' }]);
    });

    it('holds the couple’s shared agreements: the text of what was shared only (no draft, decision or who proposed it), in JSON and HTML', async () => {
      const { couple } = await plantedCouple('A1');
      const assignmentId = await sharedAgreement(couple, 'A1');
      const robin = couple.partners[0];
      const json = await w.clients.owner.get(`/api/couples/${couple.id}/partners/${robin.id}/export`);
      expect(json.status).toBe(200);
      expect(json.body.agreements).toEqual([
        {
          assignmentId,
          title: expect.any(String),
          sharedAt: expect.any(String),
          version: 1,
          items: sharedTexts('A1').map((text) => ({ heading: expect.any(String), text })),
        },
      ]);
      expect(JSON.stringify(json.body.agreements)).not.toContain('ROBIN-UNDECIDED-A1'); // never shared (it is in Robin's own answers only)
      expect(JSON.stringify(json.body.agreements)).not.toMatch(/decision|from|itemId|fieldId/);
      const html = await w.clients.owner.get(`/api/couples/${couple.id}/partners/${robin.id}/export?format=html`);
      assertBalancedHtml(html.text);
      expect(html.text).toContain('<h2>Shared agreements</h2>');
      for (const text of sharedTexts('A1')) expect(html.text).toContain(`<li>${text}</li>`);
      expect(html.text.slice(html.text.indexOf('<h2>Shared agreements</h2>'), html.text.indexOf('</article>', html.text.indexOf('<h2>Shared agreements</h2>')))).not.toContain('ROBIN-UNDECIDED-A1');
      // A change not shared again does not reach the export.
      const items = (await w.clients.owner.get(`/api/assignments/${assignmentId}/agreement`)).body.items as { id: string; text: string }[];
      const both = items.find((i) => i.text === 'BOTH-A1');
      expect((await w.clients.owner.patch(`/api/assignments/${assignmentId}/agreement/items/${both?.id}`, { text: 'REWORDED-A1' })).status).toBe(200);
      const after = await w.clients.owner.get(`/api/couples/${couple.id}/partners/${robin.id}/export`);
      expect(after.text).not.toContain('REWORDED-A1');
      expect(after.body.agreements[0].items.map((i: { text: string }) => i.text)).toEqual(sharedTexts('A1'));
    });

    it('reads the history in keyset pages: 120 assignments, each exactly once, oldest first', async () => {
      const couple = await seedCouple(testApp.dataSource, { practiceId: w.riverside.practiceId, counselorId: w.couple.counselorId });
      const same = new Date('2026-02-01T00:00:00.123Z'); // equal timestamps: the id breaks the tie
      const ids: string[] = [];
      for (let i = 0; i < 120; i++) ids.push((await seedAssignment(testApp.dataSource, { practiceId: couple.practiceId, coupleId: couple.id, createdAt: i % 3 ? same : new Date(same.getTime() + i) })).id);
      await testApp.dataSource.query(`UPDATE assignment SET created_at = created_at + interval '1 microsecond' * (random() * 900)::int WHERE couple_id = $1`, [couple.id]);
      const expected: { id: string }[] = await testApp.dataSource.query(`SELECT id FROM assignment WHERE couple_id = $1 ORDER BY created_at, id`, [couple.id]);
      const response = await w.clients.owner.get(`/api/couples/${couple.id}/partners/${couple.partners[0].id}/export`);
      expect(response.status).toBe(200);
      expect(response.body.assignments.map((a: { id: string }) => a.id)).toEqual(expected.map((r) => r.id));
      expect(new Set(response.body.assignments.map((a: { id: string }) => a.id)).size).toBe(ids.length);
    });

    it('refuses a bad format with 400 naming `format`, and a partner of another couple with 404', async () => {
      const base = `/api/couples/${w.couple.id}/partners/${w.couple.partners[0].id}/export`;
      const bad = await w.clients.owner.get(`${base}?format=pdf`);
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['format']);
      const unknown = await w.clients.owner.get(`${base}?format=json&extra=1`);
      expect(unknown.status).toBe(400);
      const notUuid = await w.clients.owner.get(`/api/couples/${w.couple.id}/partners/nope/export`);
      expect(notUuid.status).toBe(400);
      expect(notUuid.body.errors.map((e: { field: string }) => e.field)).toEqual(['partnerId']);
      const other = await seedCouple(testApp.dataSource, { practiceId: w.riverside.practiceId, counselorId: w.couple.counselorId });
      expect((await w.clients.owner.get(`/api/couples/${w.couple.id}/partners/${other.partners[0].id}/export`)).status).toBe(404);
    });
  });

  describe('GET /api/portal/export', () => {
    it('gives the partner their own answers and drafts only: never the other partner’s, the notes or the label', async () => {
      const { couple } = await plantedCouple('P1');
      const robin = new TestClient(testApp.app);
      const { token } = await seedInviteLink(testApp.dataSource, { practiceId: couple.practiceId, partnerId: couple.partners[0].id });
      expect((await robin.post('/api/portal/session', { token })).status).toBe(200);
      const response = await robin.get('/api/portal/export');
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(forbiddenIn(response.text, 'P1')).toEqual([]);
      expect(response.text).toContain('ROBIN-SENT-P1');
      expect(response.text).toContain('ROBIN-DRAFT-P1');
      expect(response.body.partner).toEqual({ id: couple.partners[0].id, displayName: 'Robin P1', perspective: 'hurt' });
      expect(response.body.links).toBeUndefined();
      expect(response.body.assignments).toHaveLength(2);
      expect(response.body.assignments[0]).not.toHaveProperty('visibility');
      expect(response.body.agreements).toEqual([]);
      const events = await testApp.dataSource.query(`SELECT actor_kind, actor_id FROM audit_event WHERE action = 'partner.exported_own' AND target_id = $1`, [couple.partners[0].id]);
      expect(events).toEqual([{ actor_kind: 'partner', actor_id: couple.partners[0].id }]);
    });

    it('holds the shared agreements as the partner reads them in the portal (text only)', async () => {
      const { couple } = await plantedCouple('P2');
      await sharedAgreement(couple, 'P2');
      const alex = new TestClient(testApp.app);
      const { token } = await seedInviteLink(testApp.dataSource, { practiceId: couple.practiceId, partnerId: couple.partners[1].id });
      expect((await alex.post('/api/portal/session', { token })).status).toBe(200);
      const response = await alex.get('/api/portal/export');
      expect(response.status).toBe(200);
      const portal = (await alex.get('/api/portal/agreements')).body.items;
      expect(response.body.agreements).toEqual(portal.map((a: { items: { heading: string; text: string }[] }) => ({ ...a, items: a.items.map(({ heading, text }) => ({ heading, text })) })));
      expect(response.body.agreements[0].items.map((i: { text: string }) => i.text)).toEqual(sharedTexts('P2'));
      // Robin's undecided item was never shared; none of Robin's answers, the notes or the label are in Alex's export.
      const robinsOwn = ['ROBIN-UNDECIDED-P2', 'ROBIN-SENT-P2', 'ROBIN-PRIVATE-P2', 'ROBIN-DRAFT-P2', 'NOTE-P2', 'SAFETYNOTE-P2', 'LABEL-P2'];
      expect(robinsOwn.filter((text) => response.text.includes(text))).toEqual([]);
    });

    it('is refused to anonymous callers and staff (401)', async () => {
      expect((await w.clients.anonymous.get('/api/portal/export')).status).toBe(401);
      expect((await w.clients.owner.get('/api/portal/export')).status).toBe(401);
      expect((await w.clients.adminOnly.get('/api/portal/export')).status).toBe(401);
    });
  });

  describe('POST /api/couples/:id/partners/:partnerId/erase', () => {
    it('erases exactly that partner: answers, drafts, name, email, links and session; the other partner’s data and the notes stay', async () => {
      const { couple, assignments } = await plantedCouple('E1');
      const [robin, alex] = couple.partners;
      const robinClient = new TestClient(testApp.app);
      const { token } = await seedInviteLink(testApp.dataSource, { practiceId: couple.practiceId, partnerId: robin.id });
      expect((await robinClient.post('/api/portal/session', { token })).status).toBe(200);
      expect((await robinClient.get('/api/portal/me')).status).toBe(200);

      const erased = await w.clients.owner.post(`/api/couples/${couple.id}/partners/${robin.id}/erase`, { confirm: '  robin e1 ' });
      expect(erased.status).toBe(200);
      expect(erased.body.partners[0]).toMatchObject({ id: robin.id, displayName: 'Erased partner', link: { state: 'none' } });
      expect(erased.body.partners[0].email ?? null).toBeNull();
      expect(erased.body.partners[1]).toMatchObject({ id: alex.id, displayName: 'Alex E1' });

      for (const planted of ['ROBIN-SENT-E1', 'ROBIN-PRIVATE-E1', 'ROBIN-DRAFT-E1', 'Robin E1', 'robin.e1@example.org']) {
        expect([planted, await tablesContaining(testApp, planted)]).toEqual([planted, []]);
      }
      for (const kept of ['ALEX-SENT-E1', 'ALEX-DRAFT-E1', 'NOTE-E1', 'SAFETYNOTE-E1', 'Alex E1']) {
        expect([kept, (await tablesContaining(testApp, kept)).length > 0]).toEqual([kept, true]);
      }
      const counts = await testApp.dataSource.query(
        `SELECT (SELECT count(*)::int FROM response WHERE partner_id = $1) AS robin_responses,
                (SELECT count(*)::int FROM response WHERE partner_id = $2) AS alex_responses,
                (SELECT count(*)::int FROM invite_link WHERE partner_id = $1) AS links,
                (SELECT count(*)::int FROM partner_session WHERE partner_id = $1) AS sessions,
                (SELECT count(*)::int FROM assignment WHERE id = ANY($3::uuid[])) AS assignments`,
        [robin.id, alex.id, assignments],
      );
      expect(counts).toEqual([{ robin_responses: 0, alex_responses: 2, links: 0, sessions: 0, assignments: 2 }]);
      expect((await robinClient.get('/api/portal/me')).status).toBe(401);
      const [event] = await testApp.dataSource.query(`SELECT actor_id, details FROM audit_event WHERE action = 'partner.erased' AND target_id = $1`, [robin.id]);
      expect(event).toEqual({
        actor_id: w.riverside.users['owner']?.id,
        details: { coupleId: couple.id, partnerId: robin.id, responses: 2, links: 2, sessions: 1, reminders: 0, mails: 0, agreementItems: 0 },
      });
      // Erased once is erased: no second erasure, no new link.
      expect((await w.clients.owner.post(`/api/couples/${couple.id}/partners/${robin.id}/erase`, { confirm: 'Erased partner' })).status).toBe(409);
      expect((await w.clients.owner.post(`/api/couples/${couple.id}/partners/${robin.id}/invite-link`)).status).toBe(409);
      // The other partner's answers still show to the counselor.
      const review = await w.clients.owner.get(`/api/assignments/${assignments[0]}`);
      const shown = review.body.partners.find((p: { partnerId: string }) => p.partnerId === alex.id);
      expect(shown.answers.whatHappened).toBe('ALEX-SENT-E1');
    });

    it('erases what later features keep about the partner: mails to them, reminder records, the PIN and time zone, agreement items only they proposed', async () => {
      const { couple, assignments } = await plantedCouple('E2');
      const [robin, alex] = couple.partners;
      const agreementId = await sharedAgreement(couple, 'E2');
      // Robin's portal: a PIN, the browser's time zone (quiet hours), an open session.
      const robinClient = new TestClient(testApp.app);
      const { token } = await seedInviteLink(testApp.dataSource, { practiceId: couple.practiceId, partnerId: robin.id });
      expect((await robinClient.post('/api/portal/session', { token })).status).toBe(200);
      expect((await robinClient.patch('/api/portal/me', { timezone: 'Pacific/Chatham' })).status).toBe(200);
      expect((await robinClient.put('/api/portal/pin', { pin: '2468' })).status).toBe(204);
      // A link mail sent to Robin by the counselor, and a reminder with its record; one mail to Alex stays.
      const mail = (to: string, kind: string, subject: string) =>
        testApp.dataSource.query(
          `INSERT INTO mail_message (practice_id, kind, "to", subject, text, html, status, created_at) VALUES ($1, $2, $3, $4, $4, $4, 'sent', now()) RETURNING id`,
          [couple.practiceId, kind, to, subject],
        );
      await mail('Robin.E2@example.org', 'invite_link', 'MAIL-LINK-ROBIN-E2');
      const [reminderMail] = await mail('robin.e2@example.org', 'reminder', 'MAIL-REMINDER-ROBIN-E2');
      await testApp.dataSource.query(`INSERT INTO partner_reminder (practice_id, partner_id, assignment_id, mail_id, sent_at) VALUES ($1, $2, $3, $4, now())`, [
        couple.practiceId,
        robin.id,
        assignments[1],
        reminderMail.id,
      ]);
      await mail('alex.e2@example.org', 'reminder', 'MAIL-REMINDER-ALEX-E2');
      await testApp.dataSource.query(`INSERT INTO partner_reminder (practice_id, partner_id, assignment_id, sent_at) VALUES ($1, $2, $3, now())`, [couple.practiceId, alex.id, assignments[1]]);

      const erased = await w.clients.owner.post(`/api/couples/${couple.id}/partners/${robin.id}/erase`, { confirm: 'Robin E2' });
      expect(erased.status).toBe(200);

      for (const planted of ['ROBIN-SENT-E2', 'ROBIN-ONLY-E2', 'ROBIN-UNDECIDED-E2', 'MAIL-LINK-ROBIN-E2', 'MAIL-REMINDER-ROBIN-E2', 'Robin E2', 'robin.e2@example.org', 'Robin.E2@example.org', 'Pacific/Chatham']) {
        expect([planted, await tablesContaining(testApp, planted)]).toEqual([planted, []]);
      }
      for (const kept of ['ALEX-ONLY-E2', 'BOTH-E2', 'MAIL-REMINDER-ALEX-E2']) {
        expect([kept, (await tablesContaining(testApp, kept)).length > 0]).toEqual([kept, true]);
      }
      const [row] = await testApp.dataSource.query(
        `SELECT p.pin_hash, p.pin_failures, p.timezone, p.reminders_enabled,
                (SELECT count(*)::int FROM partner_reminder WHERE partner_id = p.id) AS reminders,
                (SELECT count(*)::int FROM partner_reminder WHERE partner_id = $2) AS alex_reminders,
                (SELECT count(*)::int FROM partner_session WHERE partner_id = p.id) AS sessions
           FROM partner p WHERE p.id = $1`,
        [robin.id, alex.id],
      );
      expect(row).toEqual({ pin_hash: null, pin_failures: 0, timezone: null, reminders_enabled: false, reminders: 0, alex_reminders: 1, sessions: 0 });
      // Items both proposed keep their text and lose Robin's id; Alex's own item stays Alex's.
      const items = await testApp.dataSource.query(`SELECT text, from_partner_ids FROM agreement_item WHERE assignment_id = $1 ORDER BY position`, [agreementId]);
      expect(items).toEqual([
        { text: 'BOTH-E2', from_partner_ids: [alex.id] },
        { text: 'ALEX-ONLY-E2', from_partner_ids: [alex.id] },
      ]);
      expect(JSON.stringify(await testApp.dataSource.query(`SELECT * FROM agreement_item`))).not.toContain(robin.id);
      // Alex still reads the shared agreement, without Robin's own item.
      const alexClient = new TestClient(testApp.app);
      const alexLink = await seedInviteLink(testApp.dataSource, { practiceId: couple.practiceId, partnerId: alex.id });
      expect((await alexClient.post('/api/portal/session', { token: alexLink.token })).status).toBe(200);
      const shared = (await alexClient.get('/api/portal/agreements')).body.items.find((a: { assignmentId: string }) => a.assignmentId === agreementId);
      expect(shared.items.map((i: { text: string }) => i.text)).toEqual(['BOTH-E2', 'ALEX-ONLY-E2']);
      const [event] = await testApp.dataSource.query(`SELECT details FROM audit_event WHERE action = 'partner.erased' AND target_id = $1`, [robin.id]);
      expect(event.details).toMatchObject({ reminders: 1, mails: 2, agreementItems: 2, sessions: 1 });
    });

    it('refuses a missing or wrong confirm with 400 naming `confirm`, and changes nothing', async () => {
      const { couple } = await plantedCouple('C1');
      const url = `/api/couples/${couple.id}/partners/${couple.partners[0].id}/erase`;
      for (const body of [{}, { confirm: '' }, { confirm: 'Alex C1' }, { confirm: 42 }, { confirm: 'x'.repeat(201) }]) {
        const refused = await w.clients.owner.post(url, body);
        expect([JSON.stringify(body).slice(0, 40), refused.status]).toEqual([JSON.stringify(body).slice(0, 40), 400]);
        expect(refused.body.errors.map((e: { field: string }) => e.field)).toContain('confirm');
      }
      const extra = await w.clients.owner.post(url, { confirm: 'Robin C1', also: true });
      expect(extra.status).toBe(400);
      expect(await tablesContaining(testApp, 'ROBIN-SENT-C1')).toEqual(['response']);
    });

    it('is one transaction: a failure midway leaves every answer, link and the name in place', async () => {
      const { couple } = await plantedCouple('T1');
      await testApp.dataSource.query(`
        CREATE FUNCTION fail_erasure() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$;
        CREATE TRIGGER fail_erasure BEFORE UPDATE OF display_name ON partner FOR EACH ROW WHEN (NEW.display_name = 'Erased partner') EXECUTE FUNCTION fail_erasure();`);
      try {
        const failed = await w.clients.owner.post(`/api/couples/${couple.id}/partners/${couple.partners[0].id}/erase`, { confirm: 'Robin T1' });
        expect(failed.status).toBe(500);
      } finally {
        await testApp.dataSource.query(`DROP TRIGGER fail_erasure ON partner; DROP FUNCTION fail_erasure();`);
      }
      expect(await tablesContaining(testApp, 'ROBIN-SENT-T1')).toEqual(['response']);
      expect(await tablesContaining(testApp, 'ROBIN-DRAFT-T1')).toEqual(['response']);
      const [row] = await testApp.dataSource.query(`SELECT display_name, (SELECT count(*)::int FROM invite_link WHERE partner_id = p.id) AS links FROM partner p WHERE id = $1`, [couple.partners[0].id]);
      expect(row).toEqual({ display_name: 'Robin T1', links: 1 });
      expect(await testApp.dataSource.query(`SELECT 1 FROM audit_event WHERE action = 'partner.erased' AND target_id = $1`, [couple.partners[0].id])).toEqual([]);
    });
  });

  describe('DELETE /api/couples/:id (admin)', () => {
    it('erases a whole archived couple and audits it without content; an active couple is 409', async () => {
      const { couple } = await plantedCouple('D1');
      await sharedAgreement(couple, 'D1');
      await testApp.dataSource.query(
        `INSERT INTO mail_message (practice_id, kind, "to", subject, text, html, status, created_at) VALUES ($1, 'reminder', 'alex.d1@example.org', 'MAIL-D1', 'MAIL-D1', 'MAIL-D1', 'queued', now())`,
        [couple.practiceId],
      );
      expect((await w.clients.adminOnly.delete(`/api/couples/${couple.id}`)).status).toBe(409);
      expect((await w.clients.owner.post(`/api/couples/${couple.id}/archive`)).status).toBe(200);
      expect((await w.clients.adminOnly.delete(`/api/couples/${couple.id}`)).status).toBe(204);
      for (const planted of ['ROBIN-SENT-D1', 'ALEX-SENT-D1', 'NOTE-D1', 'LABEL-D1', 'Robin D1', 'BOTH-D1', 'MAIL-D1', 'alex.d1@example.org']) {
        expect([planted, await tablesContaining(testApp, planted)]).toEqual([planted, []]);
      }
      const [event] = await testApp.dataSource.query(`SELECT actor_id, details FROM audit_event WHERE action = 'couple.erased' AND target_id = $1`, [couple.id]);
      expect(event).toEqual({ actor_id: w.riverside.admin.id, details: { coupleId: couple.id, reason: 'request' } });
      expect((await w.clients.adminOnly.delete(`/api/couples/${couple.id}`)).status).toBe(404);
    });
  });

  describe('access of every new route × caller (non-owners first, changing nothing)', () => {
    const denied = { anonymous: 401, partner: 401, adminOnly: 403, otherCounselor: 404, dualNotOwner: 404, foreignCounselor: 404 } as const;

    it('answers each caller exactly what it may', async () => {
      const { couple } = await plantedCouple('M1');
      const archived = await seedCouple(testApp.dataSource, { practiceId: w.riverside.practiceId, counselorId: w.couple.counselorId, status: 'archived' });
      const p = couple.partners[1];
      const table: [string, string, unknown, Record<WorkspaceCaller, number>][] = [
        ['GET', `/api/couples/${couple.id}/partners/${p.id}/export`, undefined, { ...denied, owner: 200 }],
        ['GET', `/api/couples/${couple.id}/partners/${p.id}/export?format=html`, undefined, { ...denied, owner: 200 }],
        ['POST', `/api/couples/${couple.id}/partners/${p.id}/erase`, { confirm: 'Alex M1' }, { ...denied, owner: 200 }],
        // Admin only: counselors are 403; the admin+counselor who does not own the couple may (it is an admin action).
        ['DELETE', `/api/couples/${archived.id}`, undefined, { anonymous: 401, partner: 401, otherCounselor: 403, foreignCounselor: 403, owner: 403, dualNotOwner: 204, adminOnly: 404 }],
      ];
      const counselorRoute: WorkspaceCaller[] = ['anonymous', 'partner', 'adminOnly', 'otherCounselor', 'dualNotOwner', 'foreignCounselor', 'owner'];
      const adminRoute: WorkspaceCaller[] = ['anonymous', 'partner', 'otherCounselor', 'foreignCounselor', 'owner', 'dualNotOwner', 'adminOnly'];
      const actual: string[] = [];
      const expected: string[] = [];
      for (const [method, url, body, statuses] of table) {
        for (const caller of method === 'DELETE' ? adminRoute : counselorRoute) {
          if (caller === 'partner' && !w.partnerSignedIn) continue;
          const response = await w.clients[caller].request(method, url, body);
          actual.push(`${method} ${url} ${caller} → ${response.status}`);
          expected.push(`${method} ${url} ${caller} → ${statuses[caller]}`);
        }
      }
      expect(actual).toEqual(expected);
      // An admin never reaches another practice's couple.
      const foreignArchived = await seedCouple(testApp.dataSource, { practiceId: w.harbour.practiceId, counselorId: w.harbour.users['foreign']?.id ?? '', status: 'archived' });
      expect((await w.clients.adminOnly.delete(`/api/couples/${foreignArchived.id}`)).status).toBe(404);
    });
  });
});
