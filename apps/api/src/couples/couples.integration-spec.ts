import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { seedCouple, seedInviteLink } from '../test/seed-caseload';
import { SeededPractice, seedPractice, signIn } from '../test/seed-staff';

describe('couples: the counselor’s caseload', () => {
  let testApp: TestApp;
  let practice: SeededPractice;
  let counselor: TestClient;
  const count = async (table: string) => Number((await testApp.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    testApp = await createTestApp();
    practice = await seedPractice(testApp.dataSource, 'couples', { counselor: { roles: ['counselor'] }, colleague: { roles: ['counselor'] } });
    counselor = new TestClient(testApp.app);
    await signIn(counselor, practice.users['counselor']?.email ?? '');
  });
  afterAll(() => testApp.close());

  it('adds a couple with two partners (emails normalised) and answers it with link states none', async () => {
    const created = await counselor.post('/api/couples', {
      label: '  Jamie & Kai ',
      partners: [
        { displayName: 'Jamie', email: ' Jamie@Example.ORG ', perspective: 'hurt' },
        { displayName: 'Kai', perspective: 'involved' },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      label: 'Jamie & Kai',
      status: 'active',
      counselorId: practice.users['counselor']?.id,
      partners: [
        { displayName: 'Jamie', email: 'jamie@example.org', perspective: 'hurt', link: { state: 'none' } },
        { displayName: 'Kai', perspective: 'involved', link: { state: 'none' } },
      ],
    });
    expect(created.body.partners[1].email).toBeUndefined();
    const [audit] = await testApp.dataSource.query(`SELECT action FROM audit_event WHERE target_id = $1`, [created.body.id]);
    expect(audit.action).toBe('couple.created');
  });

  it.each([
    ['one partner', { label: 'X', partners: [{ displayName: 'A' }] }, 'partners'],
    ['three partners', { label: 'X', partners: [{ displayName: 'A' }, { displayName: 'B' }, { displayName: 'C' }] }, 'partners'],
    ['no label', { partners: [{ displayName: 'A' }, { displayName: 'B' }] }, 'label'],
    ['a blank label', { label: '   ', partners: [{ displayName: 'A' }, { displayName: 'B' }] }, 'label'],
    ['a bad email', { label: 'X', partners: [{ displayName: 'A', email: 'not-an-email' }, { displayName: 'B' }] }, 'partners.0.email'],
    ['a bad perspective', { label: 'X', partners: [{ displayName: 'A' }, { displayName: 'B', perspective: 'victim' }] }, 'partners.1.perspective'],
    ['an unknown field', { label: 'X', partners: [{ displayName: 'A' }, { displayName: 'B' }], counselorId: 'x' }, 'counselorId'],
    ['an unknown partner field', { label: 'X', partners: [{ displayName: 'A', age: 40 }, { displayName: 'B' }] }, 'partners.0.age'],
    ['a too long name', { label: 'X', partners: [{ displayName: 'A'.repeat(81) }, { displayName: 'B' }] }, 'partners.0.displayName'],
  ])('refuses %s with 400 naming the field, and writes nothing', async (_case, body, field) => {
    const before = [await count('couple'), await count('partner')];
    const refused = await counselor.post('/api/couples', body);
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect([await count('couple'), await count('partner')]).toEqual(before);
  });

  it('lists only the caller’s couples, newest first, searchable by label or partner name, filtered by status, in pages', async () => {
    const me = practice.users['counselor']?.id ?? '';
    const mine = [];
    for (const [i, name] of ['Quinn', 'Rowan', 'Sasha', 'Tatum'].entries()) {
      mine.push(await seedCouple(testApp.dataSource, { practiceId: practice.practiceId, counselorId: me, label: `List ${i}`, partners: [{ displayName: name }, { displayName: 'Zed' }] }));
    }
    await seedCouple(testApp.dataSource, { practiceId: practice.practiceId, counselorId: practice.users['colleague']?.id ?? '', label: 'List colleague', partners: [{ displayName: 'Quinn' }, {}] });
    await seedCouple(testApp.dataSource, { practiceId: practice.practiceId, counselorId: me, label: 'List archived', status: 'archived' });

    const search = await counselor.get('/api/couples?search=quinn');
    expect(search.body.items.map((c: { label: string }) => c.label)).toEqual(['List 0']);
    expect((await counselor.get('/api/couples?search=LIST%202')).body.items.map((c: { label: string }) => c.label)).toEqual(['List 2']);
    expect((await counselor.get('/api/couples?search=%25')).body.items).toEqual([]);
    expect((await counselor.get('/api/couples?status=archived')).body.items.map((c: { label: string }) => c.label)).toEqual(['List archived']);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: { items: { label: string }[]; nextCursor: string | null } } = await counselor.get(
        `/api/couples?status=active&search=list&limit=3${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((c) => c.label));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['List 3', 'List 2', 'List 1', 'List 0']);

    const badCursor = await counselor.get('/api/couples?cursor=nonsense');
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.errors[0].field).toBe('cursor');
    expect((await counselor.get('/api/couples?status=gone')).status).toBe(400);
    expect((await counselor.get('/api/couples?limit=0')).status).toBe(400);
  });

  it('changes the label and partners by id, removes an email with "", and audits only what changed', async () => {
    const couple = await seedCouple(testApp.dataSource, { practiceId: practice.practiceId, counselorId: practice.users['counselor']?.id ?? '', label: 'Before' });
    const [first, second] = couple.partners;
    const changed = await counselor.patch(`/api/couples/${couple.id}`, {
      label: 'After',
      partners: [
        { id: second.id, displayName: 'Alexandra', email: '' },
        { id: first.id, perspective: 'unspecified' },
      ],
    });
    expect(changed.status).toBe(200);
    expect(changed.body.label).toBe('After');
    expect(changed.body.partners[0]).toMatchObject({ id: first.id, displayName: 'Robin', perspective: 'unspecified' });
    expect(changed.body.partners[1]).toMatchObject({ id: second.id, displayName: 'Alexandra' });
    expect(changed.body.partners[1].email).toBeUndefined();
    const [audit] = await testApp.dataSource.query(`SELECT details FROM audit_event WHERE action = 'couple.updated' AND target_id = $1`, [couple.id]);
    expect(audit.details.changed.sort()).toEqual(['label', 'partners[1].perspective', 'partners[2].displayName', 'partners[2].email']);

    const foreignPartner = await counselor.patch(`/api/couples/${couple.id}`, { partners: [{ id: '00000000-0000-4000-8000-000000000000', displayName: 'X' }] });
    expect(foreignPartner.status).toBe(404);
    const twice = await counselor.patch(`/api/couples/${couple.id}`, { partners: [{ id: first.id }, { id: first.id }] });
    expect(twice.status).toBe(400);
    expect(twice.body.errors[0].field).toBe('partners');
    const badStatus = await counselor.patch(`/api/couples/${couple.id}`, { status: 'deleted' });
    expect(badStatus.status).toBe(400);
    expect(badStatus.body.errors[0].field).toBe('status');
    expect((await counselor.get(`/api/couples/${couple.id}`)).body.label).toBe('After');
  });

  it('archives (revoking live links), stays idempotent, and restores with PATCH status active', async () => {
    const couple = await seedCouple(testApp.dataSource, { practiceId: practice.practiceId, counselorId: practice.users['counselor']?.id ?? '' });
    await seedInviteLink(testApp.dataSource, { practiceId: practice.practiceId, partnerId: couple.partners[0].id });
    const archived = await counselor.post(`/api/couples/${couple.id}/archive`);
    expect(archived.status).toBe(200);
    expect(archived.body.status).toBe('archived');
    expect(archived.body.partners[0].link.state).toBe('revoked');
    expect((await counselor.post(`/api/couples/${couple.id}/archive`)).status).toBe(200);
    const events = await testApp.dataSource.query(`SELECT action FROM audit_event WHERE target_id = $1 ORDER BY id`, [couple.id]);
    expect(events.map((e: { action: string }) => e.action)).toEqual(['couple.archived']);

    const assign = await counselor.post(`/api/couples/${couple.id}/assignments`, { exerciseKey: 'set-boundaries' });
    expect(assign.status).toBe(409);
    const link = await counselor.post(`/api/couples/${couple.id}/partners/${couple.partners[0].id}/invite-link`);
    expect(link.status).toBe(409);

    const restored = await counselor.patch(`/api/couples/${couple.id}`, { status: 'active' });
    expect(restored.status).toBe(200);
    expect(restored.body.status).toBe('active');
    const [row] = await testApp.dataSource.query(`SELECT archived_at FROM couple WHERE id = $1`, [couple.id]);
    expect(row.archived_at).toBeNull();
  });

  it('shows whether each partner gets reminders: on by default, off once the partner turns them off in the portal', async () => {
    const created = await counselor.post('/api/couples', {
      label: 'Reminders couple',
      partners: [
        { displayName: 'Noor', email: 'noor@example.org' },
        { displayName: 'Eli' },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body.partners.map((p: { remindersEnabled: boolean }) => p.remindersEnabled)).toEqual([true, true]);
    const [noor, eli] = created.body.partners as { id: string }[];
    const portal = async (partnerId: string) => {
      const issued = await counselor.post(`/api/couples/${created.body.id}/partners/${partnerId}/invite-link`);
      expect(issued.status).toBe(201);
      const client = new TestClient(testApp.app);
      expect((await client.post('/api/portal/session', { token: String(issued.body.url).split('/i/')[1] })).status).toBe(200);
      return client;
    };
    const noorPortal = await portal(noor?.id ?? '');
    const eliPortal = await portal(eli?.id ?? '');
    // The portal offers the switch only to a partner with an email address (it never shows the address).
    expect((await noorPortal.get('/api/portal/me')).body).toMatchObject({ remindersEnabled: true, hasEmail: true });
    expect((await eliPortal.get('/api/portal/me')).body).toMatchObject({ remindersEnabled: true, hasEmail: false });
    expect(JSON.stringify((await noorPortal.get('/api/portal/me')).body)).not.toContain('noor@example.org');

    expect((await noorPortal.patch('/api/portal/me', { remindersEnabled: false })).body.remindersEnabled).toBe(false);
    const read = await counselor.get(`/api/couples/${created.body.id}`);
    expect(read.body.partners.map((p: { remindersEnabled: boolean }) => p.remindersEnabled)).toEqual([false, true]);
    const listed = (await counselor.get('/api/couples?search=Reminders%20couple')).body.items[0];
    expect(listed.partners.map((p: { remindersEnabled: boolean }) => p.remindersEnabled)).toEqual([false, true]);
  });

  it('answers 400 for a malformed id and 404 for an unknown one', async () => {
    const bad = await counselor.get('/api/couples/not-a-uuid');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/id/);
    expect((await counselor.get('/api/couples/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});
