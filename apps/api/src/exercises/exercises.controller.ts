import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ExerciseDefinition } from '@trp/exercises';
import { Authenticated } from '../auth/authenticated.decorator';
import { ExerciseVersionParams } from './dto/exercise-version.params';
import { ExercisesService } from './exercises.service';

@ApiTags('exercises')
@Controller('exercises')
export class ExercisesController {
  constructor(private readonly exercises: ExercisesService) {}

  @Get()
  @Authenticated({ roles: ['counselor'] })
  @ApiOperation({ summary: 'The built-in exercise definitions, latest version of each' })
  @ApiOkResponse({ description: '`ExerciseDefinition[]` (see DESIGN.md, "The exercises")' })
  latest(): readonly ExerciseDefinition[] {
    return this.exercises.latest();
  }

  @Get(':key/versions/:version')
  @Authenticated({ roles: ['counselor'] })
  @ApiOperation({ summary: 'One released version of an exercise (the one an assignment was made with)' })
  @ApiOkResponse({ description: '`ExerciseDefinition`' })
  @ApiNotFoundResponse({ description: 'No such exercise or version' })
  version(@Param() params: ExerciseVersionParams): ExerciseDefinition {
    return this.exercises.version(params.key, params.version);
  }
}
