import { CLOSING_SECTION, type ExerciseDefinition, EXERCISE_KEYS } from '@trp/exercises';
import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { SeededPractice, seedPractice, signIn } from '../test/seed-staff';
import { openLink, SeededCouple, seedCouple } from '../portal/testing/seed-portal';

/** A three-question exercise as the builder sends it (no closing section: the server adds it). */
const INPUT = {
  title: 'Evening check-in',
  summary: 'Three short questions for the end of the day.',
  sections: [
    {
      id: 'today',
      title: 'Today',
      fields: [
        { id: 'bestMoment', type: 'shortText', label: 'The best moment of today', maxLength: 200, perspectiveLabels: { hurt: 'A moment today you felt safe' } },
        { id: 'closeness', type: 'scale', label: 'How close did you feel?', min: 1, max: 5, minLabel: 'Far apart', maxLabel: 'Very close', required: true },
        {
          id: 'talkAbout',
          type: 'choice',
          label: 'Should we talk about it in session?',
          options: [
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'Not now' },
          ],
        },
      ],
    },
  ],
};

describe('/api/library/exercises: the practice’s own exercises', () => {
  let testApp: TestApp;
  let lib: SeededPractice;
  let far: SeededPractice;
  let couple: SeededCouple;
  const c: Record<'anonymous' | 'partner' | 'partner2' | 'adminOnly' | 'other' | 'dual' | 'author' | 'farDual' | 'farAdmin', TestClient> = {} as never;

  beforeAll(async () => {
    testApp = await createTestApp({ authRateLimit: { limit: 1000, windowMs: 60_000 } });
    lib = await seedPractice(testApp.dataSource, 'lib', { author: { roles: ['counselor'] }, other: { roles: ['counselor'] }, dual: { roles: ['admin', 'counselor'] } });
    far = await seedPractice(testApp.dataSource, 'lib-far', { farDual: { roles: ['admin', 'counselor'] } });
    for (const name of Object.keys({ anonymous: 0, partner: 0, partner2: 0, adminOnly: 0, other: 0, dual: 0, author: 0, farDual: 0, farAdmin: 0 })) {
      c[name as keyof typeof c] = new TestClient(testApp.app);
    }
    await signIn(c.adminOnly, lib.admin.email);
    await signIn(c.other, lib.users['other']?.email ?? '');
    await signIn(c.dual, lib.users['dual']?.email ?? '');
    await signIn(c.author, lib.users['author']?.email ?? '');
    await signIn(c.farDual, far.users['farDual']?.email ?? '');
    await signIn(c.farAdmin, far.admin.email);
    couple = await seedCouple(testApp.dataSource, { practiceId: lib.practiceId, counselorId: lib.users['author']?.id ?? '' });
    await openLink(c.partner, couple.partners[0]);
    await openLink(c.partner2, couple.partners[1]);
    await c.partner.get('/api/portal/me');
    await c.partner2.get('/api/portal/me');
  });
  afterAll(() => testApp.close());

  const counts = async () => {
    const [row] = await testApp.dataSource.query(
      `SELECT (SELECT count(*)::int FROM practice_exercise) AS exercises, (SELECT count(*)::int FROM practice_exercise_version) AS versions,
              (SELECT count(*)::int FROM audit_event WHERE action LIKE 'library.%') AS audits`,
    );
    return row as { exercises: number; versions: number; audits: number };
  };
  const create = async (client: TestClient, input: unknown = INPUT) => {
    const response = await client.post('/api/library/exercises', input);
    expect(response.status).toBe(201);
    return response.body as ExerciseDefinition & { key: string };
  };
  const assign = (client: TestClient, exerciseKey: string) => client.post(`/api/couples/${couple.coupleId}/assignments`, { exerciseKey, visibility: 'after_both_submit' });

  describe('create', () => {
    it('saves version 1 with a custom- key, the author, and the built-in closing section appended; audited', async () => {
      const before = await counts();
      const created = await c.author.post('/api/library/exercises', INPUT);
      expect(created.status).toBe(201);
      expect(created.body).toEqual({
        key: expect.stringMatching(/^custom-evening-check-in-[a-z0-9]{6}$/),
        version: 1,
        title: INPUT.title,
        summary: INPUT.summary,
        sections: [...INPUT.sections, CLOSING_SECTION],
        source: 'practice',
        author: { id: lib.users['author']?.id, name: 'Author lib' },
        archived: false,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
        canEdit: true,
      });
      expect(await counts()).toEqual({ exercises: before.exercises + 1, versions: before.versions + 1, audits: before.audits + 1 });
      const [event] = await testApp.dataSource.query(`SELECT actor_id, target_type, details FROM audit_event WHERE action = 'library.exercise_created' ORDER BY occurred_at DESC LIMIT 1`);
      expect(event).toEqual({ actor_id: lib.users['author']?.id, target_type: 'library_exercise', details: { exerciseKey: created.body.key, exerciseVersion: 1 } });
    });

    it('replaces a reworded trailing closing section with the built-in one (it cannot be dropped or altered), and ignores key, version, source and author', async () => {
      const reworded = { ...CLOSING_SECTION, fields: CLOSING_SECTION.fields.slice(0, 1) };
      const created = await create(c.author, { ...INPUT, key: 'custom-mine', version: 7, source: 'builtin', author: { id: 'x', name: 'y' }, sections: [...INPUT.sections, reworded] });
      expect(created.key).not.toBe('custom-mine');
      expect(created.version).toBe(1);
      expect(created).toMatchObject({ source: 'practice', author: { id: lib.users['author']?.id } });
      expect(created.sections).toEqual([...INPUT.sections, CLOSING_SECTION]);
      const [stored] = await testApp.dataSource.query(`SELECT v.definition FROM practice_exercise_version v JOIN practice_exercise e ON e.id = v.exercise_id WHERE e.key = $1`, [created.key]);
      expect(stored.definition.sections.at(-1)).toEqual(CLOSING_SECTION);
    });
  });

  describe('validation: a 400 naming the path, nothing written', () => {
    const bad: [string, unknown, string][] = [
      ['a scale whose max is not above its min', { ...INPUT, sections: [INPUT.sections[0], { id: 'more', title: 'More', fields: [{ id: 'x', type: 'scale', label: 'X', min: 5, max: 2, minLabel: 'a', maxLabel: 'b' }] }] }, 'sections[1].fields[0].max'],
      ['a field id used twice', { ...INPUT, sections: [{ ...INPUT.sections[0], fields: [INPUT.sections[0]?.fields[0], INPUT.sections[0]?.fields[0]] }] }, 'sections[0].fields[1].id'],
      ['the closing section’s id in the middle', { ...INPUT, sections: [{ ...INPUT.sections[0], id: 'for-your-counselor' }, { id: 'two', title: 'Two', fields: [{ id: 'y', type: 'longText', label: 'Y' }] }] }, 'sections[0].id'],
      ['the safety check’s id', { ...INPUT, sections: [{ id: 'one', title: 'One', fields: [{ id: 'safetyCheck', type: 'longText', label: 'Y' }] }] }, 'sections[0].fields[0].id'],
      ['an unknown field type', { ...INPUT, sections: [{ id: 'one', title: 'One', fields: [{ id: 'y', type: 'video', label: 'Y' }] }] }, 'sections[0].fields[0].type'],
      ['no section of its own', { ...INPUT, sections: [] }, 'sections'],
      ['no title', { summary: 'x', sections: INPUT.sections }, 'title'],
      ['scoring a text field', { ...INPUT, scoring: { fields: [{ fieldId: 'bestMoment' }] } }, 'scoring.fields'],
      ['an unknown setting', { ...INPUT, sections: [{ ...INPUT.sections[0], fields: [{ id: 'y', type: 'longText', label: 'Y', colour: 'red' }] }] }, 'sections[0].fields[0].colour'],
    ];
    it.each(bad)('%s', async (_name, body, path) => {
      const before = await counts();
      const response = await c.author.post('/api/library/exercises', body);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request', code: 'library.invalidDefinition' });
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(path);
      expect(response.body.message).toContain(path);
      expect(await counts()).toEqual(before);
    });

    it('refuses a bad PATCH the same way, keeping the version', async () => {
      const created = await create(c.author);
      const before = await counts();
      const response = await c.author.patch(`/api/library/exercises/${created.key}`, {
        sections: [INPUT.sections[0], { id: 'more', title: 'More', fields: [{ id: 'x', type: 'scale', label: 'X', min: 5, max: 2, minLabel: 'a', maxLabel: 'b' }] }],
      });
      expect(response.status).toBe(400);
      expect(response.body.errors[0]).toMatchObject({ field: 'sections[1].fields[0].max' });
      expect(await counts()).toEqual(before);
      expect((await c.author.get(`/api/library/exercises/${created.key}`)).body.version).toBe(1);
    });

    it('names a malformed key or filter (400), an unknown key (404)', async () => {
      expect((await c.author.get('/api/library/exercises/Not A Key')).status).toBe(400);
      expect((await c.author.get('/api/library/exercises/acknowledge-the-breach')).status).toBe(400);
      expect((await c.author.get('/api/library/exercises/custom-nothing-abc123')).status).toBe(404);
      const filter = await c.author.get('/api/library/exercises?archived=maybe');
      expect(filter.status).toBe(400);
      expect(filter.body.message).toMatch(/archived/);
    });
  });

  describe('versions, assignments and the portal', () => {
    let key: string;
    let v1Assignment: string;

    it('lists a new exercise in GET /api/exercises after the built-ins, for every counselor of the practice, never another practice’s', async () => {
      key = (await create(c.author)).key;
      const mine = await c.other.get('/api/exercises');
      expect(mine.status).toBe(200);
      const keys = mine.body.map((d: { key: string }) => d.key);
      expect(keys.slice(0, EXERCISE_KEYS.length)).toEqual([...EXERCISE_KEYS]);
      expect(keys).toContain(key);
      expect(mine.body.find((d: { key: string }) => d.key === key)).toMatchObject({ source: 'practice', canEdit: false, version: 1 });
      expect(mine.body[0]).toMatchObject({ source: 'builtin' });
      const theirs = await c.farDual.get('/api/exercises');
      expect(theirs.body.map((d: { key: string }) => d.key)).toEqual([...EXERCISE_KEYS]);
      expect((await c.farDual.get(`/api/exercises/${key}/versions/1`)).status).toBe(404);
    });

    it('assigns it (pinning version 1); another practice cannot (400 unknownExercise)', async () => {
      const assigned = await assign(c.author, key);
      expect(assigned.status).toBe(201);
      expect(assigned.body).toMatchObject({ exerciseKey: key, exerciseVersion: 1 });
      v1Assignment = assigned.body.id;
      const farCouple = await seedCouple(testApp.dataSource, { practiceId: far.practiceId, counselorId: far.users['farDual']?.id ?? '' });
      const foreign = await c.farDual.post(`/api/couples/${farCouple.coupleId}/assignments`, { exerciseKey: key });
      expect(foreign.status).toBe(400);
      expect(foreign.body.errors).toEqual([{ field: 'exerciseKey', message: 'there is no exercise with this key' }]);
    });

    it('serves it to partners and validates their answers on the server (422 naming the field)', async () => {
      const read = await c.partner.get(`/api/portal/assignments/${v1Assignment}`);
      expect(read.status).toBe(200);
      expect(read.body.exercise).toMatchObject({ key, version: 1, title: INPUT.title });
      expect(read.body.exercise.sections.at(-1)).toEqual(CLOSING_SECTION);
      const outOfRange = await c.partner.put(`/api/portal/assignments/${v1Assignment}/draft`, { answers: { closeness: 9 }, version: 0 });
      expect(outOfRange.status).toBe(422);
      expect(JSON.stringify(outOfRange.body)).toContain('closeness');
      const notAnOption = await c.partner.post(`/api/portal/assignments/${v1Assignment}/submit`, { answers: { closeness: 3, talkAbout: 'maybe', safetyCheck: 'yes' } });
      expect(notAnOption.status).toBe(422);
      const missingRequired = await c.partner.post(`/api/portal/assignments/${v1Assignment}/submit`, { answers: { safetyCheck: 'yes' } });
      expect(missingRequired.status).toBe(422);
      const saved = await c.partner.put(`/api/portal/assignments/${v1Assignment}/draft`, { answers: { bestMoment: '  The walk  ' }, version: 0 });
      expect(saved.status).toBe(200);
    });

    it('saves a change as version 2, keeping version 1; the v1 assignment still serves v1 to partners and to review', async () => {
      const before = await counts();
      const changed = await c.author.patch(`/api/library/exercises/${key}`, {
        version: 1,
        title: 'Evening check-in (longer)',
        sections: [{ ...INPUT.sections[0], fields: [...(INPUT.sections[0]?.fields ?? []), { id: 'gratitude', type: 'longText', label: 'One thing you are grateful for', required: true }] }],
      });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ key, version: 2, title: 'Evening check-in (longer)' });
      expect(changed.body.sections[0].fields.map((f: { id: string }) => f.id)).toEqual(['bestMoment', 'closeness', 'talkAbout', 'gratitude']);
      expect(await counts()).toEqual({ exercises: before.exercises, versions: before.versions + 1, audits: before.audits + 1 });
      const [event] = await testApp.dataSource.query(`SELECT details FROM audit_event WHERE action = 'library.exercise_updated' ORDER BY occurred_at DESC LIMIT 1`);
      expect(event.details).toEqual({ exerciseKey: key, exerciseVersion: 2, fromVersion: 1 });

      // Partners of the v1 assignment: v1, and answers are validated against v1 (the v2 question is unknown there).
      const read = await c.partner2.get(`/api/portal/assignments/${v1Assignment}`);
      expect(read.body.exercise).toMatchObject({ version: 1, title: INPUT.title });
      expect(read.body.exercise.sections[0].fields).toHaveLength(3);
      expect((await c.partner2.post(`/api/portal/assignments/${v1Assignment}/submit`, { answers: { closeness: 4, gratitude: 'x', safetyCheck: 'yes' } })).status).toBe(422);
      const submitted = await c.partner2.post(`/api/portal/assignments/${v1Assignment}/submit`, { answers: { closeness: 4, talkAbout: 'yes', safetyCheck: 'yes' } });
      expect(submitted.status).toBe(200);
      expect((await c.partner.post(`/api/portal/assignments/${v1Assignment}/submit`, { answers: { bestMoment: 'The walk', closeness: 2, safetyCheck: 'yes' } })).status).toBe(200);

      // Review: the assignment names v1, and v1 is served by the versions route.
      const review = await c.author.get(`/api/assignments/${v1Assignment}`);
      expect(review.status).toBe(200);
      expect(review.body).toMatchObject({ exerciseKey: key, exerciseVersion: 1 });
      expect(review.body.partners.map((p: { answers?: unknown }) => p.answers)).toEqual([
        { bestMoment: 'The walk', closeness: 2, safetyCheck: 'yes' },
        { closeness: 4, talkAbout: 'yes', safetyCheck: 'yes' },
      ]);
      const v1 = await c.author.get(`/api/exercises/${key}/versions/1`);
      expect(v1.status).toBe(200);
      expect(v1.body).toMatchObject({ key, version: 1, title: INPUT.title });
      expect((await c.author.get(`/api/exercises/${key}/versions/2`)).body.title).toBe('Evening check-in (longer)');
      // A new assignment gets v2.
      expect((await assign(c.author, key)).body.exerciseVersion).toBe(2);
      // The dashboard names it by the v1 title (ready to review).
      const dashboard = await c.author.get('/api/dashboard');
      expect(dashboard.body.readyToReview.find((i: { assignmentId: string }) => i.assignmentId === v1Assignment)).toMatchObject({ exerciseTitle: INPUT.title });
    });

    it('refuses a stale version (409 with the current one) and saves nothing for a change to nothing', async () => {
      const stale = await c.author.patch(`/api/library/exercises/${key}`, { version: 1, title: 'Again' });
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({ code: 'library.staleVersion', current: { key, version: 2 } });
      const before = await counts();
      const same = await c.author.patch(`/api/library/exercises/${key}`, { title: 'Evening check-in (longer)' });
      expect(same.status).toBe(200);
      expect(same.body.version).toBe(2);
      expect(await counts()).toEqual(before);
    });

    it('archives: gone from GET /api/exercises, the default list flags it, no new assignment (400); old assignments keep working', async () => {
      const second = await assign(c.author, key);
      expect(second.status).toBe(201);
      const archived = await c.author.post(`/api/library/exercises/${key}/archive`);
      expect(archived.status).toBe(200);
      expect(archived.body).toMatchObject({ key, archived: true, archivedAt: expect.any(String), version: 2 });
      expect((await c.author.get('/api/exercises')).body.map((d: { key: string }) => d.key)).not.toContain(key);
      const all = await c.author.get('/api/library/exercises');
      expect(all.body.items.find((e: { key: string }) => e.key === key)).toMatchObject({ archived: true });
      expect((await c.author.get('/api/library/exercises?archived=false')).body.items.map((e: { key: string }) => e.key)).not.toContain(key);
      expect((await c.author.get('/api/library/exercises?archived=true')).body.items.map((e: { key: string }) => e.key)).toEqual([key]);
      const refused = await assign(c.author, key);
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe('assignments.unknownExercise');
      // The assignment made before archiving still opens and takes answers.
      const read = await c.partner.get(`/api/portal/assignments/${second.body.id}`);
      expect(read.status).toBe(200);
      expect(read.body.exercise).toMatchObject({ key, version: 2 });
      expect((await c.partner.post(`/api/portal/assignments/${second.body.id}/submit`, { answers: { closeness: 5, gratitude: 'Tea', safetyCheck: 'yes' } })).status).toBe(200);
      expect((await c.author.get(`/api/assignments/${second.body.id}`)).status).toBe(200);
      // Archived: no more versions; archiving again changes nothing.
      expect((await c.author.patch(`/api/library/exercises/${key}`, { title: 'New' })).status).toBe(409);
      const before = await counts();
      expect((await c.author.post(`/api/library/exercises/${key}/archive`)).status).toBe(200);
      expect(await counts()).toEqual(before);
      expect((await testApp.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'library.exercise_archived' AND details->>'exerciseKey' = $1`, [key]))[0].n).toBe(1);
    });

    it('exports name the exercise by its pinned version’s title', async () => {
      const exported = await c.author.get(`/api/couples/${couple.coupleId}/partners/${couple.partners[1].id}/export`);
      expect(exported.status).toBe(200);
      const entry = (JSON.parse(exported.text).assignments as { id: string; exercise: unknown }[]).find((a) => a.id === v1Assignment);
      expect(entry?.exercise).toEqual({ key, version: 1, title: INPUT.title });
    });
  });

  it('charts a scored practice exercise in trends, with its bands', async () => {
    const scored = await create(c.author, {
      title: 'Closeness score',
      summary: 'Two items.',
      sections: [
        {
          id: 'items',
          title: 'Items',
          fields: [
            { id: 'near', type: 'scale', label: 'Near', min: 0, max: 4, minLabel: 'No', maxLabel: 'Yes' },
            { id: 'apart', type: 'scale', label: 'Apart', min: 0, max: 4, minLabel: 'No', maxLabel: 'Yes' },
          ],
        },
      ],
      scoring: { fields: [{ fieldId: 'near' }, { fieldId: 'apart', reverse: true }], bands: [{ min: 0, max: 3, label: 'Low' }, { min: 4, max: 8, label: 'High' }] },
    });
    const assigned = await assign(c.author, scored.key);
    expect(assigned.status).toBe(201);
    const portal = await c.partner.get(`/api/portal/assignments/${assigned.body.id}`);
    expect(portal.body.exercise.scoring).toBeUndefined(); // partners never see scoring
    expect((await c.partner.post(`/api/portal/assignments/${assigned.body.id}/submit`, { answers: { near: 3, apart: 1, safetyCheck: 'yes' } })).status).toBe(200);
    const review = await c.author.get(`/api/assignments/${assigned.body.id}`);
    expect(review.body.partners[0].score).toEqual({ value: 6, band: 'High' });
    const trends = await c.author.get(`/api/couples/${couple.coupleId}/trends`);
    expect(trends.status).toBe(200);
    const trend = trends.body.exercises.find((e: { exerciseKey: string }) => e.exerciseKey === scored.key);
    expect(trend).toMatchObject({ title: 'Closeness score' });
    expect(trend.fields.map((f: { fieldId: string }) => f.fieldId)).toEqual(['near', 'apart']);
    expect(trend.score.partners[0].points).toEqual([{ assignmentId: assigned.body.id, submittedAt: expect.any(String), value: 6, band: 'High' }]);
  });

  describe('access of every route for every caller', () => {
    type Caller = keyof typeof c;
    /** Non-editors first (they must change nothing), then the admin+counselor, the author last. */
    const order: Caller[] = ['anonymous', 'partner', 'adminOnly', 'farAdmin', 'farDual', 'other', 'dual', 'author'];

    it('answers each caller exactly what it may', async () => {
      const key = (await create(c.author)).key;
      const archiveKey = (await create(c.author)).key;
      let n = 0;
      const table: [string, string, () => unknown, Partial<Record<Caller, number>>][] = [
        ['GET', '/api/library/exercises', () => undefined, { anonymous: 401, partner: 401, adminOnly: 403, farAdmin: 403, farDual: 200, other: 200, dual: 200, author: 200 }],
        ['POST', '/api/library/exercises', () => INPUT, { anonymous: 401, partner: 401, adminOnly: 403, farAdmin: 403, farDual: 201, other: 201, dual: 201, author: 201 }],
        ['GET', `/api/library/exercises/${key}`, () => undefined, { anonymous: 401, partner: 401, adminOnly: 403, farAdmin: 403, farDual: 404, other: 200, dual: 200, author: 200 }],
        ['PATCH', `/api/library/exercises/${key}`, () => ({ title: `Renamed ${++n}` }), { anonymous: 401, partner: 401, adminOnly: 403, farAdmin: 403, farDual: 404, other: 403, dual: 200, author: 200 }],
        ['POST', `/api/library/exercises/${archiveKey}/archive`, () => undefined, { anonymous: 401, partner: 401, adminOnly: 403, farAdmin: 403, farDual: 404, other: 403, dual: 200, author: 200 }],
        ['GET', '/api/exercises', () => undefined, { anonymous: 401, partner: 401, adminOnly: 403, farAdmin: 403, farDual: 200, other: 200, dual: 200, author: 200 }],
        ['GET', `/api/exercises/${key}/versions/1`, () => undefined, { anonymous: 401, partner: 401, adminOnly: 403, farAdmin: 403, farDual: 404, other: 200, dual: 200, author: 200 }],
      ];
      const actual: string[] = [];
      const expected: string[] = [];
      for (const [method, url, body, statuses] of table) {
        for (const caller of order) {
          const response = await c[caller].request(method, url, body());
          actual.push(`${method} ${url} ${caller} → ${response.status}`);
          expected.push(`${method} ${url} ${caller} → ${statuses[caller]}`);
        }
      }
      expect(actual).toEqual(expected);
      // Only the editors changed the exercise: version 1, the admin+counselor's 2, the author's 3.
      const edited = await c.other.get(`/api/library/exercises/${key}`);
      expect(edited.body).toMatchObject({ version: 3, title: 'Renamed 8', canEdit: false });
      expect((await c.dual.get(`/api/library/exercises/${key}`)).body.canEdit).toBe(true);
      const actors: { actor_id: string }[] = await testApp.dataSource.query(
        `SELECT DISTINCT actor_id FROM audit_event WHERE action IN ('library.exercise_updated', 'library.exercise_archived') AND details->>'exerciseKey' = ANY($1)`,
        [[key, archiveKey]],
      );
      expect(actors.map((a) => a.actor_id).sort()).toEqual([lib.users['author']?.id, lib.users['dual']?.id].sort());
      // Another practice's counselor sees only their own in the list.
      const farList = await c.farDual.get('/api/library/exercises');
      expect(farList.body.items.every((e: { author: { id: string } }) => e.author.id === far.users['farDual']?.id)).toBe(true);
    });
  });
});
