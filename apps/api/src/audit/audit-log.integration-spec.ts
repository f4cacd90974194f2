import type { AuditEvent } from '@trp/contracts';
import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { seedResponse } from '../test/seed-caseload';
import { SeededPractice, seedPractice, signIn } from '../test/seed-staff';

/**
 * The audit log as an admin reads it: one row per staff view of answers (whatever the page asks for), and
 * names instead of ids — staff names, and for a couple only its id and its counselor, never its label or a
 * partner's name (an admin sees no clinical content).
 */
describe('audit log: one row per view, names instead of ids', () => {
  const LABEL = 'PLANTED-LABEL Case 114 affair';
  const PARTNERS = ['Omarion Plantedname', 'Zelda Plantedname'] as const;
  let testApp: TestApp;
  let practice: SeededPractice;
  let counselor: TestClient;
  let admin: TestClient;
  let coupleId: string;
  let partnerIds: string[];
  let assignmentIds: string[];

  const views = async (): Promise<{ target_id: string }[]> =>
    testApp.dataSource.query(
      `SELECT target_id FROM audit_event WHERE action = 'response.viewed' ORDER BY id`,
    );

  beforeAll(async () => {
    testApp = await createTestApp({
      authRateLimit: { limit: 1000, windowMs: 60_000 },
    });
    practice = await seedPractice(testApp.dataSource, 'names', {
      counselor: { roles: ['counselor'] },
    });
    counselor = new TestClient(testApp.app);
    admin = new TestClient(testApp.app);
    await signIn(counselor, practice.users['counselor']?.email ?? '');
    await signIn(admin, practice.admin.email);

    const couple = await counselor.post('/api/couples', {
      label: LABEL,
      partners: [{ displayName: PARTNERS[0] }, { displayName: PARTNERS[1] }],
    });
    expect(couple.status).toBe(201);
    coupleId = couple.body.id;
    partnerIds = couple.body.partners.map((p: { id: string }) => p.id);
    const link = await counselor.post(
      `/api/couples/${coupleId}/partners/${partnerIds[0]}/invite-link`,
    );
    expect(link.status).toBe(201);
    // The partner opens the link: `invite_link.used` names only the partner in its details.
    const opened = await new TestClient(testApp.app).post(
      '/api/portal/session',
      { token: new URL(link.body.url).pathname.split('/').pop() },
    );
    expect(opened.status).toBe(200);

    assignmentIds = [];
    for (const exerciseKey of ['acknowledge-the-breach', 'set-boundaries']) {
      const created = await counselor.post(
        `/api/couples/${coupleId}/assignments`,
        { exerciseKey },
      );
      expect(created.status).toBe(201);
      assignmentIds.push(created.body.id);
      for (const partnerId of partnerIds) {
        await seedResponse(testApp.dataSource, {
          practiceId: practice.practiceId,
          assignmentId: created.body.id,
          partnerId,
          status: 'submitted',
        });
      }
    }
  });
  afterAll(() => testApp.close());

  it('the review page’s calls (the assignment and its couple), both partners submitted: exactly one view event', async () => {
    const before = (await views()).length;
    const [assignment, couple] = await Promise.all([
      counselor.get(`/api/assignments/${assignmentIds[0]}`),
      counselor.get(`/api/couples/${coupleId}`),
    ]);
    expect([assignment.status, couple.status]).toEqual([200, 200]);
    expect(
      assignment.body.partners.every((p: { answers?: unknown }) => p.answers),
    ).toBe(true);
    expect((await views()).slice(before)).toEqual([
      { target_id: assignmentIds[0] },
    ]);
  });

  it('the couple page’s calls show no answers and write no view; the prep page’s write one per assignment shown', async () => {
    const before = (await views()).length;
    await counselor.get(`/api/couples/${coupleId}`);
    const list = await counselor.get(
      `/api/couples/${coupleId}/assignments?limit=100`,
    );
    expect((await views()).length).toBe(before);
    for (const item of list.body.items as { id: string }[])
      await counselor.get(`/api/assignments/${item.id}`);
    expect(
      (await views())
        .slice(before)
        .map((v) => v.target_id)
        .sort(),
    ).toEqual([...assignmentIds].sort());
  });

  it('answers staff names and, for a couple, its id and counselor — never its label or a partner’s name', async () => {
    const invited = await admin.post('/api/admin/invitations', {
      email: 'new.person@names.test',
      roles: ['counselor'],
    });
    expect(invited.status).toBe(201);
    const page = await admin.get('/api/admin/audit?limit=100');
    expect(page.status).toBe(200);
    const events = page.body.items as AuditEvent[];
    const json = JSON.stringify(page.body);
    expect(json).not.toContain('PLANTED-LABEL');
    expect(json).not.toContain('Plantedname');

    const counselorName = 'Counselor names';
    const byAction = (action: string) =>
      events.filter((e) => e.action === action);
    expect(byAction('auth.sign_in').map((e) => e.target?.name)).toEqual(
      expect.arrayContaining([counselorName, 'Admin names']),
    );
    expect(byAction('invitation.issued')[0]?.target).toMatchObject({
      type: 'invitation',
      name: 'new.person@names.test',
      couple: null,
    });
    for (const action of [
      'couple.created',
      'invite_link.issued',
      'invite_link.used',
      'assignment.created',
      'response.viewed',
    ]) {
      const [event] = byAction(action);
      expect({ action, couple: event?.target?.couple }).toEqual({
        action,
        couple: { id: coupleId, counselorName },
      });
      expect(event?.target?.name).toBeNull();
    }
    expect(byAction('practice.created')[0]?.target).toMatchObject({
      type: 'practice',
      name: null,
      couple: null,
    });
  });
});
