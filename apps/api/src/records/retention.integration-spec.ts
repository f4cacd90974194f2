import { Clock } from '../common/clock';
import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { seedCouple, seedResponse, seedAssignment } from '../test/seed-caseload';
import { SeededPractice, seedPractice, signIn } from '../test/seed-staff';
import { RetentionService } from './retention.service';

describe('retention: archivedRetentionDays', () => {
  let testApp: TestApp;
  let practice: SeededPractice;
  let admin: TestClient;
  let now: Date;

  beforeAll(async () => {
    testApp = await createTestApp();
    jest.spyOn(testApp.app.get(Clock), 'now').mockImplementation(() => now);
    now = new Date('2026-06-01T12:00:00Z');
    practice = await seedPractice(testApp.dataSource, 'retention', { counselor: { roles: ['counselor'] } });
    admin = new TestClient(testApp.app);
    await signIn(admin, practice.admin.email);
  });
  afterAll(() => testApp.close());

  const counselorId = () => practice.users['counselor']?.id ?? '';
  const archivedOn = async (date: string) => {
    const couple = await seedCouple(testApp.dataSource, { practiceId: practice.practiceId, counselorId: counselorId(), status: 'archived' });
    await testApp.dataSource.query(`UPDATE couple SET archived_at = $1 WHERE id = $2`, [new Date(date), couple.id]);
    return couple;
  };
  const exists = async (id: string) => (await testApp.dataSource.query(`SELECT 1 FROM couple WHERE id = $1`, [id])).length === 1;

  it('is a practice setting: null (keep) by default, 30 to 3650 days, 400 naming it otherwise', async () => {
    expect((await admin.get('/api/admin/practice')).body.settings.archivedRetentionDays).toBeNull();
    for (const value of [29, 3651, 1.5, '90']) {
      const bad = await admin.patch('/api/admin/practice', { archivedRetentionDays: value });
      expect([value, bad.status, bad.body.errors?.[0]?.field]).toEqual([value, 400, 'archivedRetentionDays']);
    }
    const set = await admin.patch('/api/admin/practice', { archivedRetentionDays: 90 });
    expect(set.body.settings.archivedRetentionDays).toBe(90);
    const kept = await admin.patch('/api/admin/practice', { archivedRetentionDays: null });
    expect(kept.body.settings.archivedRetentionDays).toBeNull();
  });

  it('erases only couples archived longer than the practice keeps them, by the clock, audited by the system', async () => {
    const retention = testApp.app.get(RetentionService);
    const old = await archivedOn('2026-02-01T00:00:00Z'); // 120 days before "now"
    const recent = await archivedOn('2026-05-01T00:00:00Z'); // 31 days before
    const active = await seedCouple(testApp.dataSource, { practiceId: practice.practiceId, counselorId: counselorId() });
    await testApp.dataSource.query(`UPDATE couple SET created_at = '2020-01-01' WHERE id = $1`, [active.id]);
    const assignment = await seedAssignment(testApp.dataSource, { practiceId: practice.practiceId, coupleId: old.id });
    await seedResponse(testApp.dataSource, { practiceId: practice.practiceId, assignmentId: assignment.id, partnerId: old.partners[0].id, status: 'submitted' });

    // Keep (null): nothing goes.
    expect(await retention.sweep()).toBe(0);
    expect((await admin.patch('/api/admin/practice', { archivedRetentionDays: 90 })).status).toBe(200);
    expect(await retention.sweep()).toBe(1);
    expect([await exists(old.id), await exists(recent.id), await exists(active.id)]).toEqual([false, true, true]);
    expect(await testApp.dataSource.query(`SELECT 1 FROM response WHERE assignment_id = $1`, [assignment.id])).toEqual([]);
    const [event] = await testApp.dataSource.query(`SELECT actor_kind, details FROM audit_event WHERE action = 'couple.erased' AND target_id = $1`, [old.id]);
    expect(event).toEqual({ actor_kind: 'system', details: { coupleId: old.id, reason: 'retention', archivedRetentionDays: 90 } });

    // 60 days later the recent one is old enough too.
    now = new Date('2026-07-31T12:00:00Z');
    expect(await retention.sweep()).toBe(1);
    expect([await exists(recent.id), await exists(active.id)]).toEqual([false, true]);
    expect(await retention.sweep()).toBe(0);
  });
});
