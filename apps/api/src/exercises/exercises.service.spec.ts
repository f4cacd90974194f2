import { NotFoundException } from '@nestjs/common';
import { EXERCISE_KEYS } from '@trp/exercises';
import type { StaffAuthContext } from '../auth/auth-context';
import type { DataSource } from 'typeorm';
import type { PracticeExercisesStore } from '../library/practice-exercises.store';
import { ExercisesService } from './exercises.service';

describe('ExercisesService', () => {
  /** A practice with no exercises of its own (the practice's are covered by library.integration-spec.ts). */
  const store = { list: async () => [], find: async () => null, versions: async () => new Map() } as unknown as PracticeExercisesStore;
  const service = new ExercisesService(store, {} as DataSource);
  const auth = { kind: 'staff', userId: 'u', practiceId: 'p', roles: ['counselor'], sessionId: 's', mfaEnrollmentRequired: false, locale: 'en' } as StaffAuthContext;

  it('lists the latest version of every built-in exercise, marked built-in', async () => {
    const list = await service.assignable(auth);
    expect(list.map((d) => d.key)).toEqual([...EXERCISE_KEYS]);
    expect(list.every((d) => d.source === 'builtin')).toBe(true);
  });

  it('answers a released version', async () => {
    expect((await service.version('p', 'acknowledge-the-breach', 1)).version).toBe(1);
  });

  it('answers 404 for an unknown key or version', async () => {
    await expect(service.version('p', 'acknowledge-the-breach', 99)).rejects.toThrow(NotFoundException);
    await expect(service.version('p', 'nope', 1)).rejects.toThrow(/no exercise "nope"/);
    await expect(service.version('p', 'custom-nope-abc123', 1)).rejects.toThrow(NotFoundException);
  });

  it('looks up built-ins synchronously once loaded', async () => {
    const lookup = await service.lookup('p', [{ exerciseKey: 'set-boundaries', exerciseVersion: 1 }]);
    expect(lookup('set-boundaries', 1)?.key).toBe('set-boundaries');
    expect(lookup('custom-x-abc123', 1)).toBeUndefined();
  });

  it('answers the built-ins in the locale asked for, English by default, with the same ids and values', async () => {
    const english = await service.version('p', 'acknowledge-the-breach', 1);
    const spanish = await service.version('p', 'acknowledge-the-breach', 1, 'es');
    expect(english.title).toBe('Acknowledge the breach');
    expect(spanish.title).toBe('Reconocer lo que pasó');
    expect(spanish.sections.map((s) => s.fields.map((f) => f.id))).toEqual(english.sections.map((s) => s.fields.map((f) => f.id)));
    expect((await service.assignable(auth, 'es')).map((d) => d.title)).toContain('Cómo va esta semana');
    const lookup = await service.lookup('p', [{ exerciseKey: 'set-boundaries', exerciseVersion: 1 }], undefined, 'es');
    expect(lookup('set-boundaries', 1)?.title).toBe('Poner límites y expectativas');
    expect((await service.definition('p', 'set-boundaries', 1))?.title).toBe('Set boundaries and expectations');
  });
});
