import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { SeededPractice, seedPractice } from '../test/seed-staff';
import { openLink, SeededCouple, seedAssignment, seedCouple } from './testing/seed-portal';

/** The portal in the partner's language (`partner.locale`): the exercise's words and answer validation; answers stay neutral. */
describe('partner portal in the partner’s language', () => {
  let testApp: TestApp;
  let practice: SeededPractice;
  let couple: SeededCouple;
  let spanish: TestClient;
  let english: TestClient;

  beforeAll(async () => {
    testApp = await createTestApp({ authRateLimit: { limit: 1000, windowMs: 60_000 } });
    practice = await seedPractice(testApp.dataSource, 'idioma', { counselor: { roles: ['counselor'] } });
    couple = await seedCouple(testApp.dataSource, { practiceId: practice.practiceId, counselorId: practice.users['counselor']?.id ?? '' });
    await testApp.dataSource.query(`UPDATE partner SET locale = 'es' WHERE id = $1`, [couple.partners[0].id]);
    spanish = new TestClient(testApp.app);
    english = new TestClient(testApp.app);
    await openLink(spanish, couple.partners[0]);
    await openLink(english, couple.partners[1]);
    await spanish.get('/api/portal/me');
    await english.get('/api/portal/me');
  });
  afterAll(() => testApp.close());

  it('gives the starting crisis text in the partner’s language, and a practice’s own words as written', async () => {
    expect((await spanish.get('/api/portal/me')).body.crisisResources).toMatch(/^Si estás en peligro/);
    expect((await english.get('/api/portal/me')).body.crisisResources).toMatch(/^If you are in danger/);
    const settings = await testApp.dataSource.query(`SELECT settings FROM practice WHERE id = $1`, [practice.practiceId]);
    await testApp.dataSource.query(`UPDATE practice SET settings = $2 WHERE id = $1`, [practice.practiceId, { ...settings[0].settings, crisisResources: 'Call the Harbour line: 0800 111 222.' }]);
    try {
      expect((await spanish.get('/api/portal/me')).body.crisisResources).toBe('Call the Harbour line: 0800 111 222.');
    } finally {
      await testApp.dataSource.query(`UPDATE practice SET settings = $2 WHERE id = $1`, [practice.practiceId, settings[0].settings]);
    }
  });

  it('gives the exercise and the list’s titles in the partner’s language, whatever the page asks, with the same ids and values', async () => {
    const assignment = await seedAssignment(testApp.dataSource, couple, { exerciseKey: 'acknowledge-the-breach' });
    const es = await spanish.get(`/api/portal/assignments/${assignment.id}`, { headers: { 'accept-language': 'en' } });
    const en = await english.get(`/api/portal/assignments/${assignment.id}`, { headers: { 'accept-language': 'es' } });
    expect(es.status).toBe(200);
    expect(es.body.exercise.title).toBe('Reconocer lo que pasó');
    expect(en.body.exercise.title).toBe('Acknowledge the breach');
    const safety = (body: { exercise: { sections: { fields: { id: string; options?: { value: string; label: string }[] }[] }[] } }) =>
      body.exercise.sections.flatMap((s) => s.fields).find((f) => f.id === 'safetyCheck')?.options;
    expect(safety(es.body)?.map((o) => o.value)).toEqual(safety(en.body)?.map((o) => o.value));
    expect(safety(es.body)?.[0]?.label).toBe('Sí, me siento a salvo');
    const ids = (body: { exercise: { key: string; version: number; sections: { id: string; fields: { id: string }[] }[] } }) =>
      [body.exercise.key, body.exercise.version, body.exercise.sections.map((s) => [s.id, s.fields.map((f) => f.id)])];
    expect(ids(es.body)).toEqual(ids(en.body));

    const list = await spanish.get('/api/portal/assignments');
    expect(list.body.items.find((i: { id: string }) => i.id === assignment.id)).toMatchObject({ title: 'Reconocer lo que pasó' });
  });

  it('answers 422 invalid answers on submit and draft in the partner’s language; the answers stored are the same in any language', async () => {
    const assignment = await seedAssignment(testApp.dataSource, couple, { exerciseKey: 'acknowledge-the-breach' });
    const bad = { readiness: 11 };
    const es = await spanish.post(`/api/portal/assignments/${assignment.id}/submit`, { answers: bad }, { headers: { 'accept-language': 'en' } });
    expect(es.status).toBe(422);
    expect(es.body).toEqual({
      statusCode: 422,
      error: 'Unprocessable Entity',
      code: 'portal.invalidAnswers',
      message: 'answers.readiness: Elige un número del 1 al 10.; answers.safetyCheck: Esta pregunta necesita una respuesta antes de enviar.',
      errors: [
        { field: 'answers.readiness', message: 'Elige un número del 1 al 10.' },
        { field: 'answers.safetyCheck', message: 'Esta pregunta necesita una respuesta antes de enviar.' },
      ],
    });
    const en = await english.post(`/api/portal/assignments/${assignment.id}/submit`, { answers: bad }, { headers: { 'accept-language': 'es' } });
    expect(en.status).toBe(422);
    expect(en.body.errors).toEqual([
      { field: 'answers.readiness', message: 'Choose a number from 1 to 10.' },
      { field: 'answers.safetyCheck', message: 'This question needs an answer before you submit.' },
    ]);
    const draft = await spanish.put(`/api/portal/assignments/${assignment.id}/draft`, { answers: { whatHappened: 3 }, version: 0 });
    expect(draft.status).toBe(422);
    expect(draft.body.errors).toEqual([{ field: 'answers.whatHappened', message: 'Escribe tu respuesta como texto.' }]);

    const answers = { whatHappened: '  Encontré los mensajes. ', readiness: 4, safetyCheck: 'unsure' };
    expect((await spanish.post(`/api/portal/assignments/${assignment.id}/submit`, { answers })).status).toBe(200);
    const [row] = await testApp.dataSource.query(`SELECT answers, safety_flagged FROM response WHERE assignment_id = $1`, [assignment.id]);
    expect(row).toEqual({ answers: { whatHappened: 'Encontré los mensajes.', readiness: 4, safetyCheck: 'unsure' }, safety_flagged: true });
  });

  it('answers other portal errors in the reader’s language (their locale cookie over the browser’s header), same code', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const en = await english.get(`/api/portal/assignments/${missing}`, { headers: { 'accept-language': 'es' } });
    const es = await spanish.get(`/api/portal/assignments/${missing}`, { headers: { 'accept-language': 'en' } });
    expect(en.body.message).toBe('This exercise was not found. It may have been withdrawn by your counselor.');
    expect(es.body).toEqual({ ...en.body, message: 'No encontramos este ejercicio. Puede que tu terapeuta lo haya retirado.' });
  });
});
