import { NotFoundException } from '@nestjs/common';
import { EXERCISE_KEYS } from '@trp/exercises';
import { ExercisesService } from './exercises.service';

describe('ExercisesService', () => {
  const service = new ExercisesService();

  it('lists the latest version of every built-in exercise', () => {
    expect(service.latest().map((d) => d.key)).toEqual([...EXERCISE_KEYS]);
  });

  it('answers a released version', () => {
    expect(service.version('acknowledge-the-breach', 1).version).toBe(1);
  });

  it('answers 404 for an unknown key or version', () => {
    expect(() => service.version('acknowledge-the-breach', 99)).toThrow(NotFoundException);
    expect(() => service.version('nope', 1)).toThrow(/no exercise "nope"/);
  });
});
