import { EXERCISE_KEYS } from '@trp/exercises';
import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';
import { seedPractice, signIn } from '../test/seed-staff';

describe('/api/exercises', () => {
  let testApp: TestApp;
  let counselor: TestClient;
  let adminOnly: TestClient;
  let dual: TestClient;
  let dualEmail: string;
  let counselorEmail: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    const practice = await seedPractice(testApp.dataSource, 'ex', {
      counselor: { roles: ['counselor'] },
      both: { roles: ['admin', 'counselor'] },
    });
    counselorEmail = practice.users['counselor']?.email ?? '';
    dualEmail = practice.users['both']?.email ?? '';
    counselor = new TestClient(testApp.app);
    await signIn(counselor, counselorEmail);
    adminOnly = new TestClient(testApp.app);
    await signIn(adminOnly, practice.admin.email);
    dual = new TestClient(testApp.app);
    await signIn(dual, dualEmail);
  });
  afterAll(() => testApp.close());

  it('gives a counselor the latest version of each built-in exercise', async () => {
    const response = await counselor.get('/api/exercises');
    expect(response.status).toBe(200);
    expect(response.body.map((d: { key: string }) => d.key)).toEqual([...EXERCISE_KEYS]);
    expect(response.body[0].sections.length).toBeGreaterThan(0);
  });

  it('gives a person holding both roles the same', async () => {
    expect((await dual.get('/api/exercises')).status).toBe(200);
  });

  it('refuses anonymous callers (401) and admins without the counselor role (403)', async () => {
    expect((await new TestClient(testApp.app).get('/api/exercises')).status).toBe(401);
    expect((await adminOnly.get('/api/exercises')).status).toBe(403);
    expect((await adminOnly.get('/api/exercises/acknowledge-the-breach/versions/1')).status).toBe(403);
  });

  it('answers one released version, 404 for an unknown one, 400 naming the bad parameter', async () => {
    const found = await counselor.get('/api/exercises/set-boundaries/versions/1');
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({ key: 'set-boundaries', version: 1 });
    expect((await counselor.get('/api/exercises/set-boundaries/versions/99')).status).toBe(404);
    const bad = await counselor.get('/api/exercises/set-boundaries/versions/one');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/version/);
  });

  describe('in a language', () => {
    const titles = (body: { title: string }[]) => body.map((d) => d.title);

    it('answers the built-ins in Spanish with ?locale=es: the same keys, versions, ids and values', async () => {
      const english = await counselor.get('/api/exercises?locale=en');
      const spanish = await counselor.get('/api/exercises?locale=es');
      expect(spanish.status).toBe(200);
      expect(titles(english.body)[0]).toBe('Acknowledge the breach');
      expect(titles(spanish.body)).toEqual(['Reconocer lo que pasó', 'Hablar con apertura y honestidad', 'Poner límites y expectativas', 'Cómo va esta semana']);
      const ids = (body: { key: string; version: number; sections: { id: string; fields: { id: string; type: string }[] }[] }[]) =>
        body.map((d) => [d.key, d.version, d.sections.map((s) => [s.id, s.fields.map((f) => `${f.id}:${f.type}`)])]);
      expect(ids(spanish.body)).toEqual(ids(english.body));
      const one = await counselor.get('/api/exercises/weekly-check-in/versions/1?locale=es');
      expect(one.status).toBe(200);
      expect(one.body).toMatchObject({ key: 'weekly-check-in', version: 1, title: 'Cómo va esta semana' });
      expect(one.body.scoring.bands.map((b: { label: string }) => b.label)).toEqual(['Una semana difícil', 'Con altibajos', 'Una semana más estable']);
    });

    it('defaults to the staff member’s language preference (not the page’s)', async () => {
      expect(titles((await dual.get('/api/exercises', { headers: { 'accept-language': 'es' } })).body)[0]).toBe('Acknowledge the breach');
      await testApp.dataSource.query(`UPDATE user_account SET locale = 'es' WHERE email = $1`, [dualEmail]);
      try {
        expect(titles((await dual.get('/api/exercises')).body)[0]).toBe('Reconocer lo que pasó');
        expect((await dual.get('/api/exercises/set-boundaries/versions/1')).body.title).toBe('Poner límites y expectativas');
        expect(titles((await dual.get('/api/exercises?locale=en')).body)[0]).toBe('Acknowledge the breach');
      } finally {
        await testApp.dataSource.query(`UPDATE user_account SET locale = 'en' WHERE email = $1`, [dualEmail]);
      }
    });

    it('refuses another locale with a 400 naming `locale`, in English by default and in Spanish for a Spanish reader, same shape', async () => {
      const english = await counselor.get('/api/exercises?locale=fr');
      expect(english.status).toBe(400);
      expect(english.body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        message: 'locale must be one of en, es',
        errors: [{ field: 'locale', message: 'locale must be one of en, es' }],
      });
      // Without the locale cookie sign-in sets (the person's own choice wins over the browser's header), the header decides.
      counselor.cookies.delete('trp_locale');
      const byHeader = await counselor.get('/api/exercises?locale=fr', { headers: { 'accept-language': 'es-MX,es;q=0.9' } });
      const spanish = {
        statusCode: 400,
        error: 'Bad Request',
        message: 'locale: debe ser uno de en, es',
        errors: [{ field: 'locale', message: 'debe ser uno de en, es' }],
      };
      expect(byHeader.status).toBe(400);
      expect(byHeader.body).toEqual(spanish);
      const withCookie = new TestClient(testApp.app);
      await signIn(withCookie, counselorEmail);
      withCookie.cookies.set('trp_locale', 'es');
      const byCookie = await withCookie.get('/api/exercises/set-boundaries/versions/1?locale=fr', { headers: { 'accept-language': 'en' } });
      expect(byCookie.status).toBe(400);
      expect(byCookie.body).toEqual(spanish);
      const badVersion = await withCookie.get('/api/exercises/set-boundaries/versions/0');
      expect(badVersion.body).toEqual({ statusCode: 400, error: 'Bad Request', message: 'version: debe ser 1 o más', errors: [{ field: 'version', message: 'debe ser 1 o más' }] });
      const unknown = await withCookie.get('/api/exercises?locale=es&page=2');
      expect(unknown.body).toMatchObject({ message: 'page: campo desconocido "page"', errors: [{ field: 'page', message: 'campo desconocido "page"' }] });
    });

    it('answers a feature error in the reader’s language with the same code', async () => {
      counselor.cookies.delete('trp_locale');
      const english = await counselor.get('/api/couples/00000000-0000-4000-8000-000000000000');
      const spanish = await counselor.get('/api/couples/00000000-0000-4000-8000-000000000000', { headers: { 'accept-language': 'es' } });
      expect(english.status).toBe(404);
      expect(spanish.status).toBe(404);
      expect({ ...spanish.body, message: english.body.message }).toEqual(english.body);
      expect(spanish.body.code).toBe('access.coupleNotFound');
      expect(spanish.body.message).toBe('No encontramos esta pareja entre tus casos.');
    });
  });
});

