import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { seedAssignment, seedCouple, SeededCouple } from '../test/seed-caseload';
import { SeededPractice, seedPractice, signIn } from '../test/seed-staff';

describe('private counselor notes', () => {
  let testApp: TestApp;
  let practice: SeededPractice;
  let counselor: TestClient;
  let colleague: TestClient;
  let couple: SeededCouple;

  beforeAll(async () => {
    testApp = await createTestApp();
    practice = await seedPractice(testApp.dataSource, 'notes', { counselor: { roles: ['counselor'] }, colleague: { roles: ['counselor'] } });
    counselor = new TestClient(testApp.app);
    colleague = new TestClient(testApp.app);
    await signIn(counselor, practice.users['counselor']?.email ?? '');
    await signIn(colleague, practice.users['colleague']?.email ?? '');
    couple = await seedCouple(testApp.dataSource, { practiceId: practice.practiceId, counselorId: practice.users['counselor']?.id ?? '' });
  });
  afterAll(() => testApp.close());

  it('adds notes (optionally about an assignment of the couple) and lists them newest first with the author', async () => {
    const assignment = await seedAssignment(testApp.dataSource, { practiceId: practice.practiceId, coupleId: couple.id });
    const first = await counselor.post(`/api/couples/${couple.id}/notes`, { body: '  Sleep is still poor; ask about the evenings.  ' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ body: 'Sleep is still poor; ask about the evenings.', authorId: practice.users['counselor']?.id, authorName: 'Counselor notes' });
    const second = await counselor.post(`/api/couples/${couple.id}/notes`, { body: 'Both named the same need.', assignmentId: assignment.id });
    expect(second.body.assignmentId).toBe(assignment.id);
    const list = await counselor.get(`/api/couples/${couple.id}/notes?limit=1`);
    expect(list.body.items.map((n: { id: string }) => n.id)).toEqual([second.body.id]);
    const next = await counselor.get(`/api/couples/${couple.id}/notes?limit=1&cursor=${list.body.nextCursor}`);
    expect(next.body.items.map((n: { id: string }) => n.id)).toEqual([first.body.id]);
  });

  it('refuses bad input with 400 naming the field, and writes nothing', async () => {
    const other = await seedCouple(testApp.dataSource, { practiceId: practice.practiceId, counselorId: practice.users['counselor']?.id ?? '' });
    const foreignAssignment = await seedAssignment(testApp.dataSource, { practiceId: practice.practiceId, coupleId: other.id });
    const before = (await testApp.dataSource.query(`SELECT count(*)::int AS n FROM counselor_note`))[0].n;
    for (const [body, field] of [
      [{ body: '   ' }, 'body'],
      [{ body: 'x'.repeat(10_001) }, 'body'],
      [{ body: 'ok', assignmentId: foreignAssignment.id }, 'assignmentId'],
      [{ body: 'ok', assignmentId: 'nope' }, 'assignmentId'],
      [{ body: 'ok', pinned: true }, 'pinned'],
    ] as const) {
      const refused = await counselor.post(`/api/couples/${couple.id}/notes`, body);
      expect(refused.status).toBe(400);
      expect(refused.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect((await testApp.dataSource.query(`SELECT count(*)::int AS n FROM counselor_note`))[0].n).toBe(before);
  });

  it('lets only the author delete a note: after a reassignment the new counselor reads it but gets 403 deleting it', async () => {
    const note = await counselor.post(`/api/couples/${couple.id}/notes`, { body: 'Mine to delete.' });
    const kept = await counselor.post(`/api/couples/${couple.id}/notes`, { body: 'Stays for the next counselor.' });
    expect((await counselor.delete(`/api/couples/${couple.id}/notes/${note.body.id}`)).status).toBe(204);
    expect((await counselor.delete(`/api/couples/${couple.id}/notes/${note.body.id}`)).status).toBe(404);
    await testApp.dataSource.query(`UPDATE couple SET counselor_id = $1 WHERE id = $2`, [practice.users['colleague']?.id, couple.id]);
    const read = await colleague.get(`/api/couples/${couple.id}/notes`);
    expect(read.body.items.map((n: { id: string }) => n.id)).toContain(kept.body.id);
    expect((await colleague.delete(`/api/couples/${couple.id}/notes/${kept.body.id}`)).status).toBe(403);
    expect((await counselor.get(`/api/couples/${couple.id}/notes`)).status).toBe(404);
    const actions = await testApp.dataSource.query(`SELECT action FROM audit_event WHERE target_id = $1 ORDER BY id`, [note.body.id]);
    expect(actions.map((e: { action: string }) => e.action)).toEqual(['note.created', 'note.deleted']);
  });
});
