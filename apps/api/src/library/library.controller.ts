import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { LibraryExercise, Page } from '@trp/contracts';
import type { AuthContext } from '../auth/auth-context';
import { Auth } from '../auth/auth.decorator';
import { Authenticated } from '../auth/authenticated.decorator';
import { LibraryExerciseBodyDto, LibraryKeyParams, LibraryListQueryDto } from './dto/library-exercise.dto';
import { LibraryService } from './library.service';

const SHAPE = '`LibraryExercise` (libs/contracts `library.ts`): the latest version as an `ExerciseDefinition` (key `custom-…`, closing section included) with `source: "practice"`, `author: { id, name }`, `archived`, `archivedAt?`, `createdAt`, `updatedAt`, `canEdit`.';
const BAD_DEFINITION =
  'The definition fails the schema: `errors: [{ field, message }]` names each path (e.g. `sections[1].fields[0].max`); nothing is written. Also a malformed key.';

@ApiTags('library')
@Controller('library/exercises')
@Authenticated({ roles: ['counselor'] })
export class LibraryController {
  constructor(private readonly library: LibraryService) {}

  @Get()
  @ApiOperation({ summary: 'The practice’s own exercises, newest first (every counselor of the practice may read and assign them)' })
  @ApiOkResponse({ description: `\`{ items: LibraryExercise[], nextCursor: null }\`; each item: ${SHAPE}` })
  @ApiBadRequestResponse({ description: '`archived` is not true or false.' })
  list(@Auth() auth: AuthContext, @Query() query: LibraryListQueryDto): Promise<Page<LibraryExercise>> {
    return this.library.list(auth, query.archived === undefined ? undefined : query.archived === 'true');
  }

  @Post()
  @ApiOperation({ summary: 'Add an exercise to the library (version 1; the server sets the key, author and closing section)' })
  @ApiCreatedResponse({ description: SHAPE })
  @ApiBadRequestResponse({ description: BAD_DEFINITION })
  create(@Auth() auth: AuthContext, @Body() body: LibraryExerciseBodyDto): Promise<LibraryExercise> {
    return this.library.create(auth, body);
  }

  @Get(':key')
  @ApiOperation({ summary: 'One exercise of the library, latest version (archived ones too)' })
  @ApiOkResponse({ description: SHAPE })
  @ApiBadRequestResponse({ description: 'A malformed key.' })
  @ApiNotFoundResponse({ description: 'No exercise with this key in your practice.' })
  get(@Auth() auth: AuthContext, @Param() params: LibraryKeyParams): Promise<LibraryExercise> {
    return this.library.get(auth, params.key);
  }

  @Patch(':key')
  @ApiOperation({ summary: 'Save a change: a new version (older versions are kept; assignments keep theirs). A change to nothing saves nothing.' })
  @ApiOkResponse({ description: SHAPE })
  @ApiBadRequestResponse({ description: BAD_DEFINITION })
  @ApiForbiddenResponse({ description: 'Not the author, nor an admin who is also a counselor.' })
  @ApiNotFoundResponse({ description: 'No exercise with this key in your practice.' })
  @ApiConflictResponse({ description: 'Archived, or `version` is not the latest (`current` holds the latest).' })
  update(@Auth() auth: AuthContext, @Param() params: LibraryKeyParams, @Body() body: LibraryExerciseBodyDto): Promise<LibraryExercise> {
    return this.library.update(auth, params.key, body);
  }

  @Post(':key/archive')
  @HttpCode(200)
  @ApiOperation({ summary: 'Archive: it leaves GET /api/exercises and the assign dialog; assignments already made keep working. Repeating it changes nothing.' })
  @ApiOkResponse({ description: SHAPE })
  @ApiForbiddenResponse({ description: 'Not the author, nor an admin who is also a counselor.' })
  @ApiNotFoundResponse({ description: 'No exercise with this key in your practice.' })
  archive(@Auth() auth: AuthContext, @Param() params: LibraryKeyParams): Promise<LibraryExercise> {
    return this.library.archive(auth, params.key);
  }
}
