import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AssignableExercise } from '@trp/contracts';
import type { ExerciseDefinition } from '@trp/exercises';
import type { StaffAuthContext } from '../auth/auth-context';
import { Auth } from '../auth/auth.decorator';
import { Authenticated } from '../auth/authenticated.decorator';
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
      '`AssignableExercise[]`: each an `ExerciseDefinition` (see DESIGN.md, "The exercises") with `source`: `builtin`, or `practice` with the `LibraryExercise` fields (author, archived, createdAt, updatedAt, canEdit).',
  })
  latest(@Auth() auth: StaffAuthContext): Promise<AssignableExercise[]> {
    return this.exercises.assignable(auth);
  }

  @Get(':key/versions/:version')
  @Authenticated({ roles: ['counselor'] })
  @ApiOperation({ summary: 'One version of an exercise, built-in or the practice’s own (the one an assignment was made with; archived ones too)' })
  @ApiOkResponse({ description: '`ExerciseDefinition`' })
  @ApiNotFoundResponse({ description: 'No such exercise or version in your practice' })
  version(@Auth() auth: StaffAuthContext, @Param() params: ExerciseVersionParams): Promise<ExerciseDefinition> {
    return this.exercises.version(auth.practiceId, params.key, params.version);
  }
}
