import { createTestApp, TestApp } from '../test/create-test-app';
import { sampleAnswers, seedAssignment, seedResponse } from '../test/seed-caseload';
import { seedWorkspaceCallers, WorkspaceCaller, WorkspaceCallers } from '../test/workspace-callers';

/**
 * Every route of the counselor workspace × every kind of caller. Non-owners go first and must change nothing;
 * the owner goes last and succeeds. Statuses: anonymous 401, partner session 401 (staff routes never accept it),
 * admin without the counselor role 403, another counselor of the practice 404, an admin+counselor who does not own
 * the couple 404, a counselor of another practice 404, the owner 2xx.
 */
describe('counselor workspace: access of every route for every caller', () => {
  let testApp: TestApp;
  let w: WorkspaceCallers;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    testApp = await createTestApp();
    w = await seedWorkspaceCallers(testApp);
    const { practiceId, id: coupleId, partners } = w.couple;
    const make = (over: Parameters<typeof seedAssignment>[1] extends infer T ? Partial<T> : never) =>
      seedAssignment(testApp.dataSource, { practiceId, coupleId, ...over });
    ids['review'] = (await make({})).id;
    ids['reopen'] = (await make({})).id;
    await seedResponse(testApp.dataSource, { practiceId, assignmentId: ids['reopen'], partnerId: partners[0].id, status: 'submitted' });
    ids['unlock'] = (await make({ visibility: 'in_session' })).id;
    ids['cancel'] = (await make({})).id;
    ids['read'] = (await make({})).id;
    ids['safety'] = (await make({})).id;
    await seedResponse(testApp.dataSource, {
      practiceId,
      assignmentId: ids['safety'],
      partnerId: partners[0].id,
      status: 'submitted',
      answers: sampleAnswers('acknowledge-the-breach', { safetyCheck: 'no' }),
    });
    ids['agreement'] = (await make({ exerciseKey: 'set-boundaries' })).id;
    for (const partner of partners) {
      await seedResponse(testApp.dataSource, { practiceId, assignmentId: ids['agreement'], partnerId: partner.id, status: 'submitted', answers: sampleAnswers('set-boundaries') });
    }
    const agreement = await w.clients.owner.get(`/api/assignments/${ids['agreement']}/agreement`);
    expect(agreement.status).toBe(200);
    ids['agreementItem'] = agreement.body.items[0].id;
    const note = await w.clients.owner.post(`/api/couples/${coupleId}/notes`, { body: 'To delete in the matrix.' });
    expect(note.status).toBe(201);
    ids['note'] = note.body.id;
    const session = await w.clients.owner.post(`/api/couples/${coupleId}/sessions`, { startsAt: '2026-12-10T16:00:00+01:00' });
    expect(session.status).toBe(201);
    ids['session'] = session.body.id;
    const repeating = await w.clients.owner.post(`/api/couples/${coupleId}/assignments`, { exerciseKey: 'set-boundaries', repeat: { everyDays: 7, times: 3 } });
    expect(repeating.status).toBe(201);
    ids['repeating'] = repeating.body.id;
  });
  afterAll(() => testApp.close());

  const denied = { anonymous: 401, partner: 401, adminOnly: 403, otherCounselor: 404, dualNotOwner: 404, foreignCounselor: 404 } as const;
  const ownOnly = (owner: number): Record<WorkspaceCaller, number> => ({ ...denied, owner });
  /** Lists and the dashboard answer every counselor their own (empty) view; only role and sign-in are refused. */
  const anyCounselor = (status: number): Record<WorkspaceCaller, number> => ({
    anonymous: 401,
    partner: 401,
    adminOnly: 403,
    otherCounselor: status,
    dualNotOwner: status,
    foreignCounselor: status,
    owner: status,
  });

  const table = (): [string, string, unknown, Record<WorkspaceCaller, number>][] => {
    const c = w.couple.id;
    const p = w.couple.partners[1].id;
    return [
      ['GET', '/api/dashboard', undefined, anyCounselor(200)],
      ['GET', '/api/digest', undefined, anyCounselor(200)],
      ['GET', '/api/couples', undefined, anyCounselor(200)],
      ['POST', '/api/couples', { label: 'New couple', partners: [{ displayName: 'A' }, { displayName: 'B' }] }, anyCounselor(201)],
      ['GET', `/api/couples/${c}`, undefined, ownOnly(200)],
      ['PATCH', `/api/couples/${c}`, { label: 'Matrix couple, renamed' }, ownOnly(200)],
      ['POST', `/api/couples/${c}/partners/${p}/invite-link`, undefined, ownOnly(201)],
      ['POST', `/api/couples/${c}/partners/${p}/invite-link/email`, undefined, ownOnly(201)],
      ['DELETE', `/api/couples/${c}/partners/${p}/invite-link`, undefined, ownOnly(204)],
      ['GET', `/api/couples/${c}/assignments`, undefined, ownOnly(200)],
      ['POST', `/api/couples/${c}/assignments`, { exerciseKey: 'set-boundaries' }, ownOnly(201)],
      ['GET', `/api/assignments/${ids['read']}`, undefined, ownOnly(200)],
      ['POST', `/api/assignments/${ids['review']}/review`, undefined, ownOnly(200)],
      ['POST', `/api/assignments/${ids['reopen']}/reopen`, {}, ownOnly(200)],
      ['POST', `/api/assignments/${ids['unlock']}/unlock`, undefined, ownOnly(200)],
      ['POST', `/api/assignments/${ids['safety']}/safety-review`, { note: 'Called her; she is safe tonight.' }, ownOnly(200)],
      ['POST', `/api/assignments/${ids['repeating']}/stop-repeating`, undefined, ownOnly(200)],
      ['DELETE', `/api/assignments/${ids['cancel']}`, undefined, ownOnly(204)],
      ['GET', `/api/couples/${c}/notes`, undefined, ownOnly(200)],
      ['POST', `/api/couples/${c}/notes`, { body: 'A matrix note.' }, ownOnly(201)],
      ['DELETE', `/api/couples/${c}/notes/${ids['note']}`, undefined, ownOnly(204)],
      ['GET', `/api/couples/${c}/trends`, undefined, ownOnly(200)],
      ['GET', `/api/assignments/${ids['agreement']}/agreement`, undefined, ownOnly(200)],
      ['PATCH', `/api/assignments/${ids['agreement']}/agreement/items/${ids['agreementItem']}`, { decision: 'agreed' }, ownOnly(200)],
      ['POST', `/api/assignments/${ids['agreement']}/agreement/share`, undefined, ownOnly(200)],
      ['GET', `/api/couples/${c}/sessions`, undefined, ownOnly(200)],
      ['POST', `/api/couples/${c}/sessions`, { startsAt: '2026-12-17T16:00:00Z' }, ownOnly(201)],
      ['DELETE', `/api/couples/${c}/sessions/${ids['session']}`, undefined, ownOnly(204)],
      ['POST', `/api/couples/${c}/archive`, undefined, ownOnly(200)],
    ];
  };

  it('answers each caller exactly what it may, owner last', async () => {
    const callers = (Object.keys(denied) as WorkspaceCaller[]).filter((caller) => caller !== 'partner' || w.partnerSignedIn);
    const actual: string[] = [];
    const expected: string[] = [];
    for (const [method, url, body, statuses] of table()) {
      for (const caller of [...callers, 'owner' as const]) {
        const response = await w.clients[caller].request(method, url, body);
        actual.push(`${method} ${url} ${caller} → ${response.status}`);
        expected.push(`${method} ${url} ${caller} → ${statuses[caller]}`);
      }
    }
    expect(actual).toEqual(expected);
  });

  it('let no non-owner change anything (no audit event of theirs but adding their own couple; their refusals are logged)', async () => {
    const rows: { action: string }[] = await testApp.dataSource.query(
      `SELECT action FROM audit_event WHERE actor_id = ANY($1::uuid[]) AND action NOT LIKE 'auth.%' AND action <> 'access.denied'`,
      [[w.riverside.admin.id, w.riverside.users['other']?.id, w.riverside.users['dual']?.id, w.harbour.users['foreign']?.id]],
    );
    // Role refusals (403) are recorded as `access.denied` (issue 13): a record of the attempt, not a change.
    expect(rows.map((r) => r.action).filter((action) => action !== 'access.denied').sort()).toEqual(['couple.created', 'couple.created', 'couple.created']);
  });

  it('had a real partner session among the callers (the portal’s token exchange)', () => {
    // Staff routes read only the staff cookie, so a partner's session gets 401 on every one of them (above).
    expect(w.partnerSignedIn).toBe(true);
  });

  describe('admin reassignment (PATCH /api/admin/couples/:id)', () => {
    it('is refused to anonymous (401), to counselors without the admin role (403), and hides other practices’ couples (404)', async () => {
      const url = `/api/admin/couples/${w.couple.id}`;
      const body = { counselorId: w.riverside.users['other']?.id };
      expect((await w.clients.anonymous.patch(url, body)).status).toBe(401);
      if (w.partnerSignedIn) expect((await w.clients.partner.patch(url, body)).status).toBe(401);
      expect((await w.clients.owner.patch(url, body)).status).toBe(403);
      expect((await w.clients.otherCounselor.patch(url, body)).status).toBe(403);
      expect((await w.clients.foreignCounselor.patch(url, body)).status).toBe(403);
    });

    it('moves the couple to another active counselor of the practice; the old counselor then gets 404, the new one 200', async () => {
      const url = `/api/admin/couples/${w.couple.id}`;
      const other = w.riverside.users['other']?.id;
      const moved = await w.clients.adminOnly.patch(url, { counselorId: other });
      expect(moved.status).toBe(200);
      expect(moved.body).toEqual({ id: w.couple.id, counselorId: other });
      expect((await w.clients.owner.get(`/api/couples/${w.couple.id}`)).status).toBe(404);
      expect((await w.clients.otherCounselor.get(`/api/couples/${w.couple.id}`)).status).toBe(200);
      const [event] = await testApp.dataSource.query(`SELECT details FROM audit_event WHERE action = 'couple.reassigned' AND target_id = $1`, [w.couple.id]);
      expect(event.details).toEqual({ fromCounselorId: w.riverside.users['owner']?.id, toCounselorId: other });
      // An admin who is also a counselor may reassign too (back to the owner).
      const back = await w.clients.dualNotOwner.patch(url, { counselorId: w.riverside.users['owner']?.id });
      expect(back.status).toBe(200);
    });

    it('refuses a target that is not an active counselor of the practice (400 naming counselorId) and a foreign couple (404)', async () => {
      const url = `/api/admin/couples/${w.couple.id}`;
      for (const counselorId of [w.riverside.admin.id, w.harbour.users['foreign']?.id, '00000000-0000-4000-8000-000000000000']) {
        const refused = await w.clients.adminOnly.patch(url, { counselorId });
        expect(refused.status).toBe(400);
        expect(refused.body.errors).toEqual([{ field: 'counselorId', message: 'is not an active counselor of this practice.' }]);
      }
      const bad = await w.clients.adminOnly.patch(url, { counselorId: 'nope' });
      expect(bad.status).toBe(400);
      expect(bad.body.message).toMatch(/counselorId/);
      const foreignAdmin = await w.clients.adminOnly.patch(`/api/admin/couples/00000000-0000-4000-8000-000000000000`, { counselorId: w.riverside.users['other']?.id });
      expect(foreignAdmin.status).toBe(404);
    });
  });
});
