import { APIRequestContext, request as playwrightRequest } from 'playwright-core';
import { baseUrl } from './browser';
import { TestLocale } from './locale';
import { StaffLogin } from './staff';

/** Words of the test data per locale: the practice writes its own exercise in the partners' language. */
export interface JourneyWords {
  readonly couple: string;
  readonly names: [string, string];
  readonly title: string;
  readonly summary: string;
  readonly texts: { long: string; short: string; item: string; statement: [string, string, string, string] };
  readonly boundaries: { needs: string[]; limits: string[] };
  readonly exercise: Record<string, unknown>;
}

const exercise = (w: {
  title: string;
  summary: string;
  section: string;
  long: string;
  short: string;
  scale: string;
  scaleEnds: [string, string];
  emotions: string;
  table: string;
  list: string;
  statements: string;
  choice: string;
  options: [string, string];
}) => ({
  title: w.title,
  summary: w.summary,
  sections: [
    {
      id: 'all-kinds',
      title: w.section,
      fields: [
        { id: 'story', type: 'longText', label: w.long, maxLength: 1000 },
        { id: 'word', type: 'shortText', label: w.short, maxLength: 100 },
        { id: 'closeness', type: 'scale', label: w.scale, min: 1, max: 5, minLabel: w.scaleEnds[0], maxLabel: w.scaleEnds[1] },
        { id: 'feelings', type: 'emotions', label: w.emotions, maxItems: 3 },
        { id: 'table', type: 'feelingsTable', label: w.table, maxItems: 2 },
        { id: 'wishes', type: 'list', label: w.list, maxItems: 3, maxLength: 200 },
        { id: 'statements', type: 'iStatement', label: w.statements, maxItems: 2, maxLength: 200 },
        {
          id: 'evening',
          type: 'choice',
          label: w.choice,
          options: [
            { value: 'tuesday', label: w.options[0] },
            { value: 'thursday', label: w.options[1] },
          ],
        },
      ],
    },
  ],
});

export const WORDS: Record<TestLocale, JourneyWords> = {
  en: {
    couple: 'Mira & Jonah',
    names: ['Mira', 'Jonah'],
    title: 'Every kind of question',
    summary: 'One question of each kind, answered by keyboard.',
    texts: { long: 'We talked on the porch.', short: 'Trust', item: 'A walk on Sundays', statement: ['calm', 'we talk slowly', 'I can listen', 'a pause'] },
    boundaries: { needs: ['A message when plans change', 'Honest answers'], limits: ['No secrets about money'] },
    exercise: exercise({
      title: 'Every kind of question',
      summary: 'One question of each kind, answered by keyboard.',
      section: 'All kinds',
      long: 'What happened this week?',
      short: 'One word for it?',
      scale: 'How close did you feel?',
      scaleEnds: ['Far apart', 'Very close'],
      emotions: 'Which feelings are with you?',
      table: 'What do you feel, and your partner?',
      list: 'What would you like more of?',
      statements: 'Say it with I',
      choice: 'Which evening suits a talk?',
      options: ['Tuesday', 'Thursday'],
    }),
  },
  es: {
    couple: 'Lucía & Mateo',
    names: ['Lucía', 'Mateo'],
    title: 'Cada tipo de pregunta',
    summary: 'Una pregunta de cada tipo, respondida con el teclado.',
    texts: { long: 'Hablamos en el portal.', short: 'Confianza', item: 'Un paseo los domingos', statement: ['calma', 'hablamos despacio', 'puedo escuchar', 'una pausa'] },
    boundaries: { needs: ['Un mensaje cuando cambian los planes', 'Respuestas sinceras'], limits: ['Ningún secreto con el dinero'] },
    exercise: exercise({
      title: 'Cada tipo de pregunta',
      summary: 'Una pregunta de cada tipo, respondida con el teclado.',
      section: 'Todos los tipos',
      long: '¿Qué pasó esta semana?',
      short: '¿Una palabra para eso?',
      scale: '¿Qué tan cerca te sentiste?',
      scaleEnds: ['Muy lejos', 'Muy cerca'],
      emotions: '¿Qué sentimientos te acompañan?',
      table: '¿Qué sientes tú, y tu pareja?',
      list: '¿Qué te gustaría tener más?',
      statements: 'Dilo en primera persona',
      choice: '¿Qué noche te viene mejor para hablar?',
      options: ['Martes', 'Jueves'],
    }),
  },
};

/** A signed-in API client for a staff person (cookies and the XSRF header handled). */
export async function staffApi(person: StaffLogin): Promise<{ api: APIRequestContext; headers(): Promise<Record<string, string>> }> {
  const api = await playwrightRequest.newContext({ baseURL: baseUrl() });
  const login = await api.post('/api/auth/login', { data: { email: person.email, password: person.password } });
  if (!login.ok()) throw new Error(`sign-in answered ${login.status()}`);
  const headers = async () => ({ 'X-XSRF-TOKEN': decodeURIComponent((await api.storageState()).cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '') });
  return { api, headers };
}

/** The staff member's own language choice (preferences), which the app follows from sign-in on. */
export async function setStaffLocale(person: StaffLogin, locale: TestLocale): Promise<void> {
  const { api, headers } = await staffApi(person);
  try {
    const response = await api.patch('/api/auth/me/preferences', { data: { locale }, headers: await headers() });
    if (!response.ok()) throw new Error(`PATCH /api/auth/me/preferences answered ${response.status()}`);
  } finally {
    await api.dispose();
  }
}

export interface JourneyCouple {
  readonly coupleId: string;
  readonly exerciseKey: string;
  /** Invite paths (`/i/…`), first and second partner. */
  readonly links: [string, string];
  readonly assignments: { custom: string; boundaries: string };
}

/**
 * A couple with the all-kinds exercise and the boundaries exercise assigned, both shared after both submit; its
 * partners read `locale` (the counselor sets it, as for a Spanish-speaking couple).
 */
export async function makeJourneyCouple(person: StaffLogin, words: JourneyWords, locale: TestLocale): Promise<JourneyCouple> {
  const { api, headers } = await staffApi(person);
  try {
    const ok = async (what: string, response: Awaited<ReturnType<APIRequestContext['post']>>) => {
      if (!response.ok()) throw new Error(`${what} answered ${response.status()}: ${await response.text()}`);
      return response.json();
    };
    const created = (await ok('POST /api/library/exercises', await api.post('/api/library/exercises', { data: words.exercise, headers: await headers() }))) as { key: string };
    const couple = (await ok(
      'POST /api/couples',
      await api.post('/api/couples', { data: { label: words.couple, partners: words.names.map((displayName) => ({ displayName, locale })) }, headers: await headers() }),
    )) as { id: string; partners: { id: string }[] };
    const links: string[] = [];
    for (const partner of couple.partners) {
      const link = (await ok('invite link', await api.post(`/api/couples/${couple.id}/partners/${partner.id}/invite-link`, { headers: await headers() }))) as { url: string };
      links.push(new URL(link.url).pathname);
    }
    const assign = async (exerciseKey: string) =>
      ((await ok(`assign ${exerciseKey}`, await api.post(`/api/couples/${couple.id}/assignments`, { data: { exerciseKey, visibility: 'after_both_submit' }, headers: await headers() }))) as { id: string }).id;
    const boundaries = await assign('set-boundaries');
    const custom = await assign(created.key);
    return { coupleId: couple.id, exerciseKey: created.key, links: links as [string, string], assignments: { custom, boundaries } };
  } finally {
    await api.dispose();
  }
}

/** One partner saves and submits one assignment through the portal API. */
export async function submitOne(invitePath: string, assignmentId: string, answers: Record<string, unknown>): Promise<void> {
  const api = await playwrightRequest.newContext({ baseURL: baseUrl() });
  try {
    const token = invitePath.split('/').pop() ?? '';
    const session = await api.post('/api/portal/session', { data: { token } });
    if (!session.ok()) throw new Error(`POST /api/portal/session answered ${session.status()}`);
    const xsrf = async () => ({ 'X-XSRF-TOKEN': (await api.storageState()).cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '' });
    const draft = await api.put(`/api/portal/assignments/${assignmentId}/draft`, { data: { answers, version: 0 }, headers: await xsrf() });
    if (!draft.ok()) throw new Error(`PUT draft answered ${draft.status()}: ${await draft.text()}`);
    const submit = await api.post(`/api/portal/assignments/${assignmentId}/submit`, { data: { answers }, headers: await xsrf() });
    if (!submit.ok()) throw new Error(`POST submit answered ${submit.status()}: ${await submit.text()}`);
  } finally {
    await api.dispose();
  }
}
