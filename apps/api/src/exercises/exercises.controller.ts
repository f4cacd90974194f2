import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AssignableExercise } from '@trp/contracts';
import type { ExerciseDefinition } from '@trp/exercises';
import type { StaffAuthContext } from '../auth/auth-context';
import { Auth } from '../auth/auth.decorator';
import { Authenticated } from '../auth/authenticated.decorator';
import { ExerciseLocaleQuery } from './dto/exercise-locale.query';
import { ExerciseVersionParams } from './dto/exercise-version.params';
import { ExercisesService } from './exercises.service';

@ApiTags('exercises')
@Controller('exercises')
export class ExercisesController {
  constructor(private readonly exercises: ExercisesService) {}

  @Get()
  @Authenticated({ roles: ['counselor'] })
  @ApiOperation({ summary: 'What a counselor can assign: the built-in exercises (latest versions), then the practice’s own that are not archived' })
  @ApiOkResponse({
    description:
      '`AssignableExercise[]`, the built-ins’ words in `locale` (default: your language preference; a practice’s own exercises as written): each an `ExerciseDefinition` (see DESIGN.md, "The exercises") with `source`: `builtin`, or `practice` with the `LibraryExercise` fields (author, archived, createdAt, updatedAt, canEdit).',
  })
  @ApiBadRequestResponse({ description: 'A `locale` that is not one of en, es' })
  async latest(@Auth() auth: StaffAuthContext, @Query() query: ExerciseLocaleQuery): Promise<AssignableExercise[]> {
    return this.exercises.assignable(auth, query.locale ?? auth.locale);
  }

  @Get(':key/versions/:version')
  @Authenticated({ roles: ['counselor'] })
  @ApiOperation({ summary: 'One version of an exercise, built-in or the practice’s own (the one an assignment was made with; archived ones too)' })
  @ApiOkResponse({ description: '`ExerciseDefinition`, a built-in’s words in `locale` (default: your language preference)' })
  @ApiNotFoundResponse({ description: 'No such exercise or version in your practice' })
  @ApiBadRequestResponse({ description: 'A bad key or version, or a `locale` that is not one of en, es' })
  async version(@Auth() auth: StaffAuthContext, @Param() params: ExerciseVersionParams, @Query() query: ExerciseLocaleQuery): Promise<ExerciseDefinition> {
    return this.exercises.version(auth.practiceId, params.key, params.version, query.locale ?? auth.locale);
  }
}
