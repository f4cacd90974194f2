import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { computed } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { AssignableExercise } from '@trp/contracts';
import { type ExerciseDefinition, getDefinition, latestDefinitions } from '@trp/exercises';
import { firstValueFrom } from 'rxjs';
import { exerciseTitle } from '../domain/labels';
import { ExerciseDefinitions } from './exercise-definitions';

const custom = (version = 1, title = 'Our weekly check-in'): ExerciseDefinition => ({
  key: 'custom-weekly-check-in-ab12cd',
  version,
  title,
  summary: 'Three questions.',
  sections: [{ id: 'main', title: 'This week', fields: [{ id: 'mood', type: 'scale', label: 'How was the week?', min: 1, max: 5 }] }],
});

describe('ExerciseDefinitions', () => {
  let http: HttpTestingController;
  let definitions: ExerciseDefinitions;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    definitions = TestBed.inject(ExerciseDefinitions);
  });
  afterEach(() => http.verify());

  it('answers a built-in at once, with no request: the version asked for, else the latest', () => {
    const built = latestDefinitions()[0];
    expect(definitions.get(built.key, built.version)).toBe(getDefinition(built.key, built.version));
    expect(definitions.get(built.key)).toBe(built);
    expect(definitions.state(built.key, built.version)()).toEqual({ status: 'ready', definition: built });
    expect(definitions.state('no-such-exercise', 1)().status).toBe('missing');
    http.expectNone(() => true);
  });

  it('fetches a practice exercise once per version, then answers from its cache', () => {
    const key = custom().key;
    const first = definitions.state(key, 1);
    expect(first().status).toBe('loading');
    expect(definitions.get(key, 1)).toBeUndefined();
    definitions.get(key, 1);
    definitions.state(key, 1);
    http.expectOne({ method: 'GET', url: `/api/exercises/${key}/versions/1` }).flush(custom(1));
    expect(first()).toEqual({ status: 'ready', definition: custom(1) });
    expect(definitions.get(key, 1)?.title).toBe('Our weekly check-in');
    http.expectNone(`/api/exercises/${key}/versions/1`);

    // Another version is another definition: its own request.
    definitions.get(key, 2);
    http.expectOne(`/api/exercises/${key}/versions/2`).flush(custom(2, 'Our check-in, v2'));
    expect(definitions.get(key, 2)?.title).toBe('Our check-in, v2');
    expect(definitions.get(key, 1)?.title).toBe('Our weekly check-in');
  });

  it('updates a computed that asked before the definition arrived (the title replaces the placeholder)', () => {
    const assignment = { exerciseKey: custom().key, exerciseVersion: 1 };
    const title = TestBed.runInInjectionContext(() => computed(() => exerciseTitle(assignment, definitions.get)));
    expect(title()).toBe('Practice exercise');
    http.expectOne(`/api/exercises/${custom().key}/versions/1`).flush(custom(1));
    expect(title()).toBe('Our weekly check-in');
  });

  it('says "missing" on a 404 (no longer available) and asks no more', () => {
    const state = definitions.state(custom().key, 3);
    http.expectOne(`/api/exercises/${custom().key}/versions/3`).flush({ message: 'There is no exercise' }, { status: 404, statusText: 'Not Found' });
    expect(state()).toEqual({ status: 'missing' });
    definitions.state(custom().key, 3);
    definitions.reload(custom().key, 3);
    http.expectNone(() => true);
  });

  it('says "failed" on another error, and tries again on reload', () => {
    const state = definitions.state(custom().key, 1);
    http.expectOne(`/api/exercises/${custom().key}/versions/1`).flush(null, { status: 503, statusText: 'Unavailable' });
    expect(state()).toEqual({ status: 'failed' });
    definitions.reload(custom().key, 1);
    expect(state().status).toBe('loading');
    http.expectOne(`/api/exercises/${custom().key}/versions/1`).flush(custom(1));
    expect(state().status).toBe('ready');
  });

  it('gets the latest version of a practice exercise from the library (trends), and remembers that version too', () => {
    expect(definitions.get(custom().key)).toBeUndefined();
    http.expectOne({ method: 'GET', url: `/api/library/exercises/${custom().key}` }).flush(custom(4));
    expect(definitions.get(custom().key)?.version).toBe(4);
    expect(definitions.get(custom().key, 4)?.version).toBe(4);
    http.expectNone(() => true);
  });

  it('lists what can be assigned and remembers the practice’s definitions from it (no request per version later)', async () => {
    const built = latestDefinitions().map((d): AssignableExercise => ({ ...d, source: 'builtin' }));
    const own = {
      ...custom(2),
      source: 'practice',
      author: { id: 'u1', name: 'Dr. Lee' },
      archived: false,
      createdAt: '2026-11-01T00:00:00.000Z',
      updatedAt: '2026-11-02T00:00:00.000Z',
      canEdit: true,
    } satisfies AssignableExercise;
    const list = firstValueFrom(definitions.assignable());
    http.expectOne({ method: 'GET', url: '/api/exercises' }).flush([...built, own]);
    expect((await list).map((d) => d.key)).toEqual([...built.map((d) => d.key), own.key]);
    expect(definitions.get(own.key, 2)?.title).toBe('Our weekly check-in');
    http.expectNone(() => true);
  });
});
