import { Injectable, NotFoundException } from '@nestjs/common';
import { ExerciseDefinition, getDefinition, latestDefinitions } from '@trp/exercises';

/** The built-in, versioned exercise definitions (data in @trp/exercises). */
@Injectable()
export class ExercisesService {
  latest(): readonly ExerciseDefinition[] {
    return latestDefinitions();
  }

  version(key: string, version: number): ExerciseDefinition {
    const definition = getDefinition(key, version);
    if (!definition) throw new NotFoundException(`There is no exercise "${key}" version ${version}.`);
    return definition;
  }
}
